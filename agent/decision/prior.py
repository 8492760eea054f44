"""The decision model's prior: b_t counted against the guide's last `order` ticks heard
(a_{t-lag}, a_{t-lag-1}, ...), each context backing off to the next shorter one, down to B's
label frequencies. The network learns a correction to it (`ModelConfig.prior_order`).

Why more than one tick: with 48 training chorales, a table over the soprano's last three ticks
beats the one over its last tick by 3 to 6 points on validation pieces, and the network alone
did not learn it (README, Evaluation, tenth and eleventh rounds). Why cross-fitted: a context
of three ticks is often seen in one piece only, so a training song's own counts would hand the
network its answer; while training, each piece's prior leaves that piece (all its keys) out,
as the prior of a song never heard does on stage."""
from __future__ import annotations

import numpy as np

from corpus.keys import piece_of

BACKOFF = 1.0  # pseudo-count of the shorter context's distribution in each longer one


def contexts(a_in: np.ndarray, order: int, pad: int) -> np.ndarray:
    """(T, order): row t holds a_in[t], a_in[t-1], ... (pad before the start). `a_in` is the
    guide as the model sees it, already delayed by the lag."""
    x = np.concatenate([np.full(order - 1, pad, np.int64), np.asarray(a_in, np.int64)])
    return np.stack([x[order - 1 - g : len(x) - g] for g in range(order)], axis=1)


class ContextCounts:
    """Counts of b_t per guide context of 1..order ticks, in total and per piece."""

    def __init__(self, guides: list[np.ndarray], truths: list[np.ndarray], names: list[str],
                 k_guide: int, k_target: int, order: int):
        self.k_guide, self.k, self.order = k_guide, k_target, order
        self.labels = np.ones(k_target)  # add-one: no label is impossible
        self.total: list[dict[tuple, np.ndarray]] = [{} for _ in range(order)]
        self.piece: dict[str, list[dict[tuple, np.ndarray]]] = {}  # the same, per piece
        self.piece_labels: dict[str, np.ndarray] = {}
        for a_in, b, name in zip(guides, truths, names):
            counts = np.bincount(b, minlength=k_target).astype(np.float64)
            self.labels += counts
            piece = piece_of(name)
            own = self.piece.setdefault(piece, [{} for _ in range(order)])
            self.piece_labels[piece] = self.piece_labels.get(piece, 0) + counts
            ctx = contexts(a_in, order, k_guide)
            for o in range(order):
                for key, y in zip(map(tuple, ctx[:, : o + 1].tolist()), b.tolist()):
                    self.total[o].setdefault(key, np.zeros(k_target))[y] += 1
                    own[o].setdefault(key, np.zeros(k_target))[y] += 1

    def _p(self, key: tuple, piece: str | None) -> np.ndarray:
        """p(b | key), with `piece`'s own counts taken out."""
        p = self.labels - self.piece_labels[piece] if piece in self.piece_labels else self.labels
        p = p / p.sum()
        own = self.piece.get(piece) if piece is not None else None
        for o in range(self.order):
            c = self.total[o].get(key[: o + 1])
            if c is None:
                break  # a longer context holds this one: it was never seen either
            if own is not None and key[: o + 1] in own[o]:
                c = c - own[o][key[: o + 1]]
            n = c.sum()
            if n > 0:
                p = (c + BACKOFF * p) / (n + BACKOFF)
        return p

    def log_prior(self, a_in: np.ndarray, leave_out: str | None = None) -> np.ndarray:
        """(T, K) log p(b_t | context) along a delayed guide; `leave_out` a piece's name (a
        training song's own piece: its counts are taken out)."""
        piece = None if leave_out is None else piece_of(leave_out)
        cache: dict[tuple, np.ndarray] = {}
        rows = []
        for key in map(tuple, contexts(a_in, self.order, self.k_guide).tolist()):
            if key not in cache:
                cache[key] = self._p(key, piece)
            rows.append(cache[key])
        return np.log(np.array(rows, np.float32)).reshape(-1, self.k)

    def tables(self) -> tuple[np.ndarray, list[tuple[np.ndarray, np.ndarray]]]:
        """What the model keeps: log p for every single guide token (k_guide + 1 rows, the pad
        included), and for each longer order the contexts seen, as sorted integer codes
        (`code`), with their log p."""
        one = np.log(np.array([self._p((a,), None) for a in range(self.k_guide + 1)],
                              np.float32))
        longer = []
        for o in range(1, self.order):
            keys = list(self.total[o])
            codes = code(np.array(keys), self.k_guide)
            rank = np.argsort(codes)
            logp = np.log(np.array([self._p(keys[i], None) for i in rank], np.float32))
            longer.append((codes[rank], logp.reshape(-1, self.k)))
        return one, longer


def code(ctx: np.ndarray, k_guide: int) -> np.ndarray:
    """One integer per context (last axis: a_t, a_{t-1}, ...), base k_guide + 1."""
    base = np.int64(k_guide + 1) ** np.arange(ctx.shape[-1], dtype=np.int64)
    return (np.asarray(ctx, np.int64) * base).sum(-1)
