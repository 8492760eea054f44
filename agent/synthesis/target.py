"""The target corpus in memory: the segments an agent plays from, as preallocated arrays
(per-label candidate lists, the segment that follows each one in its recording, weights from
feedback, the region mask), so a choice costs well under a millisecond even for a million
segments. Audio is read from disk where it plays; a track whose file is missing or damaged is
left out with a warning naming it."""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from agent.synthesis.regions import Region, region_mask
from corpus.feedback import weights_from_store
from corpus.ingest import resample
from corpus.store import CorpusStore
from corpus.vocabulary import Vocabulary

log = logging.getLogger(__name__)


class SynthesisError(ValueError):
    pass


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
    rule: Region | None = None  # the region that made the mask (None: everything)
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

    def apply_feedback(self, segments: np.ndarray, factor: float) -> None:
        """Scale the selection weight of `segments` (indices or a mask) by `factor` (0 bans);
        from the next choice on, inside the current region."""
        w = self.weight.copy()
        w[segments] *= factor
        self.weight = w
        self.set_mask(self.region)

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
        playable = []
        for t in tracks:  # a damaged file costs its own segments, not the show
            problem = store.track_problem(t)
            if problem is None:
                playable.append(t)
            else:
                log.warning("%s (%s/%s); its segments are left out", problem, t["song"], t["role"])
        if tracks and not playable:
            raise SynthesisError(f"{corpus}: no playable audio (every track file is missing or "
                                 "damaged; see the warnings)")
        tracks = playable
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


def load_agent_target(agent, corpus: Path, role: str | None = None,
                      split: str | None = None) -> TargetCorpus:
    """The target corpus for an agent: the given role, else the agent's target role when the
    corpus has it, else every track."""
    if role is None:
        with CorpusStore(corpus) as s:
            role = agent.target_role if agent.target_role in s.roles() else None
    return load_target(corpus, agent.target_vocab, role, split=split)
