"""Presets (parameter sets as TOML) and snapshots (the whole generative state, so a rehearsal
can resume exactly). Snapshot tensors go to safetensors, the rest to JSON: nothing is pickled."""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import tomli_w
import tomllib
from safetensors.numpy import load_file, save_file

from agent.control.params import BY_NAME, Params
from corpus.atomic import atomic_path, write_text

NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def checked_name(name: str) -> str:
    """Preset/snapshot names become file names: no paths, no surprises."""
    if not isinstance(name, str) or not NAME.fullmatch(name) or name.startswith("."):
        raise ValueError(f"name {name!r}: use 1-64 letters, digits, '.', '_' or '-'")
    return name


def save_preset(params: Params, path: Path) -> None:
    write_text(Path(path), tomli_w.dumps({"obbligato": {"preset": 1}, "params": params.to_dict()}))


def load_preset(path: Path, base: Params | None = None) -> Params:
    """Values are validated like OSC values; unknown names are refused, missing ones keep
    `base`'s value."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text())
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ValueError(f"{path}: cannot read preset ({e})") from None
    values = data.get("params", {})
    unknown = [k for k in values if k not in BY_NAME]
    if unknown:
        raise ValueError(f"{path}: unknown parameters {', '.join(unknown)}")
    try:
        return (base or Params()).with_values(values)
    except ValueError as e:
        raise ValueError(f"{path}: {e}") from None


def save_snapshot(snap: dict, path: Path) -> None:
    """Engine.snapshot() -> PATH.safetensors (KV cache, recent-play times) + PATH.json."""
    path = Path(path)
    tensors = {"last_played": np.asarray(snap["selector"]["last_played"], np.float64)}
    cache = snap["decider"]["cache"]
    for i, (k, v) in enumerate(cache or []):
        tensors[f"k{i}"], tensors[f"v{i}"] = k.numpy(), v.numpy()
    meta = {k: v for k, v in snap.items() if k not in ("decider", "selector")}
    meta["decider"] = {k: v for k, v in snap["decider"].items() if k != "cache"}
    meta["decider"]["layers"] = len(cache or [])
    meta["decider"]["has_cache"] = cache is not None
    meta["selector"] = {k: v for k, v in snap["selector"].items() if k != "last_played"}
    with atomic_path(_with(path, ".safetensors")) as tmp:
        save_file(tensors, str(tmp))
    write_text(_with(path, ".json"), json.dumps(meta, default=_json_default))


def load_snapshot(path: Path) -> dict:
    import torch

    path = Path(path)
    for suffix in (".json", ".safetensors"):
        if not _with(path, suffix).is_file():
            raise ValueError(f"{_with(path, suffix)}: snapshot file missing")
    meta = json.loads(_with(path, ".json").read_text())
    t = load_file(str(_with(path, ".safetensors")))
    dec = meta["decider"]
    cache = [(torch.from_numpy(t[f"k{i}"]), torch.from_numpy(t[f"v{i}"]))
             for i in range(dec.pop("layers"))] if dec.pop("has_cache") else None
    meta["decider"] = {**dec, "cache": cache}
    meta["selector"] = {**meta["selector"], "last_played": t["last_played"]}
    return meta


def _with(path: Path, suffix: str) -> Path:
    """NAME + suffix: a name with a dot in it (take.1, take.2) keeps it (with_suffix would
    replace it, and both takes would write take.*)."""
    return path.with_name(path.name + suffix)


def _json_default(x):
    if isinstance(x, np.generic):
        return x.item()
    if isinstance(x, np.ndarray):
        return x.tolist()
    raise TypeError(f"cannot store {type(x).__name__} in a snapshot")
