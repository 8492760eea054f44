"""Lead time: how far ahead of the output the worker must render, measured from the engines
and the device, and the thread limits that keep the audio callback's core free."""
from __future__ import annotations

import math
import time

import numpy as np

from agent.engine.tick import Engine
from agent.perception.listen import PERCEPTION_SR


def limit_math_threads(heavy: bool) -> None:
    """Small work (descriptors, the decision model): one thread for torch, faiss and BLAS, as
    extra threads only spin and take the core the audio callback needs. Wav2Vec 2.0 on the
    PyTorch path keeps torch's threads (the callback needs little CPU, the model needs it all);
    ONNX Runtime has its own pool, threads that sleep rather than spin (`live_threads`)."""
    import os

    import faiss
    import torch
    from threadpoolctl import threadpool_limits

    torch.set_num_threads((os.cpu_count() or 1) if heavy else 1)
    faiss.omp_set_num_threads(1)
    threadpool_limits(1, user_api="blas")


def lead_time_ms(engines: list[Engine], period_ms: float, ticks: int = 8) -> float:
    """Worker lead time from warm-up ticks on a copy of each engine's state (one worker ticks
    them all in turn). A tick can start only after the callback that delivers the end of its
    window, and must be in the ring before the callback that plays its first sample; with less
    than a device period of lead these can be the same burst of callbacks. So: one period, plus
    whole periods covering twice the slowest warm-up tick and 5 ms of scheduling jitter. A slow
    encoder costs latency, never dropouts."""
    total = 0.0
    for engine in engines:
        snap = engine.snapshot()
        window = np.zeros(int(engine.duration * PERCEPTION_SR), np.float32)
        worst = 0.0
        for _ in range(ticks):
            t0 = time.perf_counter()
            engine.next_tick(window)
            worst = max(worst, time.perf_counter() - t0)
        engine.restore(snap)
        engine.events.clear()
        total += worst
    return period_ms * (1 + math.ceil((2000 * total + 5.0) / period_ms))


def resampler_shortfall(engine: Engine, sr_out: int, ticks: int = 40) -> int:
    """How far (in output samples) a soxr stream from the engine's rate to `sr_out` falls
    behind the exact count while it fills its filter: the output of a tick comes in uneven
    chunks (24098, then 23205 samples for 24000 at 44.1 -> 48 kHz). Deterministic for the
    rates and tick lengths, so measured on a throwaway stream; the lead must cover it."""
    import soxr

    sr_in = engine.target.sr
    if sr_in == sr_out:
        return 0
    stream = soxr.ResampleStream(sr_in, sr_out, 1, dtype="float32")
    given = got = worst = 0
    for t in range(ticks):
        n = engine.tick_samples(t, sr_in)
        given += n
        got += len(stream.resample_chunk(np.zeros((n, 1), np.float32)))
        worst = max(worst, int(round(given * sr_out / sr_in)) - got)
    return worst
