"""Installation mode: the agent plays for months with nobody at the input.

The guide is the agent's own recent output (it listens to itself), a playlist of guide files,
or both alternating. Each day has its own seed (reproducible), plays between scheduled hours,
and logs every tick to a rotating play log. A supervisor restarts the worker if it dies or stops
ticking, while audio keeps running. `simulate` runs the same engine on the file clock for any
number of hours, to check that memory stays flat and the output does not loop."""
from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from agent.perception.listen import heard_output
from corpus.ingest import load_mono16k

log = logging.getLogger(__name__)
GUIDES = ("self", "playlist", "alternate")


@dataclass
class GuideSource:
    """Windows of 16 kHz audio for the next tick when no musician plays."""

    mode: str = "self"
    playlist: list[Path] = field(default_factory=list)
    switch_ticks: int = 240  # alternate mode: ticks per turn (2 min at 0.5 s)

    def __post_init__(self) -> None:
        if self.mode not in GUIDES:
            raise ValueError(f"guide {self.mode!r} is not one of {', '.join(GUIDES)}")
        if self.mode != "self" and not self.playlist:
            raise ValueError(f"guide {self.mode!r} needs a playlist of audio files")
        self._files = [load_mono16k(p) for p in self.playlist]
        self._file, self._pos = 0, 0

    def _from_playlist(self, n: int) -> np.ndarray:
        out = np.empty(0, np.float32)
        while len(out) < n:
            x = self._files[self._file]
            take = x[self._pos : self._pos + n - len(out)]
            out = np.concatenate([out, take])
            self._pos += len(take)
            if self._pos >= len(x):
                self._file, self._pos = (self._file + 1) % len(self._files), 0
        return out

    def window(self, tick: int, n: int, last_output: np.ndarray | None, sr: int) -> np.ndarray:
        """The window heard before `tick`: n samples at 16 kHz."""
        use_self = self.mode == "self" or (self.mode == "alternate" and
                                           (tick // self.switch_ticks) % 2 == 0)
        if use_self:
            return heard_output(last_output, sr, n)
        return self._from_playlist(n)


def day_seed(day: dt.date) -> int:
    """Per-day seed: any moment of the exhibition can be replayed from the date and the log."""
    return int(day.strftime("%Y%m%d"))


def parse_hours(spec: str | None) -> tuple[dt.time, dt.time] | None:
    """'10:00-18:00' -> (start, stop); None plays all day."""
    if not spec:
        return None
    try:
        a, b = spec.split("-")
        return (dt.time.fromisoformat(a.strip()), dt.time.fromisoformat(b.strip()))
    except ValueError:
        raise ValueError(f"--hours {spec!r}: expected HH:MM-HH:MM") from None


def in_hours(now: dt.datetime, hours: tuple[dt.time, dt.time] | None) -> bool:
    if hours is None:
        return True
    a, b = hours
    t = now.time()
    return a <= t < b if a <= b else (t >= a or t < b)


def play_logger(path: Path, max_bytes: int = 10_000_000, backups: int = 30) -> logging.Logger:
    lg = logging.getLogger(f"obbligato.play.{path}")
    lg.propagate = False
    if not lg.handlers:
        path.parent.mkdir(parents=True, exist_ok=True)
        h = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups)
        h.setFormatter(logging.Formatter("%(asctime)s\t%(message)s"))
        lg.addHandler(h)
        lg.setLevel(logging.INFO)
    return lg


class Supervisor:
    """Watches the live worker; restarts it if it died or stopped ticking, audio untouched."""

    def __init__(self, live, stale_s: float = 3.0):
        self.live = live
        self.stale_s = stale_s
        self.restarts = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="obbligato-watchdog",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _watch(self) -> None:
        while not self._stop.wait(0.5):
            live = self.live
            if not live.running:
                continue
            age = time.monotonic() - live.heartbeat
            if not live.worker_alive() or age > self.stale_s + live.engine.duration:
                self.restarts += 1
                log.error("worker %s (last tick %.1f s ago): restarting it",
                          "died" if not live.worker_alive() else "stalled", age)
                live.restart_worker()


def run_installation(session, guide: GuideSource, hours: tuple | None, log_dir: Path,
                     stop: threading.Event, until: float | None = None,
                     lost=lambda: False, start=None) -> dict:
    """Play inside the daily hours until `stop` is set (or `until`, a monotonic time), or until
    `lost()` says the audio server went away: each day starts with that day's seed (playing
    through `start`, default `session.start`); every tick goes to the rotating play log."""
    log_dir = Path(log_dir)
    plog = play_logger(log_dir / "play.log")
    handler = logging.handlers.RotatingFileHandler(log_dir / "obbligato.log", maxBytes=5_000_000,
                                                   backupCount=10)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("agent").addHandler(handler)
    sup, day = None, None
    try:
        while not stop.is_set() and (until is None or time.monotonic() < until) and not lost():
            now = dt.datetime.now()
            want = in_hours(now, hours)
            if want and (not session.running or now.date() != day):
                if session.running:  # a new day: restart with its own seed
                    session.stop()
                day = now.date()
                session.seed = day_seed(day)
                session.set_guide(guide.mode, guide.playlist)
                (start or session.start)()
                session.live.on_tick = lambda ev, _w: plog.info(
                    f"{ev.tick}\t{ev.heard}\t{ev.decided}\t{ev.segment_id}\t{ev.source}\t"
                    f"{ev.source_time:.3f}")
                sup = Supervisor(session.live)
                sup.start()
                log.info("installation playing (seed %d)", session.seed)
            elif not want and session.running:
                session.stop()
                log.info("installation paused outside %s", hours)
            stop.wait(1.0)
    finally:
        if sup:
            sup.stop()
        status = session.status()
        session.stop()
        logging.getLogger("agent").removeHandler(handler)
    status["restarts"] = sup.restarts if sup else 0
    return status
