"""Voices: one agent in the shared stream (its engine, what it hears, where it plays), and the
checks that let several play on one grid."""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from agent.engine.ring import Ring
from agent.engine.tick import Engine, TickEvent

if TYPE_CHECKING:
    from agent.engine.record import Recorder


class Voice:
    """One agent in the shared stream: its engine, what it hears, where it plays.

    `listen` is "input" (the device input `in_channel`) or the name of another voice, whose
    output it then hears as its guide (a chain). A `guide` (installation) replaces both."""

    def __init__(self, name: str, engine: Engine, listen: str = "input",
                 in_channel: int | None = None, guide: Any = None) -> None:
        self.name, self.engine, self.listen = name, engine, listen
        self.in_channel = in_channel  # None: AudioConfig.in_channel
        self.guide = guide
        self.on_tick = None  # optional callable(TickEvent, window16k), run in the worker
        self.recorder: Recorder | None = None  # while recording
        self.record_channel = 0
        self.last_event: TickEvent | None = None
        self.last_out: np.ndarray | None = None
        self.errors = 0
        self.last_error = ""
        self.wet = 1.0
        # (fn, result box, done event) to run at the next tick boundary
        self.pending: tuple[Callable[[Engine], Any], list[Any], threading.Event] | None = None
        self.next_engine: Engine | None = None
        self.out_ring: Ring | None = None
        self.resampler = None


def same_grid(a: Engine, b: Engine) -> bool:
    return bool(abs(a.duration - b.duration) <= 1e-9)


def check_voices(voices: list[Voice]) -> None:
    """Names unique, chains point at voices that exist, one time grid for all."""
    names = [v.name for v in voices]
    if not voices or len(set(names)) != len(names):
        raise ValueError(f"agents need distinct names, got {names}")
    for v in voices:
        if v.listen != "input" and v.listen not in names:
            raise ValueError(f"agent {v.name!r} listens to {v.listen!r}, which is not playing "
                             f"(agents: {', '.join(names)})")
        if not same_grid(v.engine, voices[0].engine):
            raise ValueError(
                f"agent {v.name!r} ticks every {v.engine.duration} s, agent {voices[0].name!r} "
                f"every {voices[0].engine.duration} s: agents in one process share one grid "
                "(set the duration parameter)")
