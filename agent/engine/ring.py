"""A single-producer single-consumer ring of float32 frames, preallocated.

The writer only advances `w`, the reader only advances `r` (monotonic counters; an int store is
atomic under the GIL), so neither side ever locks or waits: the audio callback can use it."""
from __future__ import annotations

import numpy as np


class Ring:
    def __init__(self, capacity: int, channels: int):
        self.buf = np.zeros((capacity, channels), np.float32)
        self.cap = capacity
        self.w = 0
        self.r = 0

    def available(self) -> int:
        return self.w - self.r

    def space(self) -> int:
        return self.cap - (self.w - self.r)

    def write(self, x: np.ndarray) -> int:
        """Copy as many frames of x (frames, channels) as fit; returns the number written."""
        n = min(len(x), self.space())
        i = self.w % self.cap
        first = min(n, self.cap - i)
        self.buf[i : i + first] = x[:first]
        if n > first:
            self.buf[: n - first] = x[first:n]
        self.w += n
        return n

    def read_into(self, out: np.ndarray) -> int:
        """Fill `out` (frames, channels) from the ring; returns the number of frames read (the
        rest of `out` is left untouched)."""
        n = min(len(out), self.available())
        i = self.r % self.cap
        first = min(n, self.cap - i)
        out[:first] = self.buf[i : i + first]
        if n > first:
            out[first:n] = self.buf[: n - first]
        self.r += n
        return n

    def skip(self, n: int) -> None:
        self.r += min(n, self.available())
