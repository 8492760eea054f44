"""Generation: nucleus (top-p) sampling with temperature, greedy, and hard constraints, plus the
streaming decider that the offline renderer and the live engine both call once per tick."""
from __future__ import annotations

import numpy as np
import torch

from agent.decision.configs import SamplingConfig
from agent.decision.model import Model


def sample(logits: np.ndarray, cfg: SamplingConfig, rng: np.random.Generator,
           allowed: np.ndarray | None = None, rest: int | None = None) -> int:
    """Draw a label. `allowed` (bool, K) is a hard mask: a masked label is never drawn, and when
    nothing is allowed the unconstrained distribution is used (never silence).

    `rest` (the vocabulary's rest label, when it has one) is drawn with its own probability at
    temperature 1; top-p and temperature then choose among the sounding labels only. A rest is
    a decision, not one of K timbres: truncation made a 75% rest certain (and a bass that
    enters a rest never left it), and a low temperature favoured the one rest label over
    sounding ones spread across K clusters."""
    z = np.asarray(logits, np.float64).copy()
    if allowed is not None and allowed.any():
        z[~allowed] = -np.inf
    if cfg.temperature <= 0:
        return int(np.argmax(z))
    if rest is not None and np.isfinite(z[rest]):
        e = np.exp(z - z.max())
        p_rest = e[rest] / e.sum()
        if rng.random() < p_rest:
            return rest
        z[rest] = -np.inf
    z = z / cfg.temperature
    p = np.exp(z - z.max())
    p /= p.sum()
    order = np.argsort(-p, kind="stable")
    cum = np.cumsum(p[order])
    # Standard nucleus: the smallest prefix whose mass reaches top_p (the crossing label included).
    n = int(np.searchsorted(cum, cfg.top_p - 1e-12) + 1)
    keep = order[:n]
    q = p[keep] / p[keep].sum()
    return int(keep[rng.choice(n, p=q)])


class Decider:
    """Streaming decision state: feed the guide label of each tick, get the target label.

    Holds the KV cache, the previous output and its own random generator, so that two deciders
    with the same seed and inputs give the same labels; `snapshot`/`restore` copy all of it."""

    def __init__(self, model: Model, seed: int = 0, rest: int | None = None):
        self.model = model.eval()
        self.cfg = model.cfg
        self.rest = rest  # the target vocabulary's rest label (see `sample`)
        self.rng = np.random.default_rng(seed)
        self.reset()

    def reset(self) -> None:
        self.cache: list | None = None
        self.prev_b = self.cfg.bos
        self.before: tuple[int, ...] = ()  # the guide inputs of the last steps, newest first
        self.t = 0

    def logits(self, a_in: int | None) -> np.ndarray:
        """Advance one step. `a_in` is the guide label the model sees at this step, already
        delayed by the model's lag (a_{t-lag}; None = nothing heard yet). Returns the logits of
        b_t; the caller then `commit`s the label it plays."""
        a = self.cfg.guide_pad if a_in is None else int(a_in)
        out, self.cache = self.model.step(a, self.prev_b, self.cache, self.before)
        self.before = (a, *self.before)[: max(0, self.cfg.prior_order - 1)]
        return out.numpy()

    def commit(self, b_t: int) -> None:
        self.prev_b = int(b_t)
        self.t += 1

    def step(self, a_in: int | None, cfg: SamplingConfig, allowed: np.ndarray | None = None
             ) -> int:
        b = sample(self.logits(a_in), cfg, self.rng, allowed, self.rest)
        self.commit(b)
        return b

    def snapshot(self) -> dict:
        return {"cache": None if self.cache is None else
                [(k.clone(), v.clone()) for k, v in self.cache],
                "prev_b": self.prev_b, "t": self.t, "before": self.before,
                "rng": self.rng.bit_generator.state}

    def restore(self, snap: dict) -> None:
        self.cache = None if snap["cache"] is None else [(k.clone(), v.clone())
                                                         for k, v in snap["cache"]]
        self.prev_b, self.t, self.before = snap["prev_b"], snap["t"], snap["before"]
        self.rng.bit_generator.state = snap["rng"]


def generate(model: Model, guide: np.ndarray, cfg: SamplingConfig, seed: int = 0,
             allowed: np.ndarray | None = None, rest: int | None = None) -> np.ndarray:
    """Free-running generation over a whole guide sequence (hears only A and its own past B)."""
    d = Decider(model, seed, rest)
    lag = model.cfg.lag
    with torch.inference_mode():
        return np.array([d.step(int(guide[t - lag]) if t >= lag else None, cfg, allowed)
                         for t in range(len(guide))], np.int64)
