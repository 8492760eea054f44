"""Artist feedback: like / dislike / ban on what played, stored in the corpus database, turned
into selection weights (banned segments never play)."""
from __future__ import annotations

import numpy as np

from corpus.store import CorpusStore

VERDICT_FACTOR = {"like": 1.5, "dislike": 0.5, "ban": 0.0}


def add_feedback(store: CorpusStore, verdict: str, segment_id: int | None = None,
                 vocab_id: str | None = None, label: int | None = None, who: str = "",
                 note: str = "") -> int:
    """Store one verdict on a segment, or on a label of a vocabulary (all its segments)."""
    if verdict not in VERDICT_FACTOR:
        raise ValueError(f"feedback verdict {verdict!r} is not like, dislike or ban")
    if segment_id is None and (vocab_id is None or label is None):
        raise ValueError("feedback needs a segment id, or a vocabulary and a label")
    if segment_id is not None and store.db.execute(
            "SELECT 1 FROM segments WHERE id=?", (segment_id,)).fetchone() is None:
        raise ValueError(f"{store.root}: no segment with id {segment_id}")
    with store.transaction() as db:
        cur = db.execute("INSERT INTO feedback(segment_id, vocab_id, label, verdict, who, note) "
                         "VALUES (?,?,?,?,?,?)", (segment_id, vocab_id, label, verdict, who, note))
    return int(cur.lastrowid or 0)


def list_feedback(store: CorpusStore) -> list[dict]:
    cols = ["id", "segment_id", "vocab_id", "label", "verdict", "who", "at", "note"]
    return [dict(zip(cols, r)) for r in store.db.execute(
        f"SELECT {', '.join(cols)} FROM feedback ORDER BY id")]


def reset_feedback(store: CorpusStore, segment_id: int | None = None) -> int:
    with store.transaction() as db:
        if segment_id is None:
            return db.execute("DELETE FROM feedback").rowcount
        return db.execute("DELETE FROM feedback WHERE segment_id=?", (segment_id,)).rowcount


def weights_from_store(store: CorpusStore, vocab_id: str, seg_ids: np.ndarray) -> np.ndarray:
    w = np.ones(len(seg_ids))
    pos = {int(s): i for i, s in enumerate(seg_ids)}
    labels = None
    for seg, vid, label, verdict in store.db.execute(
            "SELECT segment_id, vocab_id, label, verdict FROM feedback ORDER BY id"):
        f = VERDICT_FACTOR[verdict]
        if seg is not None:
            if seg in pos:
                w[pos[seg]] *= f
        elif vid == vocab_id:
            if labels is None:
                lab = store.labels(vocab_id)
                labels = np.array([lab.get(int(s), -1) for s in seg_ids])
            w[labels == label] *= f
    return w
