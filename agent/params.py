"""Parameter registry: one place for every live parameter's name, type, range, default and help.
The CLI, the OSC address space, MIDI mapping, presets and patches/README.md all read it.

A change never mutates DSP state: `Params.with_value` returns a new immutable snapshot that the
worker picks up at the next tick boundary."""
from __future__ import annotations

from dataclasses import dataclass, field, fields, make_dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # "float", "int", "bool", "str"
    default: Any
    lo: float | None = None
    hi: float | None = None
    help: str = ""
    choices: tuple[str, ...] = ()
    zero_means_default: bool = False  # 0 is allowed below `lo`: "use the agent's own"

    @property
    def osc_types(self) -> str:
        return {"float": "f", "int": "i", "bool": "i", "str": "s"}[self.kind]

    def coerce(self, value: Any) -> Any:
        """Validated value, or ValueError naming the parameter and what is wrong."""
        if self.kind == "str":
            if not isinstance(value, str) or (self.choices and value not in self.choices):
                raise ValueError(f"{self.name}: expected one of {', '.join(self.choices)}, got {value!r}")
            return value
        if isinstance(value, str) or value is None or isinstance(value, (bytes, list, tuple)):
            raise ValueError(f"{self.name}: expected a number, got {value!r}")
        try:
            x = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{self.name}: expected a number, got {value!r}") from None
        if x != x:
            raise ValueError(f"{self.name}: NaN is not a value")
        if self.zero_means_default and x == 0:
            return 0 if self.kind == "int" else 0.0
        if self.kind == "bool":
            if x not in (0.0, 1.0):
                raise ValueError(f"{self.name}: expected 0 or 1, got {value!r}")
            return bool(x)
        if (self.lo is not None and x < self.lo) or (self.hi is not None and x > self.hi):
            raise ValueError(f"{self.name}: {value!r} out of range {self.lo:g}..{self.hi:g}")
        if self.kind == "int":
            if x != int(x):
                raise ValueError(f"{self.name}: expected an integer, got {value!r}")
            return int(x)
        return x

    def from_unit(self, u: float) -> Any:
        """Map 0..1 (a MIDI CC) onto the range."""
        if self.kind == "bool":
            return u >= 0.5
        if self.kind == "str":
            return self.choices[min(int(u * len(self.choices)), len(self.choices) - 1)]
        x = self.lo + u * (self.hi - self.lo)
        return int(round(x)) if self.kind == "int" else x


REGISTRY: tuple[Param, ...] = (
    Param("top_p", "float", 0.9, 0.01, 1.0, "nucleus sampling mass: lower = safer choices"),
    Param("temperature", "float", 1.0, 0.0, 3.0, "sampling temperature; 0 = always the likeliest label"),
    Param("constrain", "bool", True, help="only labels the target corpus has (hard mask)"),
    Param("gain", "float", 0.0, -60.0, 12.0, "output gain in dB"),
    Param("ceiling", "float", -1.0, -24.0, 0.0, "safety limiter (always on): true-peak ceiling in dBFS"),
    Param("dry_wet", "float", 1.0, 0.0, 1.0, "0 = input only, 1 = agent only"),
    Param("mute", "bool", False, help="silence the agent (it keeps listening)"),
    Param("continuity", "float", 2.0, 0.0, 10.0, "preference for the segment that followed in its recording"),
    Param("novelty", "float", 2.0, 0.0, 10.0, "penalty for segments heard in the novelty window"),
    Param("novelty_window", "float", 8.0, 0.0, 120.0, "seconds a played segment counts as recent"),
    Param("loudness", "float", 0.5, 0.0, 5.0, "preference for segments as loud as the input"),
    Param("randomness", "float", 0.5, 0.0, 5.0, "variety among equally good segments"),
    Param("max_run", "int", 8, 1, 256, "longest verbatim run from one recording"),
    Param("crossfade", "float", 30.0, 0.0, 200.0, "crossfade between segments in ms"),
    Param("duration", "float", 0.0, 0.05, 4.0, "grid tick in seconds (0.05..4); 0 = the agent's own",
          zero_means_default=True),
    Param("channels", "int", 2, 1, 64, "number of output channels the agent plays on"),
    Param("first_channel", "int", 0, 0, 63, "first device output channel of the agent"),
    Param("placement", "str", "center", help="how segments are placed on the channels",
          choices=("center", "fixed", "roundrobin", "random", "label")),
    Param("automix", "bool", False, help="output level follows the input's short-term loudness"),
    Param("automix_offset", "float", -3.0, -24.0, 12.0, "automix target: input loudness + this (LU)"),
    Param("midi_clock", "bool", False, help="MIDI clock drives the grid"),
    Param("clock_beats", "float", 1.0, 0.0625, 8.0, "with MIDI clock: beats (quarter notes) per tick"),
    Param("state_rate", "float", 10.0, 0.0, 100.0, "state messages per second sent over OSC"),
)
BY_NAME = {p.name: p for p in REGISTRY}


class _ParamsMethods:
    def with_value(self, name: str, value: Any) -> "Params":
        if name not in BY_NAME:
            raise ValueError(f"unknown parameter {name!r}")
        return replace(self, **{name: BY_NAME[name].coerce(value)})

    def with_values(self, values: dict[str, Any]) -> "Params":
        p = self
        for k, v in values.items():
            p = p.with_value(k, v)
        return p

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


_TYPES = {"float": float, "int": int, "bool": bool, "str": str}
# The immutable snapshot the engine reads: one field per registry entry, built from it.
Params = make_dataclass("Params", [(q.name, _TYPES[q.kind], field(default=q.default))
                                   for q in REGISTRY], bases=(_ParamsMethods,), frozen=True)


def add_param_args(p, names: list[str] | None = None) -> None:
    """argparse options for registry parameters (defaults, ranges and help from the registry)."""
    if names is None:
        from pathlib import Path

        p.add_argument("--preset", type=Path, help="start from this preset (TOML)")
    for q in REGISTRY:
        if names is not None and q.name not in names:
            continue
        rng = f" [{q.lo:g}..{q.hi:g}]" if q.lo is not None else ""
        flag = f"--{q.name.replace('_', '-')}"
        if q.kind == "bool":
            import argparse

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
        from agent.presets import load_preset

        p = load_preset(args.preset, p)
        return p.with_values(explicit)
    return p.with_values({q.name: getattr(args, q.name) for q in REGISTRY if hasattr(args, q.name)})
