"""Parameter registry: one place for every live parameter's name, type, range, default and help.
The CLI, the OSC address space, MIDI mapping, presets and patches/README.md all read it.

A change never mutates DSP state: `Params.with_value` returns a new immutable snapshot that the
worker picks up at the next tick boundary."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from agent.decision.configs import SamplingConfig
from agent.synthesis.automix import AutoMixConfig
from agent.synthesis.limiter import LimiterConfig
from agent.synthesis.placement import MODES as PLACEMENTS
from agent.synthesis.renderer import RenderConfig
from agent.synthesis.select import SelectConfig


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
            if (self.choices and isinstance(value, (int, float)) and not isinstance(value, bool)
                    and float(value).is_integer() and 0 <= value < len(self.choices)):
                return self.choices[int(value)]  # the index a umenu or [hradio] sends
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
        lo, hi = float(self.lo or 0.0), float(self.hi or 0.0)
        x = lo + u * (hi - lo)
        return int(round(x)) if self.kind == "int" else x


@dataclass(frozen=True)
class Params:
    """The immutable snapshot the engine reads, one typed field per live parameter. A default
    that a stage's own config has is taken from it (written once); ranges and help are in
    REGISTRY below."""

    top_p: float = SamplingConfig.top_p
    temperature: float = SamplingConfig.temperature
    constrain: bool = True
    gain: float = RenderConfig.gain_db
    ceiling: float = LimiterConfig.ceiling_db
    dry_wet: float = 1.0
    mute: bool = False
    continuity: float = SelectConfig.continuity
    novelty: float = SelectConfig.novelty
    novelty_window: float = SelectConfig.novelty_window
    loudness: float = SelectConfig.loudness
    randomness: float = SelectConfig.randomness
    max_run: int = SelectConfig.max_run
    crossfade: float = RenderConfig.crossfade_ms
    duration: float = 0.0
    channels: int = RenderConfig.channels
    first_channel: int = 0
    placement: str = PLACEMENTS[0]
    automix: bool = False
    automix_offset: float = AutoMixConfig.offset_lu
    midi_clock: bool = False
    clock_beats: float = 1.0
    state_rate: float = 10.0

    def with_value(self, name: str, value: Any) -> Params:
        if name not in BY_NAME:
            raise ValueError(f"unknown parameter {name!r}")
        return replace(self, **{name: BY_NAME[name].coerce(value)})

    def with_values(self, values: dict[str, Any]) -> Params:
        p = self
        for k, v in values.items():
            p = p.with_value(k, v)
        return p

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


_KINDS = {"float": "float", "int": "int", "bool": "bool", "str": "str"}
_DEFAULTS = {f.name: (f.type, f.default) for f in fields(Params)}


def _param(name: str, lo: float | None = None, hi: float | None = None, help: str = "",
           choices: tuple[str, ...] = (), zero_means_default: bool = False) -> Param:
    """A registry entry whose type and default are the Params field's."""
    kind, default = _DEFAULTS[name]
    return Param(name, _KINDS[str(kind)], default, lo, hi, help, choices, zero_means_default)


REGISTRY: tuple[Param, ...] = (
    _param("top_p", 0.01, 1.0, "nucleus sampling mass: lower = safer choices"),
    _param("temperature", 0.0, 3.0, "sampling temperature; 0 = always the likeliest label"),
    _param("constrain", help="only labels the target corpus has (hard mask)"),
    _param("gain", -60.0, 12.0, "output gain in dB"),
    _param("ceiling", -24.0, 0.0, "safety limiter (always on): true-peak ceiling in dBFS"),
    _param("dry_wet", 0.0, 1.0, "0 = input only, 1 = agent only"),
    _param("mute", help="silence the agent (it keeps listening)"),
    _param("continuity", 0.0, 10.0, "preference for the segment that followed in its recording"),
    _param("novelty", 0.0, 10.0, "penalty for segments heard in the novelty window"),
    _param("novelty_window", 0.0, 120.0, "seconds a played segment counts as recent"),
    _param("loudness", 0.0, 5.0, "preference for segments as loud as the input"),
    _param("randomness", 0.0, 5.0, "variety among equally good segments"),
    _param("max_run", 1, 256, "longest verbatim run from one recording"),
    _param("crossfade", 0.0, 200.0, "crossfade between segments in ms"),
    _param("duration", 0.05, 4.0, "grid tick in seconds (0.05..4); 0 = the agent's own",
           zero_means_default=True),
    _param("channels", 1, 64, "number of output channels the agent plays on"),
    _param("first_channel", 0, 63, "first device output channel of the agent"),
    _param("placement", help="how segments are placed on the channels",
           choices=PLACEMENTS),
    _param("automix", help="output level follows the input's short-term loudness"),
    _param("automix_offset", -24.0, 12.0, "automix target: input loudness + this (LU)"),
    _param("midi_clock", help="MIDI clock drives the grid"),
    _param("clock_beats", 0.0625, 8.0, "with MIDI clock: beats (quarter notes) per tick"),
    _param("state_rate", 0.0, 100.0, "state messages per second sent over OSC"),
)
BY_NAME = {p.name: p for p in REGISTRY}
assert [p.name for p in REGISTRY] == list(_DEFAULTS), "every Params field has one registry entry"
