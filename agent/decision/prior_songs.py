"""Which training songs the prior counts (`TrainConfig.prior_songs`): every song, the
transposed copies included, or only the songs as written; and in which form
(`TrainConfig.prior_form`): count tables backing off from three ticks, or additive
(`agent.decision.additive`). Each chosen per agent by leaving training pieces out.

Why per agent: the copies widen the counts of 48 chorales (on validation pieces, counting only
the chorales as written lost 3.2 points, sampled plus greedy), but on Monteverdi's madrigals
they blur what the bass does in each mode (counting only the madrigals as written gained 1.3).
Four or five stop pieces chose badly (one dataset in twelve lost 4 points); leaving each of the
30 to 36 training pieces out in turn chose right on all twelve (README, Evaluation, thirteenth
round). Counting is cheap, so that choice costs seconds; the additive form's fits cost a few
seconds more. Which form: the count tables where training pieces share melodic turns (the
chorales), the additive one where they do not (the madrigals; README, Evaluation, seventeenth
round). How many ticks: three, or (an option, `TrainConfig.longer_prior`) more where the
training pieces share longer turns (the chorales at 0.25 s; nineteenth round)."""
from __future__ import annotations

import sys

import numpy as np
from tqdm import tqdm

from agent.decision.additive import AdditivePrior
from agent.decision.configs import SamplingConfig
from agent.decision.decider import sample
from agent.decision.evaluate import tpp
from agent.decision.prior import ContextCounts
from corpus.keys import shift_of

SOURCES = ("all", "written")
FORMS = ("counts", "additive")
Prior = ContextCounts | AdditivePrior


def songs_of(source: str, names: list[str]) -> list[int]:
    """The songs (indices) a source counts."""
    return [i for i, n in enumerate(names) if source == "all" or shift_of(n) == 0]


def leave_one_piece_out(prior: Prior, heard: list[np.ndarray], truths: list[np.ndarray],
                        names: list[str], rest: int | None, samples: int = 4,
                        seed: int = 0) -> tuple[float, float]:
    """TPP of the prior alone on each song as written, its own piece's counts taken out (the
    additive form: the fit without its fold of pieces; a tick's label depends on no earlier
    output, so free-running is tick by tick): sampled (`samples` runs, the default sampling)
    and argmax, each a mean over songs."""
    rng, sampled, greedy = np.random.default_rng(seed), [], []
    for i in songs_of("written", names):
        logp, b = prior.log_prior(heard[i], leave_out=names[i]), truths[i]
        greedy.append(tpp(logp.argmax(-1), b))
        for _ in range(samples):
            sampled.append(tpp(np.array([sample(x, SamplingConfig(), rng, None, rest)
                                         for x in logp]), b))
    return float(np.mean(sampled)), float(np.mean(greedy))


def prior_record(info: dict) -> dict:
    """What an agent's prior counted and why (`agent.json`'s info; empty for agents saved
    before the choice, or with a one-tick prior)."""
    return info.get("history", {}).get("prior", {})


def choose_prior(heard: list[np.ndarray], truths: list[np.ndarray], names: list[str],
                 k_guide: int, k_target: int, orders: tuple[int, ...], songs: str, form: str,
                 rest: int | None, progress: bool = False) -> tuple[Prior, dict]:
    """The prior over `songs` ("all", "written" or "choose") in `form` ("counts", "additive" or
    "choose"), over the guide's last `orders[0]` ticks, or for count tables the best of
    `orders`, and the record of what was fitted (with every candidate's leave-one-piece-out
    TPP, sampled and argmax, when chosen). Without transposed copies there are no songs to
    choose; a tie keeps the count tables, every song and the shorter order.

    Longer orders for count tables only: a longer table speaks only where its context recurs
    and otherwise backs off to the shorter one, while an additive prior over more ticks weighs
    every one of them, and choosing it was the noisier choice on the validation madrigals
    (README, Evaluation, nineteenth round)."""
    def made(f: str, s: str, o: int) -> Prior:
        keep = songs_of(s, names)
        kind = ContextCounts if f == "counts" else AdditivePrior
        return kind([heard[i] for i in keep], [truths[i] for i in keep],
                    [names[i] for i in keep], k_guide, k_target, o)

    copies = len(songs_of("written", names)) < len(names)
    srcs = (SOURCES if songs == "choose" else (songs,)) if copies else ("all",)
    forms = FORMS if form == "choose" else (form,)
    cands = [(f, s, o) for f in forms for s in srcs for o in orders
             if f == "counts" or o == orders[0]]
    several = len({o for _, _, o in cands}) > 1

    def name(f: str, s: str, o: int) -> str:
        return f"{f} {s}" + (f", {o} ticks" if several else "")

    if len(cands) == 1:
        (f, s, o), = cands
        why = "fixed" if copies else "no transposed copies"
        return made(f, s, o), {"form": f, "songs": s, "order": o, "why": why}
    fitted = {c: made(*c) for c in tqdm(cands, desc="prior", unit="candidate",
                                         disable=not progress, file=sys.stderr)}
    scores = {name(*c): [round(x, 2) for x in leave_one_piece_out(p, heard, truths, names, rest)]
              for c, p in fitted.items()}
    best = max(fitted, key=lambda c: (sum(scores[name(*c)]), c[0] == "counts", c[1] == "all",
                                      -c[2]))
    return fitted[best], {"form": best[0], "songs": best[1], "order": best[2],
                          "why": "leave one piece out", "tpp_sampled_greedy": scores}
