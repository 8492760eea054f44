"""Live listening: what each agent hears at a tick, at the perception rate. Each input channel
is resampled once and each (source, vector space) pair encoded once per tick, whatever the
number of agents hearing it; a window's level gates it to the rest label exactly as a corpus
build does, so live labels match the corpus's."""
from __future__ import annotations

from typing import Callable, Hashable

import numpy as np

from corpus.encoders import SR as PERCEPTION_SR
from corpus.ingest import resample
from corpus.vocabulary import Vocabulary

__all__ = ["PERCEPTION_SR", "TickHearing", "guide_label", "heard_output", "level_db"]


def heard_output(last_out: np.ndarray | None, sr: int, n: int) -> np.ndarray:
    """An output chunk as a guide hears it: mono, 16 kHz, n samples (silence before any)."""
    if last_out is None:
        return np.zeros(n, np.float32)
    w = resample(last_out.mean(axis=1), sr, PERCEPTION_SR)
    return np.pad(w[:n], (0, max(0, n - len(w))))


def level_db(window: np.ndarray) -> float:
    """A window's level as a corpus build measures it (mean power, dB)."""
    return float(10 * np.log10(np.mean(np.square(window, dtype=np.float64)) + 1e-12))


def guide_label(vocab: Vocabulary, embedding: np.ndarray, level: float) -> int:
    """The guide label of one window: its vector's cluster, or the rest label when quiet."""
    return int(vocab.assign(embedding[None], [level])[0])


class TickHearing:
    """One tick's input, heard once: `window(ch)` resamples input channel ch to 16 kHz on first
    use; `vector(source, space, window, encode)` encodes a window once per vector space."""

    def __init__(self, buf: np.ndarray, sr: int):
        self.buf, self.sr = buf, sr
        self.windows: dict[int, np.ndarray] = {}
        self.vectors: dict[tuple[Hashable, Hashable], np.ndarray] = {}

    def window(self, ch: int) -> np.ndarray:
        if ch not in self.windows:
            self.windows[ch] = resample(self.buf[:, ch], self.sr, PERCEPTION_SR)
        return self.windows[ch]

    def vector(self, source: Hashable, space: Hashable, window: np.ndarray,
               encode: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        key = (source, space)
        if key not in self.vectors:
            self.vectors[key] = encode(window)
        return self.vectors[key]
