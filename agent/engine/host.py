"""Live engine: one or more `Engine`s (voices, one per agent) driven by the sound card's clock.

The PortAudio callback only copies samples between preallocated rings (the input into one ring,
each voice's ring summed into the output, the dry input scaled into a preallocated scratch
block); a worker thread perceives, decides and renders every voice once per grid tick,
`compensation_ms` ahead of the output, and hands recorded windows to `agent.engine.record`. Metrics:
xruns, dropouts (worker late), callback and worker durations, reaction latency, CPU load."""
from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, Hashable

import numpy as np

from agent.engine.lead import lead_time_ms, limit_math_threads, resampler_shortfall
from agent.engine.ring import Ring
from agent.engine.tick import Engine, TickEvent
from agent.engine.voices import Voice, check_voices, same_grid
from agent.perception.listen import PERCEPTION_SR, TickHearing, heard_output
from corpus.ingest import resample

log = logging.getLogger(__name__)
AUDIO_LOST_S = 1.0  # no callback for this long while playing: the audio server is gone


@dataclass(frozen=True)
class AudioConfig:
    device: str | int | None = None  # PortAudio device name or index (input and output)
    samplerate: int | None = None  # None: the corpus's rate if the device accepts it
    blocksize: int = 256
    in_channel: int = 0  # device input channel carrying the musician
    in_channels: int | None = None  # device inputs to open (default: the highest used + 1)
    out_channels: int | None = None  # device outputs to open (default: first + agent channels)
    compensation_ms: float | None = None  # worker lead time; None = measured at start
    capture_seconds: float = 0.0  # the agents' output kept for the quality report (0: none)


DROPOUT_WARNING_S = 5.0  # at most one "output ran dry" warning per this many seconds


def preload() -> None:
    """Import what starting the audio needs (librosa's compiled filters for the descriptor
    encoder, PortAudio, soxr) in the calling thread. `serve` runs commands on its OSC thread at a
    lower priority: there, beside a busy process, these imports made a `start` take 10 s, not 1."""
    import librosa
    import psutil  # noqa: F401
    import sounddevice  # noqa: F401
    import soxr  # noqa: F401
    import threadpoolctl  # noqa: F401

    librosa.filters.chroma(sr=22050, n_fft=2048)  # loads librosa's numba code: a second of CPU
    librosa.filters.mel(sr=22050, n_fft=2048)


def rescan_audio() -> None:
    """Restart PortAudio so that it lists the audio servers and devices again. It lists them once,
    when it starts: a JACK server that was down then (restarting after a loss, or started after
    the agent) stays invisible to every later attempt. The remedy sounddevice's maintainer gives
    (spatialaudio/python-sounddevice#125); only safe while no stream is open (a process opens one
    stream at a time, so a failed open is such a moment)."""
    import sounddevice as sd

    sd._terminate()  # noqa: SLF001 (no public way; the maintainer recommends these two)
    sd._initialize()  # noqa: SLF001


def percentile(x: np.ndarray, q: float) -> float:
    return float(np.percentile(x, q)) if len(x) else 0.0


class AudioHost:
    lost = False  # the audio server went away under the stream
    prepared = False  # rings, lead time and metrics exist
    playing = False  # the stream has been started

    def __init__(self, voices: Engine | list[Voice], audio: AudioConfig = AudioConfig()):
        self.voices = [Voice("main", voices)] if isinstance(voices, Engine) else list(voices)
        check_voices(self.voices)
        self.by_name = {v.name: v for v in self.voices}
        self._rest = tuple(self.voices[1:])  # the callback mixes these onto the first
        self.audio = audio
        self.stream: Any = None  # a sounddevice.Stream while open
        self._stop = threading.Event()
        self._worker: threading.Thread | None = None
        self.heartbeat = time.monotonic()
        self._generation = 0

    # the first voice, for code that plays one agent
    @property
    def engine(self) -> Engine:
        return self.voices[0].engine

    @property
    def last_event(self) -> TickEvent | None:
        return self.voices[0].last_event

    @property
    def on_tick(self):
        return self.voices[0].on_tick

    @on_tick.setter
    def on_tick(self, f) -> None:
        self.voices[0].on_tick = f

    @property
    def errors(self) -> int:
        return sum(v.errors for v in self.voices)

    def voice(self, name: str | None) -> Voice:
        return self.voices[0] if name is None else self.by_name[name]

    # ------------------------------------------------------------- lifecycle
    def _in_channel(self, v: Voice) -> int:
        return self.audio.in_channel if v.in_channel is None else v.in_channel

    def check_input(self, ch: int, what: str) -> int:
        """An input channel that the stream has open, or a one-line error."""
        if not 0 <= ch < self.n_in:
            raise ValueError(f"{what}: input channel {ch} is not open (inputs 0.."
                             f"{self.n_in - 1}; start with --in-channels)")
        return ch

    def _open(self):
        import sounddevice as sd

        n_out = self.audio.out_channels or max(v.engine.params.first_channel +
                                               v.engine.params.channels for v in self.voices)
        n_in = self.audio.in_channels or max(self._in_channel(v) for v in self.voices) + 1
        first = self.voices[0].engine.target.sr
        rates = [self.audio.samplerate] if self.audio.samplerate else [first, None]
        last = None
        for look_again in (False, True):
            if look_again:  # a JACK server or an interface that came after PortAudio started
                rescan_audio()
            for sr in rates:
                try:
                    stream = sd.Stream(device=self.audio.device, samplerate=sr,
                                       blocksize=self.audio.blocksize, channels=(n_in, n_out),
                                       dtype="float32", callback=self.audio_callback)
                    return stream, n_in, n_out
                except Exception as e:  # PortAudio refuses rates the device (or JACK) does not run at
                    last = e
        raise RuntimeError(f"cannot open audio device {self.audio.device or '(default)'}: {last}")

    def start(self) -> None:
        # The callback needs the GIL; by default another thread may hold it for 5 ms, about one
        # 256-frame period. Hand it over every 0.5 ms instead.
        sys.setswitchinterval(0.0005)
        limit_math_threads(any(v.engine.encoder.runtime == "torch" for v in self.voices))
        # Everything loaded so far (model, corpus, arrays) leaves the cyclic GC's view, so a
        # collection in the worker stays short and cannot hold the GIL for a whole period.
        gc.collect()
        gc.freeze()
        self.stream, n_in, n_out = self._open()
        # Callbacks come in bursts of the device's own period (JACK's, say 1024 frames, even for
        # 256-frame blocks); PortAudio reports it inside the output latency, beside one block.
        block_ms = 1000 * self.audio.blocksize / self.stream.samplerate
        period_ms = max(block_ms, 1000 * self.stream.latency[1] - block_ms)
        self.prepare(int(self.stream.samplerate), n_in, n_out, period_ms)
        self._start_worker()
        self.started = time.monotonic()
        self.cb_last = time.perf_counter()  # the server-loss check counts from here
        self.stream.start()
        self.playing = True

    def prepare(self, sr: int, n_in: int, n_out: int, period_ms: float | None = None) -> None:
        """Everything before audio runs: rings, resamplers, warm-up, lead time (in whole device
        periods, default one block), the first tick. (Tests drive `audio_callback` and `work_once`
        after this without a device.)"""
        self.sr, self.n_in, self.n_out = sr, n_in, n_out
        bs = self.audio.blocksize
        cap = int(self.sr * 8) + 4 * bs
        self.in_ring = Ring(cap, self.n_in)
        for v in self.voices:
            v.out_ring = Ring(cap, self.n_out)
            self._set_resampler(v)
        self.mix = np.zeros((max(bs, 8192), self.n_out), np.float32)
        self.scratch = np.zeros((max(bs, 8192), 1), np.float32)
        self.cb_times = np.zeros(8192)
        self.cb_count = 0
        self.cb_last, self.cb_gap_max = 0.0, 0.0
        self.xruns = 0
        self.last_status = 0
        self.last_xrun_callback = -1
        self.dropouts = 0
        self.dropout_at = np.zeros(16, np.int64)  # callback index of the first dropouts
        self.dropouts_told, self.dropouts_told_at = 0, -DROPOUT_WARNING_S  # by the worker
        self.worker_times: list[float] = []
        self.dry = 0.0
        # What the agents play, before the dry input, for the output-quality report; and where
        # (in output frames) each tick of the first voice starts.
        self.capture = np.zeros((int(self.audio.capture_seconds * sr), self.n_out), np.float32)
        self.captured = 0
        self.written = 0  # frames written to the first voice's ring
        self.tick_log: list[tuple[int, TickEvent | None, int]] = []
        self._stop.clear()
        for v in self.voices:
            self._apply_params(v)
            v.engine.warm_up()
        self.period_ms = period_ms or 1000 * bs / sr
        self.lead_ms = (self.audio.compensation_ms if self.audio.compensation_ms is not None
                        else lead_time_ms([v.engine for v in self.voices], self.period_ms))
        # A resampled voice's output arrives in uneven chunks: the lead covers that too.
        self.lead_ms += 1000 * max(resampler_shortfall(v.engine, sr) for v in self.voices) / sr
        lead = np.zeros((int(self.lead_ms * self.sr / 1000), self.n_out), np.float32)
        for v in self.voices:
            v.out_ring.write(lead)
        self.written = len(lead)
        if self.engine.t == 0:  # the first tick (nothing heard yet) is ready before audio starts
            self.tick_all(None)
        self.prepared = True

    def audio_lost(self) -> bool:
        """The audio server went away (jackd killed, a device unplugged): PortAudio marks the
        stream inactive and the callbacks stop. Checked from outside the audio thread."""
        if self.stream is None or not self.playing or self._stop.is_set():
            return self.lost  # before start and during a stop the stream is inactive too
        if not self.stream.active or time.perf_counter() - self.cb_last > AUDIO_LOST_S:
            self.lost = True
        return self.lost

    def stop(self) -> None:
        lost = self.audio_lost()
        self._stop.set()
        if self.stream is not None:
            if not lost:  # on a dead server PortAudio's stop and close never return
                self.stream.stop()
                self.stream.close()
            self.stream = None
        if self._worker is not None:
            self._worker.join(timeout=5)
            self._worker = None

    @property
    def running(self) -> bool:
        return self.stream is not None and not self.lost

    def _set_resampler(self, v: Voice) -> None:
        v.resampler = None
        if self.sr != v.engine.target.sr:
            import soxr

            v.resampler = soxr.ResampleStream(v.engine.target.sr, self.sr, self.n_out,
                                              dtype="float32")

    def set_params(self, p, voice: str | None = None) -> None:
        v = self.voice(voice)
        v.engine.set_params(p)
        self._apply_params(v)

    def _apply_params(self, v: Voice) -> None:
        p = v.engine.params
        v.wet = float(p.dry_wet)
        if v is self.voices[0]:  # the musician's dry signal follows the first agent's mix
            self.dry = float(1.0 - p.dry_wet)

    def set_guide(self, voice: str | None, guide) -> None:
        """What a voice hears instead of an input (installation), from its next tick on."""
        self.voice(voice).guide = guide

    def set_listen(self, voice: str | None, source: str, in_channel: int | None) -> None:
        """A voice hears the input (`in_channel`, None: the stream's) or another voice."""
        v = self.voice(voice)
        v.in_channel, v.listen = in_channel, source

    def at_tick_boundary(self, fn, timeout: float = 10.0, voice: str | None = None):
        """Run fn(engine) in the worker between two ticks and return its result."""
        done = threading.Event()
        box: list = []
        self.voice(voice).pending = (fn, box, done)
        if not done.wait(timeout):
            raise RuntimeError("the worker did not reach a tick boundary in time")
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]

    def swap_engine(self, engine: Engine, voice: str | None = None) -> None:
        """Replace a voice's engine (new agent or corpus) at the next tick boundary."""
        if not same_grid(engine, self.engine):
            raise ValueError(f"the new agent ticks every {engine.duration} s, the stream every "
                             f"{self.engine.duration} s; stop, then start again")
        self.voice(voice).next_engine = engine

    # ------------------------------------------------------------- recording
    def start_recording(self, voice: str | None, corpus, channel: int | None, tags,
                        role: str | None = None) -> object:
        """Record an input into the voice's target corpus (as a track of `role`, default the
        agent's target role) from the next tick on."""
        from agent.engine.record import RecordConfig, Recorder

        v = self.voice(voice)
        ch = self.check_input(self._in_channel(v) if channel is None else int(channel), "record")
        if v.recorder is not None:
            raise ValueError(f"record: agent {v.name!r} is already recording {v.recorder.song}")
        e = v.engine
        rec = Recorder(corpus, e.agent.target_vocab, role or e.agent.target_role, self.sr,
                       e.target.sr, RecordConfig(ch, tuple(tags)))
        v.record_channel, v.recorder = ch, rec
        return rec

    def stop_recording(self, voice: str | None) -> dict:
        v = self.voice(voice)
        rec = v.recorder
        if rec is None:
            raise ValueError(f"record: agent {v.name!r} is not recording")
        if self.running:  # detach between ticks, so no tick is half pushed
            self.at_tick_boundary(lambda e: setattr(v, "recorder", None), voice=v.name)
        v.recorder = None
        summary = rec.stop()
        if self.running:  # what was stored after the last tick joins the corpus too
            self.at_tick_boundary(lambda e: rec.drain(e.target), voice=v.name)
        return summary

    # ------------------------------------------------------------- audio thread
    def audio_callback(self, indata, outdata, frames, t, status) -> None:
        t0 = time.perf_counter()
        if self.cb_count > 0 and t0 - self.cb_last > self.cb_gap_max:
            self.cb_gap_max = t0 - self.cb_last  # a late callback: waited for the GIL or CPU
        self.cb_last = t0
        if status:
            self.xruns += 1
            self.last_status = int(status.input_overflow) | 2 * int(status.output_underflow)
            self.last_xrun_callback = self.cb_count
        self.in_ring.write(indata)
        n = self.voices[0].out_ring.read_into(outdata)
        short = n < frames
        if short:
            outdata[n:] = 0.0
        if frames <= len(self.mix):
            mix = self.mix[:frames]
            for v in self._rest:  # every other agent, summed onto the first
                n = v.out_ring.read_into(mix)
                if n < frames:
                    mix[n:] = 0.0
                    short = True
                np.add(outdata, mix, out=outdata)
        if short and self.cb_count > 0:
            if self.dropouts < len(self.dropout_at):
                self.dropout_at[self.dropouts] = self.cb_count
            self.dropouts += 1
        if self.captured + frames <= len(self.capture):
            self.capture[self.captured : self.captured + frames] = outdata
            self.captured += frames
        if self.dry > 0.0 and frames <= len(self.scratch):
            ch = self.audio.in_channel
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

    def _boundary(self, v: Voice) -> None:
        """Between two ticks: run what control asked for, swap in a new engine."""
        pending = v.pending
        if pending is not None:
            v.pending = None
            fn, box, done = pending
            try:
                box.append(fn(v.engine))
            except Exception as e:  # reported to the caller, never fatal to the worker
                box.append(e)
            done.set()
        nxt = v.next_engine
        if nxt is not None:
            nxt.continue_from(v.engine)
            old_sr = v.engine.target.sr
            v.engine, v.next_engine = nxt, None
            if nxt.target.sr != old_sr:
                self._set_resampler(v)

    def _work(self, generation: int) -> None:
        while not self._stop.is_set() and generation == self._generation:
            self.heartbeat = time.monotonic()
            if not self.work_once():
                time.sleep(0.0005)

    def work_once(self) -> bool:
        """The worker's step: what control asked for at the tick boundary, then one tick if the
        window it hears has arrived whole (False if not yet). Tests drive it after each
        `audio_callback` to play a file through the real rings without a device."""
        for v in self.voices:
            self._boundary(v)
        need = self.engine.tick_samples(self.engine.t - 1, self.sr)
        if self.in_ring.available() < need:
            return False
        buf = np.empty((need, self.n_in), np.float32)
        self.in_ring.read_into(buf)
        t0 = time.perf_counter()
        self.tick_all(buf)
        self.worker_times.append(time.perf_counter() - t0)
        del self.worker_times[:-4096]
        self._warn_dropouts()
        return True

    def _warn_dropouts(self) -> None:
        """The output ran dry since the last tick (the callback counts, it cannot log): one
        line for the log and the patch (`/obbligato/warning`), at most every 5 s, naming the
        slowest recent tick against the lead, so a musician knows it was the machine."""
        if self.dropouts == self.dropouts_told:
            return
        now = time.monotonic()
        if now - self.dropouts_told_at < DROPOUT_WARNING_S:
            return
        recent = 1000 * max(self.worker_times[-16:], default=0.0)
        log.warning("output ran dry %d times (%d in all): the slowest recent tick took %.0f ms "
                    "against a %.0f ms lead; a busy machine? --compensation-ms raises the lead",
                    self.dropouts - self.dropouts_told, self.dropouts, recent, self.lead_ms)
        self.dropouts_told, self.dropouts_told_at = self.dropouts, now

    def tick_all(self, buf: np.ndarray | None) -> None:
        """One tick of every voice. Each input channel is resampled and each (input, encoder)
        pair perceived once, whatever the number of agents hearing it; every guide window is
        taken before any voice plays, so a chained agent hears the output that sounded while
        the input was heard."""
        hearing = None if buf is None else TickHearing(buf, self.sr)
        heard: list[tuple[np.ndarray | None, Hashable]] = []
        n16 = 0 if buf is None else int(round(len(buf) * PERCEPTION_SR / self.sr))
        for v in self.voices:
            if buf is None:
                heard.append((None, None))
            elif v.guide is not None:  # installation: the input clocks, the guide speaks
                heard.append((v.guide.window(v.engine.t, n16, v.last_out, v.engine.target.sr),
                              ("guide", v.name)))
            elif v.listen == "input":
                ch = self._in_channel(v)
                heard.append((hearing.window(ch), ("input", ch)))
            else:
                src = self.by_name[v.listen]
                heard.append((heard_output(src.last_out, src.engine.target.sr, n16),
                              ("voice", src.name)))
        for v, (window, source) in zip(self.voices, heard):
            rec = v.recorder
            if rec is not None:
                rec.drain(v.engine.target)  # segments stored since the last tick
            try:
                emb = None if window is None else hearing.vector(
                    source, v.engine.agent.encoder.space, window, v.engine.embed)
            except Exception as e:
                self._failed(v, e, "perception failed")
                emb = None
            self._tick(v, window, emb)
            if rec is not None and buf is not None:
                ch = v.record_channel
                try:
                    w = hearing.window(ch)
                    rec.push(buf[:, ch], w, hearing.vector(("input", ch), v.engine.agent.encoder.space,
                                                           w, v.engine.embed))
                except Exception as e:
                    self._failed(v, e, "recording failed")

    def _failed(self, v: Voice, e: Exception, what: str) -> None:
        v.errors += 1
        v.last_error = f"{type(e).__name__}: {e}"
        log.exception("%s %s", v.name, what)

    def _tick(self, v: Voice, window: np.ndarray | None, emb: np.ndarray | None) -> None:
        p = v.engine.params
        try:
            chunk, ev = v.engine.next_tick(window, emb)
            v.last_out, v.last_event = chunk, ev
            if v.on_tick is not None:
                v.on_tick(ev, window)
        except Exception as e:  # one bad tick must not stop the performance: play silence
            self._failed(v, e, "tick failed; playing silence for it")
            chunk = np.zeros((v.engine.skip_tick(), p.channels), np.float32)
        out = np.zeros((len(chunk), self.n_out), np.float32)
        c0 = min(p.first_channel, self.n_out - 1)
        c1 = min(c0 + chunk.shape[1], self.n_out)
        out[:, c0:c1] = chunk[:, : c1 - c0] * v.wet
        if v.resampler is not None:
            out = v.resampler.resample_chunk(out)
        if v is self.voices[0]:
            if self.written < len(self.capture):
                ok = v.last_event is not None and v.last_event.tick == v.engine.t - 1
                self.tick_log.append((self.written, v.last_event if ok else None, len(chunk)))
            self.written += len(out)
        v.out_ring.write(out)

    # ------------------------------------------------------------- metrics
    def metrics(self) -> dict:
        if not self.prepared:  # asked (by the OSC state loop) before or while preparing
            return {"running": False}
        n = min(self.cb_count, len(self.cb_times))
        cb = self.cb_times[:n] * 1000
        wk = np.array(self.worker_times) * 1000
        block_ms = 1000 * self.audio.blocksize / self.sr
        live = self.stream is not None and not self.lost  # a dead stream is not asked
        lat = self.stream.latency if live else (0.0, 0.0)
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
            "worker_max_ms": percentile(wk, 100),
            "limiter_ticks": sum(v.engine.limiter.acted for v in self.voices),
            "limiter_max_reduction_db": max(v.engine.limiter.max_reduction_db for v in self.voices),
            "dropout_seconds": [round(float(i) * block_ms / 1000, 2)
                                for i in self.dropout_at[: self.dropouts]],
            "ticks": self.engine.t,
            # Worst case: an onset at the start of a window is answered when that window ends,
            # plus the worker's lead time, plus the device's input and output buffers.
            "lead_ms": self.lead_ms, "period_ms": self.period_ms,
            "engine_latency_ms": 1000 * self.engine.duration + self.lead_ms,
            "device_latency_ms": 1000 * (lat[0] + lat[1]),
            "reaction_latency_ms": 1000 * self.engine.duration + self.lead_ms
            + 1000 * (lat[0] + lat[1]),
            "cpu_load": float(self.stream.cpu_load) if live else 0.0, "audio_lost": self.lost,
            "process_cpu_percent": psutil.Process().cpu_percent(interval=None),
        }

    def output_report(self) -> dict | None:
        """The output-quality report (agent.synthesis.quality) of the captured output, with the first
        voice's ticks where the worker wrote them; None when nothing was captured."""
        if not self.captured:
            return None
        from agent.engine.offline import intended_ticks
        from agent.synthesis import quality

        played = self.capture[: self.captured]
        log_ = [(s, e, n) for s, e, n in self.tick_log if s < len(played)]
        target = self.engine.target
        ratio = self.sr / target.sr
        ticks = []
        for start, ev, n in log_:
            t = (quality.Tick(0, False, None) if ev is None else
                 intended_ticks([ev], target, [n])[0])
            intended, lead_in, follow_on = (
                x if ratio == 1 or x is None else resample(x, target.sr, self.sr)
                for x in (t.intended, t.lead_in, t.follow_on))
            ticks.append(quality.Tick(start, t.continuation, intended, lead_in, follow_on))
        # Resampled output: soxr's delay moves joins by a few samples; look around them.
        return quality.report(played, self.sr, ticks, dropouts=self.dropouts,
                              tolerance=0 if ratio == 1 else 64)
