"""Command-line options for the live parameters: flags, defaults, ranges and help from the
registry, so `--help` and OSC can never disagree."""
from __future__ import annotations

import argparse
from pathlib import Path

from agent.control.params import REGISTRY, Params
from agent.control.presets import load_preset

_TYPES = {"float": float, "int": int, "bool": bool, "str": str}


def add_param_args(p, names: list[str] | None = None) -> None:
    """argparse options for registry parameters (defaults, ranges and help from the registry)."""
    if names is None:
        p.add_argument("--preset", type=Path, help="start from this preset (TOML)")
    for q in REGISTRY:
        if names is not None and q.name not in names:
            continue
        rng = f" [{q.lo:g}..{q.hi:g}]" if q.lo is not None else ""
        flag = f"--{q.name.replace('_', '-')}"
        if q.kind == "bool":
            p.add_argument(flag, action=argparse.BooleanOptionalAction, default=q.default,
                           help=f"{q.help} (default {q.default})")
        else:
            p.add_argument(flag, type=_TYPES[q.kind], default=q.default,
                           choices=q.choices or None, help=f"{q.help}{rng} (default {q.default})")


def params_from_args(args, base=None) -> "Params":
    """A validated snapshot from parsed options (out-of-range values: one-line ValueError).
    With --preset FILE, the preset sets the starting values and options given explicitly on
    the command line (those differing from their defaults) override it."""
    p = base or Params()
    explicit = {q.name: getattr(args, q.name) for q in REGISTRY
                if hasattr(args, q.name) and getattr(args, q.name) != q.default}
    if getattr(args, "preset", None):
        p = load_preset(args.preset, p)
        return p.with_values(explicit)
    return p.with_values({q.name: getattr(args, q.name) for q in REGISTRY if hasattr(args, q.name)})
