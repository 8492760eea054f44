"""Placement of segments on N output channels with equal-power panning between adjacent
channels (the channels form a ring when N >= 3, a line for stereo). Gains always have unit
power: sum of squares = 1."""
from __future__ import annotations

import numpy as np

MODES = ("center", "fixed", "roundrobin", "random", "label")


def pan_gains(position: float, n: int) -> np.ndarray:
    """Gains for a source at `position` in channel units: 0 = channel 0, 1.5 = halfway between
    channels 1 and 2. Stereo: 0 = left, 1 = right."""
    g = np.zeros(n)
    if n == 1:
        g[0] = 1.0
        return g
    if n == 2:
        p = float(np.clip(position, 0.0, 1.0))
        g[0], g[1] = np.cos(p * np.pi / 2), np.sin(p * np.pi / 2)
        return g
    p = position % n
    i = int(np.floor(p))
    f = p - i
    g[i] = np.cos(f * np.pi / 2)
    g[(i + 1) % n] += np.sin(f * np.pi / 2)
    return g


class Placer:
    """Chooses a position per segment; a continuation stays where its phrase started."""

    def __init__(self, n: int, mode: str = "center", k: int = 1, seed: int = 0):
        if mode not in MODES:
            raise ValueError(f"placement {mode!r} is not one of {', '.join(MODES)}")
        self.n, self.mode, self.k = n, mode, max(k, 1)
        self.rng = np.random.default_rng(seed)
        self.position = 0.5 if n == 2 else 0.0
        self.count = -1

    def state(self) -> tuple:
        """What a snapshot needs: the position, the count and the random state."""
        return self.position, self.count, self.rng.bit_generator.state

    def restore(self, s: tuple) -> None:
        self.position, self.count, st = s
        self.rng.bit_generator.state = st

    def place(self, label: int, group: int, continuation: bool) -> np.ndarray:
        """Gains for the next segment; `group` is e.g. the source role's index (fixed mode)."""
        n = self.n
        if self.mode == "center":
            return np.full(n, 1 / np.sqrt(n)) if n != 2 else pan_gains(0.5, 2)
        if not continuation:
            span = 1.0 if n == 2 else float(n)
            self.count += 1
            self.position = {
                "fixed": (group % n) / max(n - 1, 1) if n == 2 else float(group % n),
                "roundrobin": float(self.count % 2) if n == 2 else float(self.count % n),
                "random": float(self.rng.uniform(0, span)),
                "label": label / max(self.k - 1, 1) if n == 2 else label * n / self.k,
            }[self.mode]
        return pan_gains(self.position, n)


