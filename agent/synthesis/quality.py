"""What the audience hears, measured on the output audio itself: joins, level jumps, gaps, peaks.

The engine says where its ticks start and what each tick was meant to play; every figure here is
computed from the samples, so a renderer that means well but clicks is caught.

Criteria (and why):
- **click**: a join clicks when the sample step across it is more than `click_ratio` (2) times
  the largest step the signal itself takes anywhere else within `context_ms` (50 ms) around it,
  and louder than `floor_db` (-60 dBFS). A smooth crossfade of two smooth signals never steps
  further than the signals do; a cut that jumps (a 1-sample fade, a missing fade-in) steps far
  further, and the ear hears a step as a broadband click once it stands out from the signal's
  own fastest movement. The factor 2 keeps a join whose step merely ties the music's own
  sharpest step in 50 ms from counting as a click.
- **level jump**: |level after - level before| in dB over `level_ms` (50 ms) windows on either
  side of a join, against the *natural* jump: the same measure across the same point inside
  the two recordings that meet there (the incoming one's audio just before its cut, and the
  outgoing one's audio just after where it stopped), the larger of the two. A join must not
  jump further than the music itself does there: a drum loop cut on the beat jumps by 20 dB at
  every hit, a sustained bassoon by a fraction of a dB. Jumps count up to `jump_cap_db` (20 dB):
  beyond that the quiet side is masked by the loud one (an attack out of near-silence is an
  attack, whether the silence lay 25 or 28 dB below it). Joins next to a chosen rest are
  left out (going to silence is a decision); mid-tick points (inside one segment) are reported
  beside.
- **gap**: a run of at least `gap_ms` (30 ms) below `floor_db` where the music meant to play
  (the source recording at that moment) is clearly sounding (`gap_margin_db`, 20 dB, above the
  floor): a dropout or a missing segment (digital zeros), as opposed to a rest or a quiet tail
  that a join's gain took just under the floor.
- **peak**: the largest absolute sample, and how many samples reach full scale.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np


@dataclass(frozen=True)
class QualityConfig:
    click_ratio: float = 2.0
    context_ms: float = 50.0
    floor_db: float = -60.0
    level_ms: float = 50.0
    gap_ms: float = 30.0
    gap_margin_db: float = 20.0
    frame_ms: float = 10.0  # resolution of the gap search
    jump_margin_db: float = 1.0  # joins may jump this much more than the music itself
    jump_cap_db: float = 20.0


@dataclass
class Tick:
    """What one tick of the output was meant to be: where it starts (output samples), whether it
    continues the previous tick's recording sample-exactly, the audio it meant to play (None for
    a chosen rest), what its own recording played just before the cut (its lead-in) and what it
    would have played on after the tick (its follow-on)."""

    start: int
    continuation: bool
    intended: np.ndarray | None
    lead_in: np.ndarray | None = None
    follow_on: np.ndarray | None = None


def _power(x: np.ndarray) -> np.ndarray:
    """Power per sample summed over channels: equal-power panning leaves it unchanged."""
    x = x.astype(np.float64)
    return np.square(x).sum(axis=1) if x.ndim == 2 else np.square(x)


def _frame_db(power: np.ndarray, n: int) -> np.ndarray:
    """Level in dB of consecutive frames of n samples (the tail frame dropped)."""
    m = len(power) // n
    if m == 0:
        return np.zeros(0)
    return 10 * np.log10(power[: m * n].reshape(m, n).mean(axis=1) + 1e-12)


def join_steps(x: np.ndarray, joins: list[int], context: int, tolerance: int = 0
               ) -> list[tuple[float, float]]:
    """(step across the join, largest step elsewhere within `context`) per join, for one
    channel; with a `tolerance`, the largest step within that many samples of the join."""
    d = np.abs(np.diff(x.astype(np.float64)))
    out = []
    for j in joins:
        if j < 1 or j >= len(x):
            out.append((0.0, 0.0))
            continue
        a, b = max(0, j - 1 - tolerance), min(len(d), j + tolerance)  # d[j-1] = x[j] - x[j-1]
        step = float(d[a:b].max())
        lo, hi = max(0, a - context), min(len(d), b + context)
        around = np.concatenate([d[lo : max(lo, a - 1)], d[min(hi, b + 1) : hi]])
        out.append((step, float(around.max()) if len(around) else 0.0))
    return out


def spectral_flux(x: np.ndarray, points: list[int], n: int = 1024) -> np.ndarray:
    """Positive spectral change from the n samples before each point to the n after, relative
    to the spectrum before (Hann windows)."""
    w = np.hanning(n)
    out = []
    for p in points:
        if p - n < 0 or p + n > len(x):
            continue
        a = np.abs(np.fft.rfft(x[p - n : p] * w))
        b = np.abs(np.fft.rfft(x[p : p + n] * w))
        out.append(float(np.maximum(b - a, 0).sum() / (a.sum() + 1e-9)))
    return np.array(out)


def report(out: np.ndarray, sr: int, ticks: list[Tick], cfg: QualityConfig = QualityConfig(),
           dropouts: int | None = None, tolerance: int = 0) -> dict:
    """The output-quality figures of `out` ((frames,) or (frames, channels)) given its ticks."""
    mono = out.mean(axis=1) if out.ndim == 2 else out
    chans = out if out.ndim == 2 else out[:, None]
    power = _power(out)
    floor = 10 ** (cfg.floor_db / 20)
    context = int(cfg.context_ms * sr / 1000)
    joins = [t.start for i, t in enumerate(ticks) if i > 0 and not t.continuation]
    # Clicks: per channel; a join clicks if any channel steps out of its own signal's range.
    worst = np.zeros(len(joins))
    for c in range(chans.shape[1]):
        for i, (step, around) in enumerate(join_steps(chans[:, c], joins, context, tolerance)):
            if step > floor:
                worst[i] = max(worst[i], step / max(around, 1e-9))
    ratios = worst.tolist()
    clicks = int(np.sum(worst > cfg.click_ratio))
    # Level jumps at joins (not next to rests) and inside segments (mid-tick).
    w = int(cfg.level_ms * sr / 1000)

    def jump(p: int) -> float | None:
        if p - w < 0 or p + w > len(mono):
            return None
        a, b = (10 * np.log10(power[r].mean() + 1e-12) for r in (slice(p - w, p), slice(p, p + w)))
        if max(a, b) < cfg.floor_db:
            return None
        return min(abs(a - b), cfg.jump_cap_db)

    def db(x: np.ndarray) -> float:
        return float(10 * np.log10(_power(x).mean() + 1e-12))

    def across(before: np.ndarray | None, after: np.ndarray | None) -> float | None:
        if before is None or after is None or len(before) < w or len(after) < w:
            return None
        a, b = db(before[-w:]), db(after[:w])
        return min(abs(a - b), cfg.jump_cap_db) if max(a, b) >= cfg.floor_db else None

    sounding = [i for i, t in enumerate(ticks) if t.intended is not None]
    pairs = [(ticks[i - 1], t) for i, t in enumerate(ticks) if i > 0 and not t.continuation
             and t.intended is not None and ticks[i - 1].intended is not None]
    join_pts = [t.start for _, t in pairs]
    natural = []
    for old, new in pairs:
        known = [v for v in (across(new.lead_in, new.intended), across(old.intended, old.follow_on))
                 if v is not None]
        if known:
            natural.append(max(known))
    ends = [t.start for t in ticks[1:]] + [len(mono)]
    mid_pts = [(ticks[i].start + ends[i]) // 2 for i in sounding]
    at_joins = [v for v in map(jump, join_pts) if v is not None]
    inside = [v for v in map(jump, mid_pts) if v is not None]
    flux_j, flux_i = spectral_flux(mono, join_pts), spectral_flux(mono, mid_pts)
    gaps = find_gaps(power, sr, ticks, cfg)
    peak = float(np.max(np.abs(out))) if out.size else 0.0

    def pct(v, q):
        return round(float(np.percentile(v, q)), 3) if len(v) else 0.0

    return {
        "seconds": round(len(mono) / sr, 3), "samplerate": sr, "ticks": len(ticks),
        "joins": len(joins), "clicks": int(clicks),
        "click_share": round(clicks / max(len(joins), 1), 4),
        "join_step_ratio_median": pct(ratios, 50), "join_step_ratio_max": pct(ratios, 100),
        "level_jump_db_joins_median": pct(at_joins, 50), "level_jump_db_joins_p95": pct(at_joins, 95),
        "level_jump_db_natural_median": pct(natural, 50),
        "level_jump_db_natural_p95": pct(natural, 95),
        "level_jump_db_inside_median": pct(inside, 50), "level_jump_db_inside_p95": pct(inside, 95),
        "level_jumps_ok": bool(pct(at_joins, 50) <= pct(natural, 50) + cfg.jump_margin_db),
        "flux_joins_median": pct(flux_j, 50), "flux_inside_median": pct(flux_i, 50),
        "gaps": len(gaps), "gap_seconds": round(sum(e - s for s, e in gaps) / sr, 3),
        "rest_ticks": len(ticks) - len(sounding),
        "peak_dbfs": round(20 * np.log10(peak + 1e-12), 2),
        "full_scale_samples": int(np.sum(np.abs(out) >= 1.0)),
        **({"dropouts": int(dropouts)} if dropouts is not None else {}),
        "criteria": asdict(cfg),
    }


def find_gaps(power: np.ndarray, sr: int, ticks: list[Tick], cfg: QualityConfig
              ) -> list[tuple[int, int]]:
    """Silent runs of at least gap_ms where the intended audio was not silent."""
    n = int(cfg.frame_ms * sr / 1000)
    got = _frame_db(power, n)
    want = np.full(len(got), -np.inf)
    for t in ticks:
        if t.intended is None:
            continue
        f0 = -(-t.start // n)  # frames wholly inside this tick
        lv = _frame_db(_power(t.intended[f0 * n - t.start :]), n)
        m = min(len(lv), len(want) - f0)
        if m > 0:
            want[f0 : f0 + m] = lv[:m]
    silent = (got < cfg.floor_db) & (want >= cfg.floor_db + cfg.gap_margin_db)
    runs, start = [], None
    for i, s in enumerate(np.append(silent, False)):
        if s and start is None:
            start = i
        elif not s and start is not None:
            if (i - start) * cfg.frame_ms >= cfg.gap_ms:
                runs.append((start * n, i * n))
            start = None
    return runs


def summary(r: dict) -> str:
    """One line for people."""
    return (f"output: {r['joins']} joins, {r['clicks']} clicks (step ratio median "
            f"{r['join_step_ratio_median']}, max {r['join_step_ratio_max']}; click > "
            f"{r['criteria']['click_ratio']}); level jump at joins {r['level_jump_db_joins_median']}"
            f" dB median / {r['level_jump_db_joins_p95']} p95 vs the music's own across the same "
            f"cuts {r['level_jump_db_natural_median']} / {r['level_jump_db_natural_p95']} (inside "
            f"segments {r['level_jump_db_inside_median']}); "
            f"{r['gaps']} gaps; peak {r['peak_dbfs']} dBFS" +
            (f"; {r['dropouts']} dropouts" if "dropouts" in r else "") +
            (f"; limiter acted on {r['limiter_ticks']} ticks (up to "
             f"{r['limiter_max_reduction_db']} dB)" if r.get("limiter_ticks") else ""))
