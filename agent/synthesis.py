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
    audio: list  # per track, mono float32: an array, or a corpus.store.TrackReader (len, slices)
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
    track_roles: list[str] | None = None  # role per track ("fixed" placement: one place each)
    rest: int | None = None  # the vocabulary's rest label: always allowed, played as silence
    _spare: dict = field(default_factory=dict, init=False, repr=False)  # see `_push`

    def __post_init__(self) -> None:
        n = len(self.label)
        if self.weight is None:
            self.weight = np.ones(n)
        if self.track_tags is None:
            self.track_tags = [[] for _ in self.audio]
        if self.track_roles is None:
            self.track_roles = [name.rpartition("/")[2] for name in self.track_names]
        self.roles = sorted(set(self.track_roles))
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
        if self.rest is not None:
            self.allowed[self.rest] = True

    def add_track(self, name: str, tags: list[str]) -> int:
        """A track that fills while it is recorded; its segments come through `append`."""
        self.audio.append(np.zeros(0, np.float32))
        self.track_names.append(name)
        self.track_tags.append(list(tags))
        role = name.rpartition("/")[2]
        self.track_roles.append(role)
        self.roles = sorted({*self.roles, role})
        return len(self.audio) - 1

    def role_group(self, track: int) -> int:
        """The index of a track's role among the corpus's roles (sorted): one position per role
        for "fixed" placement."""
        return self.roles.index(self.track_roles[track])

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
            eq = track_eq(store, t["id"])
            if eq is None and t["sr"] == sr:  # read where played: no start-up cost, no memory
                audio.append(store.track_reader(t["key"]))
            else:  # a track to filter or resample is prepared whole, once
                x = store.track_audio(t["key"]).mean(axis=1)
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
        gain=10 ** (seg.gain_db / 20), seg_id=seg.id, track_names=names, k=vocab.n_labels,
        rest=vocab.rest,
        weight=weights, track_tags=[tags.get(t["id"], []) for t in tracks],
        track_roles=[t["role"] for t in tracks])


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
        """The segment to play for `label` (-1, silence, for the rest label)."""
        cfg = self.cfg
        if label == self.c.rest:
            self.prev, self.run = -1, 0
            return -1
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


def load_agent_target(agent, corpus: Path, role: str | None = None,
                      split: str | None = None) -> TargetCorpus:
    """The target corpus for an agent: the given role, else the agent's target role when the
    corpus has it, else every track."""
    if role is None:
        with CorpusStore(corpus) as s:
            role = agent.target_role if agent.target_role in s.roles() else None
    return load_target(corpus, agent.target_vocab, role, split=split)
