"""Normalization: loudness per track and per segment (ITU-R BS.1770 via pyloudnorm), stored as
gains in the database; the audio files are never touched. Gains are computed from the raw audio
every time, so running it twice equals running it once.

Per track: a gain to the target loudness (peak-limited). Per segment: part of the way towards
the track's level (`segment_strength`, clamped), so stitched segments of one corpus do not jump
in level while phrases keep some of their shape. Optionally, per role, an EQ curve that moves each
track's average spectrum towards its role's average (clamped to +-6 dB), applied when a target
corpus is loaded."""
from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass

import numpy as np
from tqdm import tqdm

from corpus.store import CorpusStore

NORM_VERSION = 1
N_BANDS = 32


@dataclass(frozen=True)
class NormConfig:
    target_lufs: float = -23.0
    segment_strength: float = 0.7  # 0 = per-track gain only, 1 = every segment at track level
    max_segment_gain_db: float = 9.0
    peak_ceiling_db: float = -1.0
    spectrum: bool = False  # match each track's average spectrum to its role's


def loudness(x: np.ndarray, sr: int) -> float:
    """Integrated loudness (LUFS) of x (frames, channels); -inf when silent. pyloudnorm needs a
    block no longer than the audio, so short segments use a shorter block."""
    dur = len(x) / sr
    if dur < 0.1:
        return -np.inf
    import pyloudnorm as pyln  # with scipy.signal: a second of start-up that playing never needs

    meter = pyln.Meter(sr, block_size=min(0.4, dur))
    with np.errstate(divide="ignore"):
        return float(meter.integrated_loudness(x))


def band_profile(x: np.ndarray, sr: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean power per log-spaced band (dB) and the band centres (Hz)."""
    from scipy.signal import welch

    f, p = welch(x.mean(axis=1), sr, nperseg=4096)
    edges = np.geomspace(40, min(16000, sr / 2), N_BANDS + 1)
    prof = np.array([p[(f >= a) & (f < b)].mean() if np.any((f >= a) & (f < b)) else 1e-12
                     for a, b in zip(edges[:-1], edges[1:])])
    return 10 * np.log10(prof + 1e-12), np.sqrt(edges[:-1] * edges[1:])


def normalize(store: CorpusStore, cfg: NormConfig = NormConfig(), progress: bool = True) -> dict:
    tracks = store.tracks()
    seg = store.segments()
    track_rows: list[tuple[float | None, float, int]] = []
    seg_rows, profiles = [], {}
    for t in tqdm(tracks, desc="normalize", unit="track", disable=not progress, file=sys.stderr):
        x = store.track_audio(t["key"])
        lufs = loudness(x, t["sr"])
        if not np.isfinite(lufs):
            track_rows.append((None, 0.0, t["id"]))  # no loudness: NULL
            continue
        gain = cfg.target_lufs - lufs
        peak = float(np.max(np.abs(x))) or 1.0
        gain = min(gain, cfg.peak_ceiling_db - 20 * np.log10(peak))
        track_rows.append((lufs, gain, t["id"]))
        m = seg.track_id == t["id"]
        for sid, a, b in zip(seg.id[m], seg.start[m], seg.end[m]):
            sl = loudness(x[int(a * t["sr"]) : int(b * t["sr"])], t["sr"])
            g = 0.0 if not np.isfinite(sl) else float(np.clip(
                (lufs - sl) * cfg.segment_strength, -cfg.max_segment_gain_db,
                cfg.max_segment_gain_db))
            seg_rows.append((sl if np.isfinite(sl) else None, g, int(sid)))
        if cfg.spectrum:
            profiles[t["id"]] = (t["role"], band_profile(x, t["sr"]))
    eq = {}
    if cfg.spectrum:
        for role in {r for r, _ in profiles.values()}:
            mine = {tid: p for tid, (r, p) in profiles.items() if r == role}
            mean = np.mean([p[0] for p in mine.values()], axis=0)
            for tid, (prof, centres) in mine.items():
                eq[tid] = {"hz": centres.tolist(),
                           "db": np.clip(mean - prof, -6, 6).tolist()}
    with store.transaction() as db:
        db.executemany("UPDATE tracks SET loudness=?, gain_db=? WHERE id=?", track_rows)
        db.executemany("UPDATE segments SET loudness=?, gain_db=? WHERE id=?", seg_rows)
        db.execute("DELETE FROM meta WHERE key LIKE 'eq.%'")
        db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                       [(f"eq.{tid}", json.dumps(v)) for tid, v in eq.items()])
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('norm', ?)",
                   (json.dumps({"version": NORM_VERSION, **asdict(cfg)}),))
    return {"tracks": len(track_rows), "segments": len(seg_rows), "eq_tracks": len(eq)}


def reset(store: CorpusStore) -> None:
    with store.transaction() as db:
        db.execute("UPDATE tracks SET loudness=NULL, gain_db=0")
        db.execute("UPDATE segments SET loudness=NULL, gain_db=0")
        db.execute("DELETE FROM meta WHERE key LIKE 'eq.%' OR key='norm'")


def track_eq(store: CorpusStore, track_id: int) -> dict | None:
    row = store.db.execute("SELECT value FROM meta WHERE key=?", (f"eq.{track_id}",)).fetchone()
    return json.loads(row[0]) if row else None


def apply_eq(x: np.ndarray, sr: int, eq: dict) -> np.ndarray:
    """Zero-phase FIR (firwin2 + filtfilt) through the stored band gains (offline, at load)."""
    from scipy.signal import filtfilt, firwin2

    hz = np.concatenate([[0.0], eq["hz"], [sr / 2]])
    db = np.concatenate([[eq["db"][0]], eq["db"], [eq["db"][-1]]])
    keep = np.concatenate([[True], np.diff(hz) > 0])
    amp = np.sqrt(10 ** (db[keep] / 20))  # filtfilt applies the filter twice
    taps = firwin2(1001, hz[keep] / (sr / 2), amp)
    return filtfilt(taps, [1.0], x, axis=0).astype(np.float32)
