"""Evaluation as in Bujard et al. (2025), free-running: the model hears only the held-out guide
and its own past output, as on stage.

TPP  = 100 * share of steps where the generated label equals the true B label.
LCP_i = length of the longest run starting at i where generated and true labels agree.
Baselines (explicit, since the paper's is not recoverable): `uniform` draws labels uniformly,
`unigram` draws from B's training label frequencies. With constraints, every method is restricted
to the labels present in the song's true B track (the paper's re-generation task, where the
target corpus is B's own audio)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from agent.model import DecisionModel
from agent.sample import SamplingConfig, generate


def tpp(pred: np.ndarray, true: np.ndarray) -> float:
    return 100.0 * float(np.mean(pred == true)) if len(true) else float("nan")


def lcp_per_position(pred: np.ndarray, true: np.ndarray) -> np.ndarray:
    """LCP_i for every i, from the end backwards: a match extends the run that follows it."""
    out = np.zeros(len(true), np.int64)
    run = 0
    for i in range(len(true) - 1, -1, -1):
        run = run + 1 if pred[i] == true[i] else 0
        out[i] = run
    return out


@dataclass
class EvalResult:
    method: str
    constrained: bool
    tpp_mean: float
    tpp_median: float
    lcp_mean: float
    lcp_curve: np.ndarray  # mean LCP_i over songs, per position i
    n_songs: int

    def row(self) -> dict:
        return {"method": self.method, "constrained": self.constrained,
                "tpp_mean": round(self.tpp_mean, 2), "tpp_median": round(self.tpp_median, 2),
                "lcp_mean": round(self.lcp_mean, 3), "songs": self.n_songs}


def _baseline(kind: str, n: int, k: int, prior: np.ndarray, rng: np.random.Generator,
              allowed: np.ndarray | None) -> np.ndarray:
    p = np.ones(k) if kind == "uniform" else prior.astype(np.float64).copy()
    if allowed is not None:
        p = np.where(allowed, p, 0.0)
        if p.sum() == 0:
            p = allowed.astype(np.float64)
    return rng.choice(k, size=n, p=p / p.sum())


def evaluate(model: DecisionModel, guides: list[np.ndarray], truths: list[np.ndarray],
             prior: np.ndarray, sampling: SamplingConfig = SamplingConfig(),
             constrained: bool = False, samples: int = 4, seed: int = 0) -> list[EvalResult]:
    """Model and both baselines on the same songs; each song is generated `samples` times."""
    k = model.cfg.k_target
    t_max = max(len(t) for t in truths)
    scores: dict[str, tuple[list, np.ndarray, np.ndarray]] = {
        m: ([], np.zeros(t_max), np.zeros(t_max)) for m in ("model", "uniform", "unigram")}
    rng = np.random.default_rng(seed)
    with torch.inference_mode():
        for si, (a, b) in enumerate(zip(guides, truths)):
            allowed = np.bincount(b, minlength=k) > 0 if constrained else None
            for r in range(samples):
                preds = {"model": generate(model, a, sampling, seed=seed + 1000 * si + r,
                                           allowed=allowed),
                         "uniform": _baseline("uniform", len(b), k, prior, rng, allowed),
                         "unigram": _baseline("unigram", len(b), k, prior, rng, allowed)}
                for m, pred in preds.items():
                    tp, lsum, lcount = scores[m]
                    tp.append(tpp(pred, b))
                    lsum[: len(b)] += lcp_per_position(pred, b)
                    lcount[: len(b)] += 1
    out = []
    for m, (tp, lsum, lcount) in scores.items():
        curve = lsum / np.maximum(lcount, 1)
        out.append(EvalResult(m, constrained, float(np.mean(tp)), float(np.median(tp)),
                              float(lsum.sum() / max(lcount.sum(), 1)), curve, len(guides)))
    return out


@torch.no_grad()
def teacher_forced_accuracy(model: DecisionModel, guides: list[np.ndarray],
                            truths: list[np.ndarray]) -> float:
    """Next-label accuracy given the true past (reported beside, never instead of, TPP)."""
    hits = total = 0
    for a, b in zip(guides, truths):
        at, bt = torch.from_numpy(a)[None], torch.from_numpy(b)[None]
        pred = model(*model.inputs(at, bt))[0].argmax(-1).numpy()
        hits += int((pred == b).sum())
        total += len(b)
    return 100.0 * hits / max(total, 1)


def markdown_table(rows: list[dict], cols: list[str]) -> str:
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in rows:
        lines.append("| " + " | ".join(str(r.get(c, "")) for c in cols) + " |")
    return "\n".join(lines)


