"""Live corpus recording: an input of the live stream becomes part of the agent's target corpus
while the performance goes on (the agent can answer the musician with the musician's own sound).

The worker hands each tick's window (device samples, the 16 kHz copy and the vector perception
already computed for it) to a writer thread. The writer labels it with the agent's target
vocabulary, stores it durably (segment file, then its rows, `CorpusStore.add_live_segment`) and
prepares it for synthesis; the worker adds the prepared segments at the next tick boundary. So a
segment is playable one tick after it ends, a crash loses at most the segment being written, and
the worker never waits on the disk."""
from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from agent.synthesis.target import TargetCorpus
from corpus.store import CorpusStore
from corpus.vocabulary import Vocabulary

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecordConfig:
    channel: int | None = None  # device input channel; None = the input the agent listens to
    tags: tuple[str, ...] = ("live",)  # track tags, e.g. for `region tag live`


@dataclass(frozen=True)
class Prepared:
    """A stored segment, ready to join the in-memory corpus."""

    audio: np.ndarray  # the recorded track so far, at the corpus rate
    start: int
    end: int
    label: int
    rms_db: float
    seg_id: int


class Recorder:
    def __init__(self, corpus: Path, vocab: Vocabulary, role: str, device_sr: int,
                 target_sr: int, cfg: RecordConfig = RecordConfig()):
        self.store = CorpusStore(corpus)
        self.store.finish_live_tracks()  # a recording cut short by a crash becomes a track
        self.song = _free_song_name(self.store, f"live-{time.strftime('%Y%m%d-%H%M%S')}")
        self.track_id, self.key = self.store.begin_live_track(self.song, role, device_sr, cfg.tags)
        self.name = f"{self.song}/{role}"
        self.vocab, self.cfg = vocab, cfg
        self.sr, self.target_sr = device_sr, target_sr
        self.resampler = None
        if device_sr != target_sr:
            import soxr

            self.resampler = soxr.ResampleStream(device_sr, target_sr, 1, dtype="float32")
        self.buf = np.zeros(target_sr * 60, np.float32)
        self.filled = 0
        self.frames = 0  # device frames stored
        self.segments = 0  # segments stored
        self.added = 0  # segments added to the in-memory corpus
        self.errors = 0
        self.failed = ""  # why storing stopped (disk full, ...): later ticks are not stored
        self.store_ms: list[float] = []  # label + durable write + preparation, per segment
        self._target: TargetCorpus | None = None
        self._track = -1
        self.inbox: queue.SimpleQueue = queue.SimpleQueue()
        self.ready: queue.SimpleQueue = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._write, name="obbligato-recorder", daemon=True)
        self.thread.start()

    # ------------------------------------------------------------- worker side
    def push(self, native: np.ndarray, window16k: np.ndarray, embedding: np.ndarray) -> None:
        """One tick of the recorded input (never blocks)."""
        self.inbox.put((native, window16k, embedding))

    def drain(self, target: TargetCorpus) -> int:
        """Add the segments stored since the last tick to the corpus being played."""
        n = 0
        while True:
            try:
                p = self.ready.get_nowait()
            except queue.Empty:
                break
            if target is not self._target:
                self._target, self._track = target, target.add_track(self.name, list(self.cfg.tags))
            target.append(self._track, p.audio, p.start, p.end, p.label, p.rms_db, p.seg_id)
            n += 1
        self.added += n
        return n

    # ------------------------------------------------------------- writer thread
    def _write(self) -> None:
        while True:
            item = self.inbox.get()
            if item is None:
                return
            if self.failed:
                continue  # the disk said no: the show goes on, the take stops growing
            try:
                t0 = time.perf_counter()
                self.ready.put(self._store(*item))
                self.store_ms.append(1000 * (time.perf_counter() - t0))
                del self.store_ms[:-1024]
            except OSError as e:  # disk full, quota, a removed drive: stop storing, say it once
                self.errors += 1
                self.failed = f"{e.strerror or e}"
                log.warning("recording %s stopped after %d segments (kept): %s", self.name,
                            self.segments, self.failed)
            except Exception as e:  # one bad segment must not end the recording or the show
                self.errors += 1
                log.warning("recording %s: segment %d not stored (%s: %s)", self.name,
                            self.segments, type(e).__name__, str(e).splitlines()[0] if str(e) else "")

    def _store(self, native: np.ndarray, window16k: np.ndarray, emb: np.ndarray) -> Prepared:
        from corpus.build import rms_db

        native = np.ascontiguousarray(native, np.float32)
        level = float(rms_db([window16k])[0])
        label = int(self.vocab.assign(emb[None].astype(np.float32), [level])[0])
        t0, t1 = self.frames / self.sr, (self.frames + len(native)) / self.sr
        seg_id = self.store.add_live_segment(self.track_id, self.key, self.segments, native,
                                             window16k, emb, (t0, t1), level,
                                             {self.vocab.id: label})
        self.frames += len(native)
        self.segments += 1
        y = native if self.resampler is None else self.resampler.resample_chunk(native)
        if self.filled + len(y) > len(self.buf):  # grow; views already handed out stay valid
            grown = np.zeros(max(2 * len(self.buf), self.filled + len(y)), np.float32)
            grown[: self.filled] = self.buf[: self.filled]
            self.buf = grown
        self.buf[self.filled : self.filled + len(y)] = y
        self.filled += len(y)
        return Prepared(self.buf[: self.filled], int(round(t0 * self.target_sr)),
                        int(round(t1 * self.target_sr)), label, level, seg_id)

    # ------------------------------------------------------------- stop
    def stop(self) -> dict:
        """Store what is queued, join the segment files into the track's files, label the new
        segments with every vocabulary of the corpus and refresh its faiss index."""
        self.inbox.put(None)
        self.thread.join(timeout=60)
        self.resampler = None
        try:
            self.store.finish_live_tracks()
            self.store.label_new_segments()
            self.store.write_index()
        except (OSError, RuntimeError) as e:  # disk full (libsndfile raises RuntimeError):
            # the segments are stored; the next open joins them into a track
            why = getattr(e, "strerror", None) or str(e).splitlines()[0]
            self.failed = self.failed or why
            log.warning("recording %s: %d segments kept as segment files; they become a track "
                        "when the corpus is next opened with space (%s)", self.name,
                        self.segments, why)
        finally:
            self.store.close()
        return {"song": self.song, "segments": self.segments, "seconds": self.frames / self.sr,
                "errors": self.errors, "failed": self.failed}

    def status(self) -> dict:
        return {"song": self.song, "segments": self.segments, "added": self.added,
                "seconds": self.frames / self.sr, "errors": self.errors,
                "store_p99_ms": float(np.percentile(self.store_ms, 99)) if self.store_ms else 0.0}


def _free_song_name(store: CorpusStore, name: str) -> str:
    taken = {s[1] for s in store.songs()}
    out, i = name, 1
    while out in taken:
        i += 1
        out = f"{name}-{i}"
    return out
