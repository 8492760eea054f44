"""Ingest: decode any audio file soundfile reads, validate it, and make the two copies the pipeline
needs (native rate for synthesis, 16 kHz mono for perception)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf
import soxr

log = logging.getLogger(__name__)

PERCEPTION_SR = 16000
HEADROOM_DB = -1.0  # where audio that peaks above full scale is brought down to
AUDIO_EXTENSIONS = (".wav", ".flac", ".aiff", ".aif", ".ogg", ".mp3")


class IngestError(ValueError):
    """A file that cannot enter a corpus; the message is one line naming the file."""


@dataclass(frozen=True)
class IngestConfig:
    min_duration: float = 0.5  # seconds; shorter files cannot hold one segment
    silence_db: float = -70.0  # peak below this (dBFS) counts as all-silent


@dataclass
class Audio:
    """A decoded track: `native` is (frames, channels) float32 at `sr`."""

    path: Path
    native: np.ndarray
    sr: int

    @property
    def duration(self) -> float:
        return len(self.native) / self.sr

    @property
    def channels(self) -> int:
        return self.native.shape[1]


def resample(x: np.ndarray, sr_in: int, sr_out: int) -> np.ndarray:
    """High-quality resampling along axis 0 (soxr): round(len * sr_out / sr_in) samples, so
    segment boundaries in seconds land on the same samples at either rate."""
    if sr_in == sr_out:
        return x.astype(np.float32, copy=False)
    return soxr.resample(np.ascontiguousarray(x, np.float32), sr_in, sr_out, quality="HQ")


def to_mono16k(native: np.ndarray, sr: int) -> np.ndarray:
    """The perception copy: channel mean, resampled to 16 kHz."""
    mono = native.mean(axis=1) if native.ndim == 2 else native
    return resample(mono, sr, PERCEPTION_SR)


def load_mono16k(path: str | Path, cfg: IngestConfig = IngestConfig()) -> np.ndarray:
    """Decode, validate and make the perception copy of one file."""
    a = load_audio(path, cfg)
    return to_mono16k(a.native, a.sr)


def validate(x: np.ndarray, sr: int, path: Path, cfg: IngestConfig) -> None:
    if x.size == 0:
        raise IngestError(f"{path}: empty file (no audio frames)")
    if not np.all(np.isfinite(x)):
        raise IngestError(f"{path}: contains NaN or infinite samples")
    if len(x) / sr < cfg.min_duration:
        raise IngestError(f"{path}: too short ({len(x) / sr:.3f} s < {cfg.min_duration} s)")
    peak = float(np.max(np.abs(x)))
    if peak <= 10 ** (cfg.silence_db / 20):
        raise IngestError(f"{path}: all silent (peak below {cfg.silence_db:.0f} dBFS)")


def load_audio(path: str | Path, cfg: IngestConfig = IngestConfig()) -> Audio:
    """Decode and validate one file; raises IngestError with a one-line reason."""
    path = Path(path)
    if not path.is_file():
        raise IngestError(f"{path}: no such file")
    try:
        x, sr = sf.read(str(path), dtype="float32", always_2d=True)
    except Exception as e:  # soundfile raises several types for bad containers
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise IngestError(f"{path}: unreadable audio ({reason})") from None
    validate(x, sr, path, cfg)
    return Audio(path=path, native=within_full_scale(x, path), sr=int(sr))


def within_full_scale(x: np.ndarray, path: Path) -> np.ndarray:
    """Float files can hold samples far above 1.0 (a bad export); played as they are, they would
    reach the speakers at full blast. Such a file is scaled down to peak at HEADROOM_DB."""
    peak = float(np.max(np.abs(x)))
    if peak <= 1.0:
        return x
    gain = 10 ** (HEADROOM_DB / 20) / peak
    log.warning("%s: peaks at %+.1f dBFS, above full scale; scaled by %.1f dB to peak at %g dBFS",
                path, 20 * np.log10(peak), 20 * np.log10(gain), HEADROOM_DB)
    return (x * np.float32(gain)).astype(np.float32)
