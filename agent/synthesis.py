"""Synthesis: choose a target-corpus segment for each decided label and render it, crossfaded,
at the corpus's own sample rate on N output channels.

Everything the choice needs is preallocated numpy arrays (per-label candidate lists, the segment
that follows each segment in its recording, last-played times), so a choice costs well under a
millisecond even for a million segments."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from agent.feedback import weights_from_store
from corpus.ingest import resample
from corpus.store import CorpusStore
from corpus.vocabulary import Vocabulary


class SynthesisError(ValueError):
    pass


@dataclass(frozen=True)
class SelectConfig:
    continuity: float = 2.0  # bonus for the segment that followed the last one in its recording
    novelty: float = 2.0  # penalty for a segment played within `novelty_window`
    novelty_window: float = 8.0  # seconds
    loudness: float = 0.5  # penalty per 10 dB away from the loudness target
    randomness: float = 0.5  # scale of the random (Gumbel) term: variety among equals
    max_run: int = 8  # longest verbatim run from one recording before continuity stops counting
    max_candidates: int = 1024  # candidates scored per tick (a random subset beyond this)


@dataclass
class TargetCorpus:
    """A target corpus in memory: mono audio at one rate, segment arrays and label index."""

    sr: int
    audio: list[np.ndarray]  # mono float32 per track
    track: np.ndarray  # (n,) track index
    start: np.ndarray  # (n,) start sample
    end: np.ndarray  # (n,) end sample
    label: np.ndarray  # (n,) label in the agent's target vocabulary
    rms_db: np.ndarray
    gain: np.ndarray  # (n,) linear gain from normalization (1 = untouched)
    seg_id: np.ndarray  # (n,) segment ids in the store
    track_names: list[str]
    k: int
    weight: np.ndarray | None = None  # (n,) selection weight from feedback (1 = neutral)
    track_tags: list[list[str]] | None = None  # tags per track (regions)
    rule: object = None  # the agent.regions.Region that made the mask (None: everything)
    _spare: dict = field(default_factory=dict, init=False, repr=False)  # see `_push`

    def __post_init__(self) -> None:
        n = len(self.label)
        if self.weight is None:
            self.weight = np.ones(n)
        if self.track_tags is None:
            self.track_tags = [[] for _ in self.audio]
        nxt = np.full(n, -1, np.int64)
        same = (self.track[1:] == self.track[:-1]) & (np.abs(self.start[1:] - self.end[:-1]) <= 1)
        nxt[:-1][same] = np.arange(1, n)[same]
        self.next = nxt
        self.set_mask(np.ones(n, bool))

    def set_mask(self, usable: np.ndarray) -> None:
        """Restrict choices (regions, bans); rebuilds the per-label candidate lists."""
        self.region = usable
        self.usable = usable & (self.weight > 0)
        idx = np.flatnonzero(self.usable)
        order = np.argsort(self.label[idx], kind="stable")
        by = idx[order]
        bounds = np.searchsorted(self.label[by], np.arange(self.k + 1))
        self.by_label = [by[bounds[i]:bounds[i + 1]] for i in range(self.k)]
        self.allowed = bounds[1:] > bounds[:-1]

    def add_track(self, name: str, tags: list[str]) -> int:
        """A track that fills while it is recorded; its segments come through `append`."""
        self.audio.append(np.zeros(0, np.float32))
        self.track_names.append(name)
        self.track_tags.append(list(tags))
        return len(self.audio) - 1

    def append(self, track: int, audio: np.ndarray, start: int, end: int, label: int,
               rms_db: float, seg_id: int) -> None:
        """One segment recorded during the performance (`audio` is the whole track so far, at
        this corpus's rate); usable from the next choice on, inside the current region rule."""
        n = len(self.label)
        follows = n > 0 and self.track[-1] == track and abs(self.end[-1] - start) <= 1
        self.audio[track] = audio
        self._push(track=track, start=start, end=end, label=label, rms_db=rms_db, gain=1.0,
                   seg_id=seg_id, weight=1.0, next=-1, region=True, usable=True)
        if follows:
            self.next[n - 1] = n
        ok = True
        if self.rule is not None and not self.rule.empty:
            from agent.regions import region_mask

            ok = bool(region_mask(self, self.rule, np.array([n]))[0])
            self.region[n] = self.usable[n] = ok
        if ok:  # one candidate more for one label: no rebuild of the others (large corpora)
            by_label, allowed = list(self.by_label), self.allowed.copy()
            by_label[label] = np.append(by_label[label], n)
            allowed[label] = True
            self.by_label, self.allowed = by_label, allowed

    def _push(self, **values) -> None:
        """Append one value to each named array in amortized constant time: each array is a
        view of a buffer with room to grow (a view handed out before stays valid)."""
        n = len(self.label)
        for name, v in values.items():
            arr, buf = getattr(self, name), self._spare.get(name)
            if buf is None or len(buf) <= n or arr.base is not buf:
                buf = np.empty(max(2 * n, 1024), arr.dtype)  # first push, full, or replaced
                buf[:n] = arr
                self._spare[name] = buf
            buf[n] = v
            setattr(self, name, buf[: n + 1])

    def __len__(self) -> int:
        return len(self.label)


def load_target(corpus: Path, vocab: Vocabulary, role: str | None = None,
                sr: int | None = None, split: str | None = None) -> TargetCorpus:
    """Load the segments of `corpus` (optionally one role, one split) labelled with `vocab`."""
    with CorpusStore(corpus) as store:
        if not store.has_vocabulary(vocab.id):
            raise SynthesisError(
                f"{corpus}: not labelled with the agent's target vocabulary {vocab.id}; run "
                f"`obbligato corpus label {corpus} --vocab AGENT` (the corpus needs the same encoder)")
        tracks = [t for t in store.tracks(role) if split is None or t["split"] == split]
        if not tracks:
            raise SynthesisError(f"{corpus}: empty target corpus" +
                                 (f" (no track with role {role!r})" if role else ""))
        sr = sr or Counter(t["sr"] for t in tracks).most_common(1)[0][0]
        seg = store.segments([t["id"] for t in tracks])
        labels = store.labels(vocab.id)
        weights = weights_from_store(store, vocab.id, seg.id)  # like, dislike, ban
        tags = store.track_tags()
        audio, names = [], []
        pos = {t["id"]: i for i, t in enumerate(tracks)}
        from corpus.normalize import apply_eq, track_eq

        for t in tracks:
            x = store.track_audio(t["key"]).mean(axis=1)
            eq = track_eq(store, t["id"])
            if eq is not None:
                x = apply_eq(x, t["sr"], eq)
            audio.append(resample(x, t["sr"], sr))
            names.append(f"{t['song']}/{t['role']}")
    if not len(seg):
        raise SynthesisError(f"{corpus}: empty target corpus (no segments)")
    return TargetCorpus(
        sr=sr, audio=audio, track=np.array([pos[t] for t in seg.track_id]),
        start=np.round(seg.start * sr).astype(np.int64), end=np.round(seg.end * sr).astype(np.int64),
        label=np.array([labels[int(i)] for i in seg.id], np.int64), rms_db=seg.rms_db,
        gain=10 ** (seg.gain_db / 20), seg_id=seg.id, track_names=names, k=vocab.k,
        weight=weights, track_tags=[tags.get(t["id"], []) for t in tracks])


class Selector:
    """Chooses the segment to play for a label: continuity, novelty, loudness fit, feedback."""

    def __init__(self, corpus: TargetCorpus, neighbours: np.ndarray, cfg: SelectConfig,
                 seed: int = 0):
        self.c = corpus
        self.neighbours = neighbours  # (K, K) labels by centroid distance, from the vocabulary
        self.cfg = cfg
        self.rng = np.random.default_rng(seed)
        self.last_played = np.full(len(corpus), -np.inf)
        self.prev = -1
        self.run = 0

    def resolve(self, label: int) -> int:
        """The label itself if the corpus has it, else the nearest label by centroid that does."""
        by_label = self.c.by_label  # one read: the list may be swapped by a control thread
        if len(by_label[label]):
            return label
        for other in self.neighbours[label]:
            if len(by_label[other]):
                return int(other)
        raise SynthesisError("no usable segment left in the target corpus (all banned or masked)")

    def choose(self, label: int, now: float, loudness_db: float | None = None) -> int:
        cfg = self.cfg
        if len(self.last_played) < len(self.c):  # segments recorded since the last choice
            grown = np.full(max(len(self.c), 2 * len(self.last_played)), -np.inf)  # room
            grown[: len(self.last_played)] = self.last_played
            self.last_played = grown
        cands = self.c.by_label[self.resolve(label)]
        if len(cands) > cfg.max_candidates:
            cands = cands[self.rng.integers(0, len(cands), cfg.max_candidates)]
        score = np.log(self.c.weight[cands])
        follow = self.c.next[self.prev] if self.prev >= 0 else -1
        if follow >= 0 and self.run < cfg.max_run:
            score = score + cfg.continuity * (cands == follow)
        recent = self.last_played[cands] > now - cfg.novelty_window
        score = score - cfg.novelty * recent
        if loudness_db is not None:
            score = score - cfg.loudness * np.abs(self.c.rms_db[cands] - loudness_db) / 10
        if cfg.randomness > 0:
            score = score + cfg.randomness * self.rng.gumbel(size=len(cands))
        pick = int(cands[int(np.argmax(score))])
        self.run = self.run + 1 if pick == follow else 0
        self.prev = pick
        self.last_played[pick] = now
        return pick

    def state(self) -> dict:
        return {"last_played": self.last_played.copy(), "prev": self.prev, "run": self.run,
                "rng": self.rng.bit_generator.state}

    def restore(self, s: dict) -> None:
        saved = s["last_played"]  # a snapshot from before a recording grew the corpus
        self.last_played[:] = -np.inf
        self.last_played[: len(saved)] = saved[: len(self.last_played)]
        self.prev, self.run = s["prev"], s["run"]
        self.rng.bit_generator.state = s["rng"]


@dataclass(frozen=True)
class RenderConfig:
    crossfade_ms: float = 30.0
    gain_db: float = 0.0
    channels: int = 2


class Renderer:
    """Renders one tick at a time: the chosen segment's audio from its start for one tick, the
    join to the previous tick crossfaded around the cut (equal-power between unrelated segments,
    complementary-linear when the new segment simply continues the old one)."""

    def __init__(self, corpus: TargetCorpus, tick: int, cfg: RenderConfig):
        self.c = corpus
        self.tick = tick
        self.set_config(cfg)
        self.prev: tuple[int, int] | None = None  # (track, position after the last tick)
        self._prev_gain = 0.0

    def set_config(self, cfg: RenderConfig) -> None:
        self.cfg = cfg
        self.x = min(int(round(cfg.crossfade_ms * self.c.sr / 1000)) // 2 * 2, self.tick)
        ramp = (np.arange(self.x) + 0.5) / max(self.x, 1)
        self.fade_in_pow, self.fade_out_pow = np.sin(np.pi / 2 * ramp), np.cos(np.pi / 2 * ramp)
        self.fade_in_lin, self.fade_out_lin = ramp, 1 - ramp

    def _read(self, track: int, start: int, n: int) -> np.ndarray:
        """n samples of a track from `start`, zero-padded outside the recording."""
        a = self.c.audio[track]
        out = np.zeros(n, np.float32)
        s, e = max(start, 0), min(start + n, len(a))
        if e > s:
            out[s - start : e - start] = a[s:e]
        return out

    def render(self, seg: int, gain: float = 1.0) -> np.ndarray:
        """Mono audio for one tick playing segment `seg` (None-safe: seg < 0 is silence)."""
        h = self.x // 2
        if seg < 0:
            body = np.zeros(self.tick, np.float32)
            track, pos = -1, 0
        else:
            track, pos = int(self.c.track[seg]), int(self.c.start[seg])
            body = self._read(track, pos - h, self.tick) * (self.c.gain[seg] * gain)
        if self.x and self.prev is not None and self.prev[0] >= 0:
            ptrack, ppos = self.prev
            tail = self._read(ptrack, ppos - h, self.x) * self._prev_gain
            if (ptrack, ppos) == (track, pos):  # continuation: same samples, keep amplitude flat
                body[: self.x] = tail * self.fade_out_lin + body[: self.x] * self.fade_in_lin
            else:
                body[: self.x] = tail * self.fade_out_pow + body[: self.x] * self.fade_in_pow
        elif self.x and seg >= 0:
            body[: self.x] *= self.fade_in_pow
        self.prev = (track, pos + self.tick)
        self._prev_gain = self.c.gain[seg] * gain if seg >= 0 else 0.0
        return body * np.float32(10 ** (self.cfg.gain_db / 20))


def load_agent_target(agent, corpus: Path, role: str | None = None,
                      split: str | None = None) -> TargetCorpus:
    """The target corpus for an agent: the given role, else the agent's target role when the
    corpus has it, else every track."""
    if role is None:
        with CorpusStore(corpus) as s:
            role = agent.target_role if agent.target_role in s.roles() else None
    return load_target(corpus, agent.target_vocab, role, split=split)
