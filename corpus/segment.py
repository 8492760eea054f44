"""Segmentation: the time grid shared by the tracks of one song.

Boundaries are in seconds so that each track can be cut at its own sample rate without drift."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np


@dataclass(frozen=True)
class SegmentConfig:
    mode: Literal["uniform", "onset"] = "uniform"
    duration: float = 0.5  # seconds: uniform window, and the mean target for onset mode
    min_duration: float = 0.1  # onset mode: merge segments shorter than this
    max_duration: float = 2.0  # onset mode: split segments longer than this


def uniform_boundaries(total: float, duration: float) -> np.ndarray:
    """Start/end pairs (n, 2) of whole windows; a trailing partial window is dropped."""
    if duration <= 0:
        raise ValueError(f"segment duration must be > 0 s, got {duration}")
    n = int(np.floor(total / duration + 1e-9))
    starts = np.arange(n) * duration
    return np.stack([starts, starts + duration], axis=1)


def onset_boundaries(mono: np.ndarray, sr: int, cfg: SegmentConfig) -> np.ndarray:
    """Segments from onsets of `mono` (for a song: the mix of its tracks, so all share them)."""
    import librosa

    total = len(mono) / sr
    onsets = librosa.onset.onset_detect(y=mono, sr=sr, units="time", backtrack=True)
    edges = [0.0]
    for t in np.concatenate([onsets, [total]]):
        while t - edges[-1] > cfg.max_duration:
            edges.append(edges[-1] + cfg.max_duration)
        if t - edges[-1] >= cfg.min_duration:
            edges.append(float(t))
    if total - edges[-1] > 1e-9:  # a short tail joins the last segment
        edges[-1] = total
    edges_arr = np.asarray(edges)
    return np.stack([edges_arr[:-1], edges_arr[1:]], axis=1)


def song_boundaries(mix16k: np.ndarray, total: float, cfg: SegmentConfig, sr: int = 16000) -> np.ndarray:
    """The grid for one song, computed once and applied to every one of its tracks."""
    if cfg.mode == "uniform":
        return uniform_boundaries(total, cfg.duration)
    if cfg.mode == "onset":
        return onset_boundaries(mix16k, sr, cfg)
    raise ValueError(f"unknown segmentation mode {cfg.mode!r} (use 'uniform' or 'onset')")


def cut(x: np.ndarray, sr: int, bounds: np.ndarray) -> list[np.ndarray]:
    """Slices of `x` (axis 0) for each (start, end) in seconds, at exact sample positions."""
    idx = np.round(bounds * sr).astype(np.int64)
    return [x[s:e] for s, e in idx]
