"""Which training songs the count prior counts (`TrainConfig.prior_songs`): every song, the
transposed copies included, or only the songs as written, chosen per agent by leaving one
training piece out at a time.

Why per agent: the copies widen the counts of 48 chorales (on validation pieces, counting only
the chorales as written lost 3.2 points, sampled plus greedy), but on Monteverdi's madrigals
they blur what the bass does in each mode (counting only the madrigals as written gained 1.3).
Four or five stop pieces chose badly (one dataset in twelve lost 4 points); leaving each of the
30 to 36 training pieces out in turn chose right on all twelve (README, Evaluation, thirteenth
round). Counting is cheap, so the choice costs seconds."""
from __future__ import annotations

import numpy as np

from agent.decision.configs import SamplingConfig
from agent.decision.decider import sample
from agent.decision.evaluate import tpp
from agent.decision.prior import ContextCounts
from corpus.keys import shift_of

SOURCES = ("all", "written")


def songs_of(source: str, names: list[str]) -> list[int]:
    """The songs (indices) a source counts."""
    return [i for i, n in enumerate(names) if source == "all" or shift_of(n) == 0]


def leave_one_piece_out(counts: ContextCounts, heard: list[np.ndarray], truths: list[np.ndarray],
                        names: list[str], rest: int | None, samples: int = 4,
                        seed: int = 0) -> tuple[float, float]:
    """TPP of the prior alone on each song as written, its own piece's counts taken out
    (a tick's label depends on no earlier output, so free-running is tick by tick): sampled
    (`samples` runs, the default sampling) and argmax, each a mean over songs."""
    rng, sampled, greedy = np.random.default_rng(seed), [], []
    for i in songs_of("written", names):
        logp, b = counts.log_prior(heard[i], leave_out=names[i]), truths[i]
        greedy.append(tpp(logp.argmax(-1), b))
        for _ in range(samples):
            sampled.append(tpp(np.array([sample(x, SamplingConfig(), rng, None, rest)
                                         for x in logp]), b))
    return float(np.mean(sampled)), float(np.mean(greedy))


def prior_record(info: dict) -> dict:
    """What an agent's prior counted and why (`agent.json`'s info; empty for agents saved
    before the choice, or with a one-tick prior)."""
    return info.get("history", {}).get("prior", {})


def count_prior(heard: list[np.ndarray], truths: list[np.ndarray], names: list[str],
                k_guide: int, k_target: int, order: int, songs: str, rest: int | None
                ) -> tuple[ContextCounts, dict]:
    """The prior's counts over `songs` ("all", "written" or "choose"), and the record of what
    was counted (with every candidate's leave-one-piece-out TPP, sampled and argmax, when
    chosen). Without transposed copies there is nothing to choose."""
    def counts_of(source: str) -> ContextCounts:
        keep = songs_of(source, names)
        return ContextCounts([heard[i] for i in keep], [truths[i] for i in keep],
                             [names[i] for i in keep], k_guide, k_target, order)

    if len(songs_of("written", names)) == len(names):
        return counts_of("all"), {"songs": "all", "why": "no transposed copies"}
    if songs != "choose":
        return counts_of(songs), {"songs": songs, "why": "fixed"}
    made = {s: counts_of(s) for s in SOURCES}
    scores = {s: [round(x, 2) for x in leave_one_piece_out(c, heard, truths, names, rest)]
              for s, c in made.items()}
    best = max(SOURCES, key=lambda s: (sum(scores[s]), s == "all"))  # a tie keeps every song
    return made[best], {"songs": best, "why": "leave one piece out",
                        "tpp_sampled_greedy": scores}
