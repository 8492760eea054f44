"""Regions: restrict an agent's choices to part of its target corpus (by tag, source track,
time range in the source, or label set). The mask feeds both the constrained decoding (labels
outside the region are never decided) and the segment choice."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # the corpus masks itself with region_mask; this module only reads it
    from agent.synthesis.target import TargetCorpus


@dataclass(frozen=True)
class Region:
    tags: tuple[str, ...] = ()  # any of these track tags
    tracks: tuple[str, ...] = ()  # "song" or "song/role"
    time: tuple[float, float] | None = None  # seconds within the source recording
    labels: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.tags or self.tracks or self.time or self.labels)


def region_mask(c: TargetCorpus, r: Region, sel: np.ndarray | None = None) -> np.ndarray:
    """Boolean per segment (of `sel`, default all); a region that selects nothing of the whole
    corpus is refused (it would play silence)."""
    idx = np.arange(len(c)) if sel is None else sel
    m = np.ones(len(idx), bool)
    if r.tags:
        ok = np.array([bool(set(r.tags) & set(t)) for t in c.track_tags])
        m &= ok[c.track[idx]]
    if r.tracks:
        ok = np.array([name in r.tracks or name.split("/")[0] in r.tracks
                       for name in c.track_names])
        m &= ok[c.track[idx]]
    if r.time is not None:
        a, b = r.time
        m &= (c.start[idx] >= a * c.sr) & (c.end[idx] <= b * c.sr)
    if r.labels:
        m &= np.isin(c.label[idx], r.labels)
    if sel is None and not m.any():
        raise ValueError(f"region {r} selects no segment of the target corpus")
    return m


def apply_region(c: TargetCorpus, r: Region) -> None:
    c.set_mask(np.ones(len(c), bool) if r.empty else region_mask(c, r))
    c.rule = r  # kept, so segments recorded later are masked by the same rule
