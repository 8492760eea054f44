"""Audio prompt adherence (APA), after the idea of Grötschla et al.: is a rendered answer B',
mixed with its guide A, closer in distribution to true (A, B) mixes than to mismatched ones?

    APA = 0.5 + (FD(Y, X') - FD(Y, X)) / (2 FD(X, X'))   clipped to [0, 1]

X = mixes of A with its true B, X' = A with a B from another song (or time-shifted), Y = A with
the rendered B'. FD is the Fréchet distance between Gaussians fitted to embeddings of 1 s windows,
using the project's own encoder so it runs offline. 1 = as adherent as the real pairing, 0.5 =
halfway, 0 = as unrelated as a mismatched pairing."""
from __future__ import annotations

import numpy as np
from scipy import linalg


def frechet(x: np.ndarray, y: np.ndarray, eps: float = 1e-4) -> float:
    mu1, mu2 = x.mean(0), y.mean(0)
    s1 = np.cov(x, rowvar=False) + eps * np.eye(x.shape[1])
    s2 = np.cov(y, rowvar=False) + eps * np.eye(y.shape[1])
    covmean = linalg.sqrtm(s1 @ s2)
    covmean = covmean.real if np.iscomplexobj(covmean) else covmean
    return float(np.sum((mu1 - mu2) ** 2) + np.trace(s1 + s2 - 2 * covmean))


def window_embeddings(encoder, signals: list[np.ndarray], win: int = 16000) -> np.ndarray:
    """Embeddings of consecutive `win`-sample windows of each 16 kHz signal, standardized."""
    wins = [s[i : i + win] for s in signals for i in range(0, len(s) - win + 1, win)]
    return encoder.encode(wins)


def _mix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    n = min(len(a), len(b))
    return a[:n] + b[:n]


def apa(encoder, guides: list[np.ndarray], truths: list[np.ndarray],
        outputs: list[np.ndarray]) -> dict[str, float]:
    """All signals mono 16 kHz; lists aligned by song."""
    n = len(guides)
    if n > 1:
        wrong = [truths[(i + 1) % n] for i in range(n)]
    else:
        wrong = [np.roll(truths[0], len(truths[0]) // 3)]
    embed = lambda pairs: window_embeddings(encoder, [_mix(a, b) for a, b in pairs])  # noqa: E731
    x = embed(zip(guides, truths))
    x_bad = embed(zip(guides, wrong))
    y = embed(zip(guides, outputs))
    z = np.concatenate([x, x_bad, y])
    mu, sd = z.mean(0), z.std(0) + 1e-6  # one standardization for all three sets
    x, x_bad, y = ((v - mu) / sd for v in (x, x_bad, y))
    d_true, d_bad, d_ref = frechet(y, x), frechet(y, x_bad), frechet(x, x_bad)
    score = 0.5 + (d_bad - d_true) / (2 * d_ref) if d_ref > 0 else float("nan")
    return {"apa": float(np.clip(score, 0.0, 1.0)), "fd_to_true": d_true,
            "fd_to_mismatched": d_bad, "fd_true_vs_mismatched": d_ref}
