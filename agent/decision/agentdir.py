"""The agent folder: everything the live agent needs, loadable with one call.

    agent.json               encoder spec, grid, roles, vocabulary ids, model config, training info
    model.safetensors        decision model weights
    guide_vocab.safetensors  vocabulary that labels the live input (track A)
    target_vocab.safetensors vocabulary of the answer (track B) and of its target corpora"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from agent.decision.model import Model, ModelConfig, build_model
from corpus.atomic import atomic_path, write_text
from corpus.encoders import EncoderSpec
from corpus.vocabulary import Vocabulary

FORMAT_VERSION = 1
FILES = ("agent.json", "model.safetensors", "guide_vocab.safetensors", "target_vocab.safetensors")


class AgentError(ValueError):
    """An agent folder that cannot be used; the message names the folder and the problem."""


@dataclass
class Agent:
    path: Path
    model: Model
    guide_vocab: Vocabulary
    target_vocab: Vocabulary
    encoder: EncoderSpec
    segment: dict  # SegmentConfig as a dict: the grid the agent was trained on
    guide_role: str
    target_role: str
    info: dict = field(default_factory=dict)

    @property
    def duration(self) -> float:
        return float(self.segment["duration"])


def save_agent(agent: Agent) -> None:
    """Write all files atomically, then reload and self-check on a dummy input so that a bad
    agent fails here and not on stage."""
    path = Path(agent.path)
    path.mkdir(parents=True, exist_ok=True)
    with atomic_path(path / "model.safetensors") as tmp:
        save_file({k: v.contiguous() for k, v in agent.model.state_dict().items()}, str(tmp))
    agent.guide_vocab.save(path / "guide_vocab.safetensors")
    agent.target_vocab.save(path / "target_vocab.safetensors")
    meta = {"format": FORMAT_VERSION, "encoder": agent.encoder.to_dict(), "segment": agent.segment,
            "guide_role": agent.guide_role, "target_role": agent.target_role,
            "guide_vocab": agent.guide_vocab.id, "target_vocab": agent.target_vocab.id,
            "model": agent.model.cfg.to_dict(), "info": agent.info}
    write_text(path / "agent.json", json.dumps(meta, indent=2))
    loaded = load_agent(path)
    a = torch.randint(0, agent.model.cfg.k_guide, (1, 8))
    b = torch.randint(0, agent.model.cfg.k_target, (1, 8))
    was = agent.model.training
    agent.model.eval()
    with torch.inference_mode():
        ok = torch.allclose(agent.model(*agent.model.inputs(a, b)),
                            loaded.model(*loaded.model.inputs(a, b)), atol=1e-5)
    agent.model.train(was)
    if not ok:
        raise AgentError(f"{path}: saved model does not reproduce the trained one")


def load_agent(path: str | Path) -> Agent:
    path = Path(path)
    if not path.is_dir():
        raise AgentError(f"{path}: no such agent folder")
    for f in FILES:
        if not (path / f).is_file():
            raise AgentError(f"{path}: missing {f} (incomplete agent folder; retrain or copy it whole)")
    try:
        meta = json.loads((path / "agent.json").read_text())
    except json.JSONDecodeError as e:
        raise AgentError(f"{path}/agent.json: not valid JSON ({e.msg} at line {e.lineno})") from None
    if not isinstance(meta, dict):
        raise AgentError(f"{path}/agent.json: not an object")
    if meta.get("format") != FORMAT_VERSION:
        raise AgentError(f"{path}: agent format {meta.get('format')!r} but this obbligato reads "
                         f"format {FORMAT_VERSION!r}; retrain with this version")
    try:
        return _load(path, meta)
    except AgentError:
        raise
    except KeyError as e:
        raise AgentError(f"{path}/agent.json: missing key {e.args[0]!r}") from None
    except Exception as e:  # damaged files: one line naming the folder and what is wrong
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise AgentError(f"{path}: cannot load ({msg})") from None


def _load(path: Path, meta: dict) -> Agent:
    try:
        cfg = ModelConfig.from_dict(meta["model"])
    except (TypeError, ValueError) as e:
        raise AgentError(f"{path}/agent.json: {e}") from None
    vocabs = []
    for f in ("guide_vocab.safetensors", "target_vocab.safetensors"):
        try:
            vocabs.append(Vocabulary.load(path / f))
        except Exception as e:
            raise AgentError(f"{path}/{f}: not a readable vocabulary "
                             f"({str(e).splitlines()[0] if str(e) else type(e).__name__})") from None
    gv, tv = vocabs
    for name, v, k, vid in (("guide", gv, cfg.k_guide, meta["guide_vocab"]),
                            ("target", tv, cfg.k_target, meta["target_vocab"])):
        if v.n_labels != k or v.id != vid:
            raise AgentError(f"{path}: {name}_vocab.safetensors ({v.n_labels} labels, id {v.id}) "
                             f"does not match the model ({k} labels, id {vid})")
    model = build_model(cfg)
    try:
        weights = load_file(str(path / "model.safetensors"))
    except Exception as e:
        raise AgentError(f"{path}/model.safetensors: not a readable safetensors file "
                         f"({str(e).splitlines()[0] if str(e) else type(e).__name__})") from None
    bad = [k for k, w in weights.items() if w.is_floating_point() and not torch.isfinite(w).all()]
    if bad:
        raise AgentError(f"{path}/model.safetensors: {bad[0]} holds NaN or infinite weights "
                         "(a diverged or damaged model); retrain")
    try:
        model.load_state_dict(weights)
    except RuntimeError as e:
        raise AgentError(f"{path}/model.safetensors: does not fit agent.json's model config "
                         f"({str(e).splitlines()[0]})") from None
    seg = meta["segment"]
    dur = seg.get("duration") if isinstance(seg, dict) else None
    if isinstance(dur, bool) or not isinstance(dur, (int, float)) or not 0.01 <= dur <= 10:
        raise AgentError(f"{path}/agent.json: segment duration {dur!r} is not 0.01..10 s")
    for key in ("guide_role", "target_role"):
        if not isinstance(meta[key], str):
            raise AgentError(f"{path}/agent.json: {key} {meta[key]!r} is not a role name")
    return Agent(path, model.eval(), gv, tv, EncoderSpec.from_dict(meta["encoder"]),
                 seg, meta["guide_role"], meta["target_role"], meta.get("info", {}))
