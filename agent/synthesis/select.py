"""Selection: which segment of the target corpus plays a decided label (continuity, novelty,
loudness fit, feedback weights), from preallocated arrays so a choice costs well under a ms."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from agent.synthesis.target import SynthesisError, TargetCorpus


@dataclass(frozen=True)
class SelectConfig:
    continuity: float = 2.0  # bonus for the segment that followed the last one in its recording
    novelty: float = 2.0  # penalty for a segment played within `novelty_window`
    novelty_window: float = 8.0  # seconds
    loudness: float = 0.5  # penalty per 10 dB away from the loudness target
    randomness: float = 0.5  # scale of the random (Gumbel) term: variety among equals
    max_run: int = 8  # longest verbatim run from one recording before continuity stops counting
    max_candidates: int = 1024  # candidates scored per tick (a random subset beyond this)


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

    def set_config(self, cfg: SelectConfig) -> None:
        """New weights from the next choice on (the recent-play memory is kept)."""
        self.cfg = cfg

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
