"""Auto-mix: the agent's output level follows the input's short-term loudness.

Both signals go through the BS.1770 K-weighting filters (pyloudnorm's coefficients, run as
streaming IIR filters with state) and a 3 s mean-square window. The gain moves toward
(input loudness + offset) - (output loudness before gain) with attack/release smoothing, clamped,
and is applied by the worker as a linear ramp over each tick (no zipper noise, nothing in the
audio callback). Below the gate the gain holds."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np
from scipy.signal import lfilter


@dataclass(frozen=True)
class AutoMixConfig:
    offset_lu: float = -3.0
    window_s: float = 3.0  # short-term loudness window
    attack_s: float = 0.5  # time constant when the gain must fall
    release_s: float = 2.0  # ... and when it may rise
    gate_lufs: float = -50.0  # quieter input: hold the gain
    min_gain_db: float = -30.0
    max_gain_db: float = 12.0


class ShortTermLoudness:
    """Streaming K-weighted loudness (LUFS) over the last `window_s` seconds."""

    def __init__(self, sr: int, window_s: float):
        import pyloudnorm as pyln

        meter = pyln.Meter(sr)
        # pyloudnorm keeps its K-weighting filters private; they are what BS.1770 specifies.
        self.filters = [(f.b, f.a) for f in meter._filters.values()]  # noqa: SLF001
        self.state = [np.zeros(max(len(a), len(b)) - 1) for b, a in self.filters]
        self.blocks: deque[tuple[float, int]] = deque()
        self.n_max = int(window_s * sr)
        self.n = 0

    def push(self, x: np.ndarray) -> float:
        y = np.asarray(x, np.float64)
        for i, (b, a) in enumerate(self.filters):
            y, self.state[i] = lfilter(b, a, y, zi=self.state[i])
        self.blocks.append((float(np.sum(y**2)), len(y)))
        self.n += len(y)
        while self.n - self.blocks[0][1] >= self.n_max and len(self.blocks) > 1:
            self.n -= self.blocks.popleft()[1]
        ms = sum(e for e, _ in self.blocks) / max(self.n, 1)
        return -0.691 + 10 * np.log10(ms) if ms > 0 else -np.inf


class AutoMix:
    def __init__(self, in_sr: int, out_sr: int, cfg: AutoMixConfig = AutoMixConfig()):
        self.cfg = cfg
        self.inp = ShortTermLoudness(in_sr, cfg.window_s)
        self.out = ShortTermLoudness(out_sr, cfg.window_s)
        self.gain_db = 0.0

    def ramp(self, window_in: np.ndarray | None, chunk_out: np.ndarray, tick_s: float,
             offset_lu: float | None = None) -> np.ndarray:
        """Per-sample linear gains for `chunk_out` (mono or frames x channels)."""
        cfg = self.cfg
        li = self.inp.push(window_in) if window_in is not None and len(window_in) else -np.inf
        mono = chunk_out.mean(axis=1) if chunk_out.ndim == 2 else chunk_out
        lo = self.out.push(mono)
        g0 = self.gain_db
        if li > cfg.gate_lufs and np.isfinite(lo):
            want = float(np.clip(li + (cfg.offset_lu if offset_lu is None else offset_lu) - lo,
                                 cfg.min_gain_db, cfg.max_gain_db))
            tau = cfg.attack_s if want < g0 else cfg.release_s
            self.gain_db = g0 + (want - g0) * (1 - np.exp(-tick_s / tau))
        n = len(chunk_out)
        return 10 ** (np.linspace(g0, self.gain_db, n, endpoint=False) / 20)
