"""Live engine: the `Engine` driven by the sound card's clock.

The PortAudio callback only copies samples between preallocated rings (and adds the dry input,
scaled, into a preallocated scratch block); a worker thread perceives, decides and renders once
per grid tick, `compensation_ms` ahead of the output. Metrics: xruns, dropouts (worker late),
callback and worker durations, reaction latency, CPU load."""
from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from dataclasses import dataclass

import numpy as np

from agent.engine import Engine, TickEvent
from agent.ring import Ring
from corpus.ingest import resample

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AudioConfig:
    device: str | int | None = None  # PortAudio device name or index (input and output)
    samplerate: int | None = None  # None: the corpus's rate if the device accepts it
    blocksize: int = 256
    in_channel: int = 0  # device input channel carrying the musician
    out_channels: int | None = None  # device outputs to open (default: first + agent channels)
    compensation_ms: float | None = None  # worker lead time; None = measured at start


def limit_math_threads(heavy: bool) -> None:
    """Small work (descriptors, the decision model): one thread for torch, faiss and BLAS, as
    extra threads only spin and take the core the audio callback needs. A heavy encoder
    (Wav2Vec 2.0) keeps torch's threads: the callback needs little CPU, the model needs it all."""
    import os

    import faiss
    import torch
    from threadpoolctl import threadpool_limits

    torch.set_num_threads((os.cpu_count() or 1) if heavy else 1)
    faiss.omp_set_num_threads(1)
    threadpool_limits(1, user_api="blas")


def lead_time_ms(engine: Engine, ticks: int = 5) -> float:
    """Worker lead time from a few warm-up ticks on a copy of the engine state: 1.5 x the
    slowest, plus 5 ms, at least 8 ms. A slow encoder costs latency, never dropouts."""
    snap = engine.snapshot()
    window = np.zeros(int(engine.duration * 16000), np.float32)
    worst = 0.0
    for _ in range(ticks):
        t0 = time.perf_counter()
        engine.next_tick(window)
        worst = max(worst, time.perf_counter() - t0)
    engine.restore(snap)
    engine.events.clear()
    return max(8.0, 1500 * worst + 5.0)


def percentile(x: np.ndarray, q: float) -> float:
    return float(np.percentile(x, q)) if len(x) else 0.0


class LiveEngine:
    def __init__(self, engine: Engine, audio: AudioConfig = AudioConfig()):
        self.engine = engine
        self.audio = audio
        self.stream = None
        self._stop = threading.Event()
        self._worker: threading.Thread | None = None
        self.last_event: TickEvent | None = None
        self.errors = 0
        self.last_error = ""
        self.on_tick = None  # optional callable(TickEvent, window16k), run in the worker
        self.guide = None  # a GuideSource: windows come from it instead of the input
        self.heartbeat = time.monotonic()
        self._generation = 0
        self._last_out: np.ndarray | None = None
        self._pending = None  # (fn, result box, done event) to run at the next tick boundary
        self._next_engine: Engine | None = None

    # ------------------------------------------------------------- lifecycle
    def _open(self):
        import sounddevice as sd

        p = self.engine.params
        n_out = self.audio.out_channels or (p.first_channel + p.channels)
        n_in = self.audio.in_channel + 1
        rates = [self.audio.samplerate] if self.audio.samplerate else [self.engine.target.sr, None]
        last = None
        for sr in rates:
            try:
                stream = sd.Stream(device=self.audio.device, samplerate=sr,
                                   blocksize=self.audio.blocksize, channels=(n_in, n_out),
                                   dtype="float32", callback=self._callback)
                return stream, n_in, n_out
            except Exception as e:  # PortAudio refuses rates the device (or JACK) does not run at
                last = e
        raise RuntimeError(f"cannot open audio device {self.audio.device or '(default)'}: {last}")

    def start(self) -> None:
        # The callback needs the GIL; by default another thread may hold it for 5 ms, about one
        # 256-frame period. Hand it over every 0.5 ms instead.
        sys.setswitchinterval(0.0005)
        limit_math_threads(self.engine.agent.encoder.kind != "descriptors")
        # Everything loaded so far (model, corpus, arrays) leaves the cyclic GC's view, so a
        # collection in the worker stays short and cannot hold the GIL for a whole period.
        gc.collect()
        gc.freeze()
        self.stream, self.n_in, self.n_out = self._open()
        self.sr = int(self.stream.samplerate)
        bs = self.audio.blocksize
        cap = int(self.sr * 8) + 4 * bs
        self.in_ring = Ring(cap, 1)
        self.out_ring = Ring(cap, self.n_out)
        self.scratch = np.zeros((max(bs, 8192), 1), np.float32)
        self.cb_times = np.zeros(8192)
        self.cb_count = 0
        self.cb_last, self.cb_gap_max = 0.0, 0.0
        self.xruns = 0
        self.last_status = 0
        self.last_xrun_callback = -1
        self.dropouts = 0
        self.worker_times: list[float] = []
        self.dry = 0.0
        self.out_resampler = None
        if self.sr != self.engine.target.sr:
            import soxr

            self.out_resampler = soxr.ResampleStream(self.engine.target.sr, self.sr, self.n_out,
                                                     dtype="float32")
        self._stop.clear()
        self._apply_params()
        self.engine.warm_up()
        self.lead_ms = (self.audio.compensation_ms if self.audio.compensation_ms is not None
                        else lead_time_ms(self.engine))
        self.out_ring.write(np.zeros((int(self.lead_ms * self.sr / 1000), self.n_out),
                                     np.float32))
        if self.engine.t == 0:
            self._tick(None)  # the first tick (nothing heard yet) is ready before audio starts
        self._start_worker()
        self.started = time.monotonic()
        self.stream.start()

    def stop(self) -> None:
        self._stop.set()
        if self.stream is not None:
            self.stream.stop()
            self.stream.close()
            self.stream = None
        if self._worker is not None:
            self._worker.join(timeout=5)
            self._worker = None

    @property
    def running(self) -> bool:
        return self.stream is not None

    def set_params(self, p) -> None:
        self.engine.set_params(p)
        self._apply_params()

    def _apply_params(self) -> None:
        p = self.engine.params
        self.dry = float(1.0 - p.dry_wet)
        self.wet = float(p.dry_wet)

    def at_tick_boundary(self, fn, timeout: float = 10.0):
        """Run fn(engine) in the worker between two ticks and return its result."""
        done = threading.Event()
        box: list = []
        self._pending = (fn, box, done)
        if not done.wait(timeout):
            raise RuntimeError("the worker did not reach a tick boundary in time")
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]

    def swap_engine(self, engine: Engine) -> None:
        """Replace the engine (new agent or corpus) at the next tick boundary."""
        self._next_engine = engine

    # ------------------------------------------------------------- audio thread
    def _callback(self, indata, outdata, frames, t, status) -> None:
        t0 = time.perf_counter()
        if self.cb_count > 0 and t0 - self.cb_last > self.cb_gap_max:
            self.cb_gap_max = t0 - self.cb_last  # a late callback: waited for the GIL or CPU
        self.cb_last = t0
        if status:
            self.xruns += 1
            self.last_status = int(status.input_overflow) | 2 * int(status.output_underflow)
            self.last_xrun_callback = self.cb_count
        ch = self.audio.in_channel
        self.in_ring.write(indata[:, ch : ch + 1])
        n = self.out_ring.read_into(outdata)
        if n < frames:
            outdata[n:] = 0.0
            if self.cb_count > 0:
                self.dropouts += 1
        if self.dry > 0.0 and frames <= len(self.scratch):
            tmp = self.scratch[:frames]
            np.multiply(indata[:, ch : ch + 1], self.dry, out=tmp)
            np.add(outdata, tmp, out=outdata)
        self.cb_times[self.cb_count % len(self.cb_times)] = time.perf_counter() - t0
        self.cb_count += 1

    # ------------------------------------------------------------- worker thread
    def _start_worker(self) -> None:
        self._generation += 1
        self.heartbeat = time.monotonic()
        self._worker = threading.Thread(target=self._work, args=(self._generation,),
                                        name="obbligato-worker", daemon=True)
        self._worker.start()

    def worker_alive(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def restart_worker(self) -> None:
        """A new worker takes over; a stalled old one exits when it wakes (generation check)."""
        self._start_worker()

    def _work(self, generation: int) -> None:
        window = None
        while not self._stop.is_set() and generation == self._generation:
            self.heartbeat = time.monotonic()
            pending = self._pending
            if pending is not None and window is None:
                self._pending = None
                fn, box, done = pending
                try:
                    box.append(fn(self.engine))
                except Exception as e:  # reported to the caller, never fatal to the worker
                    box.append(e)
                done.set()
            nxt = self._next_engine
            if nxt is not None:
                nxt.t, nxt.heard, nxt.heard_base = (self.engine.t, self.engine.heard,
                                                    self.engine.heard_base)
                self.engine, self._next_engine = nxt, None
            if self.engine.t > 0 and window is None:
                need = self.engine.tick_samples(self.engine.t - 1, self.sr)
                if self.in_ring.available() < need:
                    time.sleep(0.0005)
                    continue
                buf = np.empty((need, 1), np.float32)
                self.in_ring.read_into(buf)
                window = resample(buf[:, 0], self.sr, 16000)
                if self.guide is not None:  # installation: the input clocks, the guide speaks
                    window = self.guide.window(self.engine.t, len(window), self._last_out,
                                               self.engine.target.sr)
            t0 = time.perf_counter()
            self._tick(window)
            self.worker_times.append(time.perf_counter() - t0)
            del self.worker_times[:-4096]
            window = None

    def _tick(self, window: np.ndarray | None) -> None:
        p = self.engine.params
        try:
            chunk, ev = self.engine.next_tick(window)
            self._last_out = chunk
            self.last_event = ev
            if self.on_tick is not None:
                self.on_tick(ev, window)
        except Exception as e:  # one bad tick must not stop the performance: play silence
            self.errors += 1
            self.last_error = f"{type(e).__name__}: {e}"
            log.exception("tick failed; playing silence for it")
            n = self.engine.tick_samples(self.engine.t, self.engine.target.sr)
            self.engine.t += 1
            chunk = np.zeros((n, p.channels), np.float32)
        out = np.zeros((len(chunk), self.n_out), np.float32)
        c0 = min(p.first_channel, self.n_out - 1)
        c1 = min(c0 + chunk.shape[1], self.n_out)
        out[:, c0:c1] = chunk[:, : c1 - c0] * self.wet
        if self.out_resampler is not None:
            out = self.out_resampler.resample_chunk(out)
        self.out_ring.write(out)

    # ------------------------------------------------------------- metrics
    def metrics(self) -> dict:
        if not hasattr(self, "cb_times"):
            return {"running": False}
        n = min(self.cb_count, len(self.cb_times))
        cb = self.cb_times[:n] * 1000
        wk = np.array(self.worker_times) * 1000
        block_ms = 1000 * self.audio.blocksize / self.sr
        lat = self.stream.latency if self.stream is not None else (0.0, 0.0)
        import psutil

        return {
            "running": self.running, "samplerate": self.sr, "blocksize": self.audio.blocksize,
            "xruns": self.xruns, "xrun_flags": self.last_status,
            "last_xrun_callback": self.last_xrun_callback, "dropouts": self.dropouts,
            "errors": self.errors,
            "callbacks": self.cb_count, "callback_p50_ms": percentile(cb, 50),
            "callback_p99_ms": percentile(cb, 99), "callback_load_p99": percentile(cb, 99) / block_ms,
            "callback_gap_max_ms": 1000 * self.cb_gap_max,
            "worker_p50_ms": percentile(wk, 50), "worker_p99_ms": percentile(wk, 99),
            "ticks": self.engine.t,
            # Worst case: an onset at the start of a window is answered when that window ends,
            # plus the worker's lead time, plus the device's input and output buffers.
            "lead_ms": self.lead_ms,
            "engine_latency_ms": 1000 * self.engine.duration + self.lead_ms,
            "device_latency_ms": 1000 * (lat[0] + lat[1]),
            "reaction_latency_ms": 1000 * self.engine.duration + self.lead_ms
            + 1000 * (lat[0] + lat[1]),
            "cpu_load": float(self.stream.cpu_load) if self.stream is not None else 0.0,
            "process_cpu_percent": psutil.Process().cpu_percent(interval=None),
        }
