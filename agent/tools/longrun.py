"""Long runs on the file clock: the installation simulated for hours (memory flat, output not
looping), for `make bench`."""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from agent.engine.installation import GuideSource, day_seed
from agent.engine.tick import Engine


def longest_repeat(seq: np.ndarray) -> int:
    """Length of the longest segment sequence that occurs twice (rolling hash + bisection)."""
    seq = np.asarray(seq, np.int64)

    def repeats(n: int) -> bool:
        if n == 0:
            return True
        if n > len(seq) // 2 + 1:
            return False
        seen: set[bytes] = set()
        view = np.lib.stride_tricks.sliding_window_view(seq, n)
        for w in view:
            key = w.tobytes()
            if key in seen:
                return True
            seen.add(key)
        return False

    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if repeats(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


@dataclass
class LongRun:
    hours: float
    ticks: int
    rss_mb: list[float]  # sampled every simulated hour
    longest_repeat_ticks: int
    seconds: float


def simulate(engine: Engine, hours: float, guide: GuideSource,
             on_hour=None) -> LongRun:
    """Run the installation on the file clock for `hours` of simulated time."""
    import psutil

    engine.keep_events = False
    proc = psutil.Process()
    ticks = int(hours * 3600 / engine.duration)
    per_hour = max(1, int(3600 / engine.duration))
    played = np.empty(ticks, np.int64)
    rss, last = [], None
    t0 = time.perf_counter()
    window = None
    for t in range(ticks):
        out, ev = engine.next_tick(window)
        played[t] = ev.segment
        window = guide.window(t + 1, engine.tick_samples(t, 16000), out, engine.target.sr)
        last = out
        if t % per_hour == 0:
            rss.append(proc.memory_info().rss / 2**20)
            if on_hour:
                on_hour(t // per_hour, rss[-1])
    _ = last
    # The longest verbatim repeat, measured on the last few hours (quadratic memory otherwise).
    tail = played[-min(ticks, 6 * per_hour):]
    return LongRun(hours, ticks, rss, longest_repeat(tail), time.perf_counter() - t0)


def bench_long_run(corpus: Path, tmp: Path, row, hours: float = 24.0) -> None:
    """`make bench`: 24 simulated hours in self-listening mode."""
    from agent.control.params import Params
    from agent.decision.agentdir import load_agent
    from agent.synthesis.target import load_target

    agent = load_agent(tmp / "agent")
    target = load_target(corpus, agent.target_vocab, "bass")
    engine = Engine(agent, target, Params(), seed=day_seed(dt.date.today()))
    r = simulate(engine, hours, GuideSource("self"))
    first = float(np.mean(r.rss_mb[1:3])) if len(r.rss_mb) > 3 else r.rss_mb[0]
    growth = r.rss_mb[-1] - first
    row(f"installation, {hours:g} h simulated", hours * 3600 / r.seconds, "x real time")
    row("installation memory growth, hour 1 -> last", growth, "MB", "flat (< 20 MB)",
        growth < 20)
    row("installation longest repeated segment run", r.longest_repeat_ticks, "ticks",
        "short (< 16 ticks = 8 s)", r.longest_repeat_ticks < 16)
