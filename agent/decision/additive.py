"""The additive prior: log p(b_t | a_{t-lag}, ..., a_{t-lag-order+1}) = bias + W_0[a_{t-lag}] +
W_1[a_{t-lag-1}] + ..., a multinomial logistic regression (scikit-learn, L2) on the guide's
last `order` ticks, one-hot (`ModelConfig.prior_form` "additive").

Why beside the count tables: a count table over three ticks knows a context only where it heard
it, which the chorales do (Bach's chorales share melodic turns) and the madrigals do not. The
additive form adds what each tick says alone, so an unheard three-tick context still gets an
answer from all three ticks; on the seguente's validation madrigals it beat the strongest
count table where the three-tick table lost to it (README, Evaluation, seventeenth round).
`prior_songs.choose_prior` chooses the form per agent, leaving training pieces out.

Cross-fitted as the count prior is, but by folds of pieces, not piece by piece: a fit costs a
second or two, a count table's leave-one-out only a subtraction."""
from __future__ import annotations

import warnings

import numpy as np
from scipy import sparse
from scipy.special import log_softmax

from agent.decision.prior import contexts
from corpus.keys import piece_of

C = 1.0  # inverse L2 strength: 1 chosen on the validation madrigals over 0.1 and 0.3
FOLDS = 5  # pieces per fold: about a fifth of the training pieces left out per fit
UNSEEN = -10.0  # bias of a label no training song had, below every seen one's


def one_hot(a_in: np.ndarray, order: int, k_guide: int) -> sparse.csr_matrix:
    """(T, order x (k_guide + 1)): column g x (k_guide + 1) + a_in[t-g] is 1 (pad before the
    start)."""
    ctx = contexts(a_in, order, k_guide)
    cols = (ctx + np.arange(order) * (k_guide + 1)).ravel()
    rows = np.repeat(np.arange(len(ctx)), order)
    return sparse.csr_matrix((np.ones(len(cols)), (rows, cols)),
                             shape=(len(ctx), order * (k_guide + 1)))


def fit_weights(heard: list[np.ndarray], truths: list[np.ndarray], order: int, k_guide: int,
                k_target: int) -> tuple[np.ndarray, np.ndarray]:
    """The weights (order, k_guide + 1, k_target) and bias (k_target,) fitted on these songs.
    A label no song has gets UNSEEN; with fewer than two labels heard, only the bias speaks."""
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 (seconds to import)

    y = np.concatenate(truths)
    w = np.zeros((order, k_guide + 1, k_target))
    bias = np.full(k_target, UNSEEN)
    seen = np.unique(y)
    if len(seen) < 2:
        bias[seen] = 0.0
        return w, bias
    x = sparse.vstack([one_hot(a, order, k_guide) for a in heard])
    with warnings.catch_warnings():  # lbfgs may stop short of tolerance: its best is kept
        warnings.simplefilter("ignore")
        lr = LogisticRegression(C=C, max_iter=300).fit(x, y)
    w[:, :, lr.classes_] = lr.coef_.T.reshape(order, k_guide + 1, len(lr.classes_))
    bias[lr.classes_] = lr.intercept_
    return w, bias


class AdditivePrior:
    """The additive prior fitted on every song, and once per fold of pieces without them: a
    training song's prior (`leave_out`) comes from the fit that never saw its piece."""

    def __init__(self, heard: list[np.ndarray], truths: list[np.ndarray], names: list[str],
                 k_guide: int, k_target: int, order: int):
        self.k_guide, self.order = k_guide, order
        pieces = sorted({piece_of(n) for n in names})
        self.fold_of = {p: i % FOLDS for i, p in enumerate(pieces)}
        self.full = fit_weights(heard, truths, order, k_guide, k_target)
        self.folds = []
        for f in range(min(FOLDS, len(pieces))):
            keep = [i for i, n in enumerate(names) if self.fold_of[piece_of(n)] != f]
            self.folds.append(fit_weights([heard[i] for i in keep], [truths[i] for i in keep],
                                          order, k_guide, k_target) if keep else self.full)

    def log_prior(self, a_in: np.ndarray, leave_out: str | None = None) -> np.ndarray:
        """(T, K) log p(b_t | the guide's last `order` ticks) along a delayed guide; with
        `leave_out` (a training song's name) from the fit without its piece."""
        piece = None if leave_out is None else piece_of(leave_out)
        w, bias = self.full if piece not in self.fold_of else self.folds[self.fold_of[piece]]
        ctx = contexts(a_in, self.order, self.k_guide)
        x = bias + sum(w[g][ctx[:, g]] for g in range(self.order))
        return log_softmax(x, axis=-1).astype(np.float32)

    def tables(self) -> tuple[np.ndarray, np.ndarray]:
        """What the model keeps: the full fit's weights and bias."""
        return self.full
