"""Safety limiter: the last stage before the device (and before `render`'s files). Whatever a
corpus file, a gain setting or a sum of segments holds, no sample and no inter-sample peak of
the agent's output goes above the ceiling (-1 dBFS true peak by default).

It runs in the worker on one tick at a time (the callback only copies): the true peak is
measured 4x oversampled (scipy's polyphase resampler) per block of 64 samples; each block's gain
is the smaller of what it and the next block need (one block of look-ahead: the gain is down
before a peak arrives) and recovers at most `release_db_per_s` after. Within a block the gain
moves linearly between two block gains that are both at or below what that block needs, so no
sample exceeds the ceiling. The gain carries over from tick to tick."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.signal import resample_poly

BLOCK = 64
OVERSAMPLE = 4


@dataclass(frozen=True)
class LimiterConfig:
    ceiling_db: float = -1.0  # true peak
    release_db_per_s: float = 20.0  # how fast the gain comes back after a peak


def block_peaks(x: np.ndarray, blocks: int) -> np.ndarray:
    """True peak of each block of BLOCK frames: the samples and the 4x oversampled signal
    between them, over every channel. Reduced along whole blocks (long rows), not per frame
    over a few channels, which numpy does slowly."""
    n, c = x.shape
    up = np.zeros((blocks * BLOCK * OVERSAMPLE, c))
    up[: n * OVERSAMPLE] = resample_poly(x, OVERSAMPLE, 1, axis=0)
    pad = np.zeros((blocks * BLOCK, c))
    pad[:n] = x
    return np.maximum(np.abs(up).reshape(blocks, -1).max(axis=1),
                      np.abs(pad).reshape(blocks, -1).max(axis=1))


class Limiter:
    def __init__(self, sr: int, cfg: LimiterConfig = LimiterConfig()):
        self.sr, self.cfg = sr, cfg
        self.gain = 1.0
        self.acted = 0  # ticks in which the gain went below 1
        self.max_reduction_db = 0.0

    def process(self, x: np.ndarray) -> np.ndarray:
        """x (frames, channels) -> limited copy; the gain reduction is counted."""
        n = len(x)
        if n == 0:
            return x
        ceiling = 10 ** (self.cfg.ceiling_db / 20)
        blocks = -(-n // BLOCK)
        need = np.minimum(1.0, ceiling / np.maximum(block_peaks(x, blocks), 1e-12))
        ahead = np.minimum(need, np.append(need[1:], need[-1]))
        step = 10 ** (self.cfg.release_db_per_s * BLOCK / self.sr / 20)
        g = np.empty(blocks + 1)
        g[0] = min(self.gain, need[0])  # the first block's start, from the last tick
        for k in range(blocks):
            g[k + 1] = min(ahead[k], g[k] * step)
        # Linear from each block's start gain to the next (np.linspace per block, at once).
        curve = (np.arange(BLOCK) * ((g[1:] - g[:-1]) / BLOCK)[:, None] + g[:-1, None]).ravel()[:n]
        self.gain = float(g[-1])
        low = float(curve.min())
        if low < 1.0:
            self.acted += 1
            self.max_reduction_db = max(self.max_reduction_db, -20 * np.log10(low))
        return (x * curve[:, None]).astype(np.float32)

    def set_config(self, cfg: LimiterConfig) -> None:
        self.cfg = cfg

    def state(self) -> dict:
        return {"gain": self.gain}

    def restore(self, s: dict) -> None:
        self.gain = float(s["gain"])

    def report(self) -> dict:
        return {"limiter_ticks": self.acted,
                "limiter_max_reduction_db": round(self.max_reduction_db, 2)}
