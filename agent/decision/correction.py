"""How much of the network's correction to the count prior an agent says
(`ModelConfig.correction`), chosen once training stops, on the validation pieces, free-running as
on stage. The network learns what the prior misses on the training songs; where that does not
carry to new pieces (on the madrigals' basso seguente the full correction played worse than the
prior alone), less of it plays better, and the validation pieces say how much less."""
from __future__ import annotations

import numpy as np

from agent.decision.configs import CORRECTIONS, SamplingConfig
from agent.decision.evaluate import GREEDY, free_run, model_policy, tpp
from agent.decision.fit import Pairs, as_written
from agent.decision.model import Model
from agent.decision.prior_songs import prior_record


def model_tpp(model: Model, p: Pairs, rest: int | None, sampling: SamplingConfig,
              samples: int = 4, seed: int = 0) -> tuple[float, float]:
    """Mean TPP of the model on songs `p`, free-running: sampled (`samples` runs) and greedy."""
    lag, rng, sampled, greedy = model.cfg.lag, np.random.default_rng(seed), [], []
    for a, b in zip(p.a, p.b):
        policy = model_policy(model, a, len(b), rest)
        for _ in range(samples):
            sampled.append(tpp(free_run(policy, a, len(b), lag, sampling, rng, None, rest), b))
        greedy.append(tpp(free_run(policy, a, len(b), lag, GREEDY, rng, None, rest), b))
    return float(np.mean(sampled)), float(np.mean(greedy))


def choose_correction(model: Model, val_p: Pairs, rest: int | None,
                      sampling: SamplingConfig = SamplingConfig()
                      ) -> tuple[float, dict[str, list[float]]]:
    """The correction of CORRECTIONS with the best sampled + greedy TPP on the validation songs
    as written (transposed copies are not what the agent will hear), the larger on a tie; the
    model is left at it. Returns it and every candidate's (sampled, greedy) TPP."""
    songs = as_written(val_p) or val_p
    scores = {}
    for c in CORRECTIONS:
        model.set_correction(c)
        scores[f"{c:g}"] = [round(x, 2) for x in model_tpp(model, songs, rest, sampling)]
    best = max(CORRECTIONS, key=lambda c: (sum(scores[f"{c:g}"]), c))
    model.set_correction(best)
    return best, scores


def settle_correction(model: Model, correction: str, val_p: Pairs, rest: int | None
                      ) -> dict | None:
    """Leave a trained model at the correction its training config asks for: a number, or
    "choose" (on `val_p`, the pieces training stopped on). Returns the choice's record (for
    agent.json), or None when nothing was chosen."""
    if not model.cfg.cooc_prior:
        return None
    if correction != "choose":
        model.set_correction(float(correction))
        return None
    if not val_p.names:
        return None
    c, scores = choose_correction(model, val_p, rest)
    return {"chosen": c, "val_tpp_sampled_greedy": scores}


def correction_note(model: Model, info: dict) -> str:
    """How much of the network the agent says, and its prior's form, ticks and songs, for the
    train and demo printouts."""
    if not model.cfg.cooc_prior:
        return "no count prior"
    how = "chosen on the validation pieces" if "correction" in info else "fixed"
    note = f"network correction {model.cfg.correction:g} ({how})"
    prior = prior_record(info)
    if prior.get("why") == "leave one piece out":
        scores = ", ".join(f"{s} {sum(v):.1f}" for s, v in prior["tpp_sampled_greedy"].items())
        note += (f", prior {prior.get('form', 'counts')} over {model.cfg.prior_order} ticks on "
                 f"{prior['songs']} songs (chosen leaving pieces out: TPP sampled + greedy "
                 f"{scores})")
    return note
