"""Rendering: one tick of a chosen segment's audio at the corpus rate, joined to the previous
tick by an equal-power crossfade around a quiet cut, or read on sample-exactly."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from agent.synthesis.target import TargetCorpus


def read_track(a, start: int, n: int) -> np.ndarray:
    """n samples of a track's audio (array or reader) from `start`, zero-padded outside it."""
    out = np.zeros(n, np.float32)
    s, e = max(start, 0), min(start + n, len(a))
    if e > s:
        out[s - start : e - start] = a[s:e]
    return out


@dataclass(frozen=True)
class RenderConfig:
    crossfade_ms: float = 30.0
    gain_db: float = 0.0
    channels: int = 2
    cut_search_ms: float = 10.0  # how far from the grid a cut may move to a quieter point
    level_match_db: float = 3.0  # largest gain that starts a new segment at the old one's level
    level_ms: float = 50.0  # window over which the two levels are compared


class Renderer:
    """Renders one tick at a time: the chosen segment's audio for `n` samples, the join to the
    previous tick crossfaded around the cut with equal power. A segment that simply continues
    the last one in its recording is read on from where the last tick stopped (sample-exact, no
    fade). A new segment's cut moves up to `cut_search_ms` from the grid to where its audio is
    quietest just before the cut, so an attack lands after the fade-in, not inside it."""

    def __init__(self, corpus: TargetCorpus, cfg: RenderConfig):
        self.c = corpus
        self.set_config(cfg)
        self.prev: tuple[int, int] | None = None  # (track, source position after the last tick)
        self.prev_gain = 0.0
        self.cut = (-1, 0, False)  # the last tick: (track, source sample at its start, continued)
        self.tail: np.ndarray | None = None  # the faded-out end of the previous segment in it

    def set_config(self, cfg: RenderConfig) -> None:
        self.cfg = cfg
        self.x = int(round(cfg.crossfade_ms * self.c.sr / 1000)) // 2 * 2
        self.search = int(round(cfg.cut_search_ms * self.c.sr / 1000))
        self._fades = self._make_fades(self.x)

    @staticmethod
    def _make_fades(x: int) -> tuple[np.ndarray, np.ndarray]:
        ramp = (np.arange(x) + 0.5) / max(x, 1)
        return np.sin(np.pi / 2 * ramp).astype(np.float32), np.cos(np.pi / 2 * ramp).astype(np.float32)

    def _read(self, track: int, start: int, n: int) -> np.ndarray:
        return read_track(self.c.audio[track], start, n)

    def _quiet_offset(self, span: np.ndarray, h: int) -> int:
        """Where in `span` (the grid start at `search`) to start reading: the offset within
        `search` of the grid whose half-window before the cut holds the least energy (the part
        the fade-in attenuates most). Ties go to the grid."""
        if self.search <= 0 or h <= 0:
            return self.search
        x = span[: 2 * self.search + h].astype(np.float64)
        c = np.concatenate([[0.0], np.cumsum(x * x)])
        energy = c[h:] - c[:-h]  # energy[d] = sum over span[d : d + h]
        return int(np.argmin(energy + 1e-12 * np.abs(np.arange(len(energy)) - self.search)))

    def _level_ramp(self, old: np.ndarray, new: np.ndarray, n: int) -> np.ndarray | np.float32:
        """Gain that starts the new segment at the level the old one had just before the cut
        (at most level_match_db away) and returns to the segment's own level by the tick's end,
        so a join does not jump in level where the music inside a segment would not."""
        if self.cfg.level_match_db <= 0 or not len(old) or not len(new):
            return np.float32(1.0)
        lo, ln = (float(np.sqrt(np.mean(np.square(v, dtype=np.float64)))) for v in (old, new))
        if min(lo, ln) < 1e-4:  # from or into near silence: an entry or an exit, not a jump
            return np.float32(1.0)
        m = float(np.clip(20 * np.log10(lo / ln), -self.cfg.level_match_db,
                          self.cfg.level_match_db))
        return (10 ** (np.linspace(m, 0.0, n, dtype=np.float32) / 20)).astype(np.float32)

    def render(self, seg: int, n: int, gain: float = 1.0) -> np.ndarray:
        """Mono audio for one tick of `n` samples playing segment `seg` (seg < 0: a rest)."""
        x = min(self.x, n // 2 * 2)
        h = x // 2
        g = float(self.c.gain[seg] * gain) if seg >= 0 else 0.0
        prev, pgain = self.prev, self.prev_gain
        self.tail = None
        if seg >= 0 and prev is not None and prev[0] == int(self.c.track[seg]) and \
                abs(int(self.c.start[seg]) - h - prev[1]) <= self.search + 1:
            # A continuation: the same samples read on, only the gain may change (linearly).
            raw = self._read(prev[0], prev[1], n)
            body = raw * np.float32(g)
            if x and g != pgain:
                body[:x] = raw[:x] * np.linspace(pgain, g, x, endpoint=False, dtype=np.float32)
            self.prev, self.cut = (prev[0], prev[1] + n), (prev[0], prev[1] + h, True)
            return self._out(body, g)
        fin, fout = self._fades if x == self.x else self._make_fades(x)
        w = min(int(self.cfg.level_ms * self.c.sr / 1000), n - h)
        # What the previous segment would have played on: its level just before the tick and
        # the tail that fades out under the new sound (one read).
        before = None
        if prev is not None and x:
            before = self._read(prev[0], prev[1] - w, w + x) * np.float32(pgain)
        if seg < 0:
            body = np.zeros(n, np.float32)
            self.prev, self.cut = None, (-1, 0, False)
        else:
            track, pos = int(self.c.track[seg]), int(self.c.start[seg])
            lo = pos - h - self.search
            span = self._read(track, lo, n + 2 * self.search)  # one read: search and body
            d = self._quiet_offset(span, h)
            body = span[d : d + n] * np.float32(g)
            if before is not None:
                body *= self._level_ramp(before[:w], body[h : h + w], n)
            self.prev, self.cut = (track, lo + d + n), (track, lo + d + h, False)
        if before is not None:
            self.tail = before[w:] * fout
            body[:x] = self.tail + body[:x] * fin
        elif x and seg >= 0:
            body[:x] *= fin
        return self._out(body, g)

    def _out(self, body: np.ndarray, g: float) -> np.ndarray:
        self.prev_gain = g
        out_gain = np.float32(10 ** (self.cfg.gain_db / 20))
        if self.tail is not None:
            self.tail *= out_gain
        return body * out_gain

    def last_tail(self) -> np.ndarray | None:
        """The previous segment's faded-out end as mixed into the start of the last tick (None
        after a continuation or a first sound): it belongs where that segment was placed."""
        return self.tail

    def last_cut(self) -> tuple[int, int, bool]:
        """Where the last tick started in its source: (track, sample, sample-exact continuation);
        track -1 for a rest."""
        return self.cut

    def state(self) -> dict:
        return {"prev": self.prev, "prev_gain": self.prev_gain}

    def restore(self, s: dict) -> None:
        self.prev = None if s["prev"] is None else (int(s["prev"][0]), int(s["prev"][1]))
        self.prev_gain = float(s["prev_gain"])
