"""Training: learn p(b_t | a_<=t-lag, b_<t) from aligned label sequences of a corpus, and write
the agent folder (rank 0 under `torchrun`). The loop itself is `agent.decision.fit`."""
from __future__ import annotations

from dataclasses import asdict, replace
from pathlib import Path

import torch

from agent.decision.agentdir import Agent, AgentError, save_agent
from agent.decision.configs import ModelConfig, TrainConfig
from agent.decision.correction import settle_correction
from agent.decision.fit import History, Pairs, fit, rank_world, split_validation
from agent.decision.model import Model, default_context
from corpus.atomic import atomic_path
from corpus.encoders import EncoderSpec, bundle
from corpus.store import CorpusStore


def check_roles(store: CorpusStore, *roles: str) -> None:
    have = store.roles()
    for r in roles:
        if r not in have:
            raise ValueError(f"{store.root}: corpus has no role {r!r} (roles: {', '.join(have)})")


def load_pairs(store: CorpusStore, guide: str, target: str, guide_vid: str, target_vid: str,
               split: str | None) -> Pairs:
    check_roles(store, guide, target)
    ga = store.label_sequences(guide_vid, guide, split)
    tb = store.label_sequences(target_vid, target, split)
    names = sorted(set(ga) & set(tb))
    a = [ga[n][: min(len(ga[n]), len(tb[n]))] for n in names]
    b = [tb[n][: len(x)] for n, x in zip(names, a)]
    return Pairs(names, a, b)


def plot_losses(h: History, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(range(1, len(h.train) + 1), h.train, label="train")
    ax.plot(range(1, len(h.val) + 1), h.val, label="validation")
    if h.best_epoch >= 0:
        ax.axvline(h.best_epoch + 1, color="grey", ls=":", label="best")
    ax.set_xlabel("epoch")
    ax.set_ylabel("cross-entropy (nats)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)


def train(corpus: Path, guide: str, target: str, out: Path, tcfg: TrainConfig = TrainConfig(),
          model_overrides: dict | None = None, resume: bool = False, progress: bool = True,
          guide_vocab: str | None = None, target_vocab: str | None = None,
          k: int | None = None, guide_k: int | None = None) -> Agent:
    """Train a guide -> target agent on `corpus`'s training songs into `out`. The vocabularies:
    the ids given, else each role's of K = `k` (the guide's of K = `guide_k` when given: it can
    hear more finely than it answers, README, Evaluation, sixteenth round), else the only one."""
    out = Path(out)
    state_file = out / "train_state.pt"
    if (out / "agent.json").exists() and not resume:
        raise AgentError(f"{out}: already holds an agent; use --resume to continue training it "
                         "or choose another folder")
    if resume and not state_file.is_file():
        raise AgentError(f"{out}: nothing to resume (no train_state.pt)")
    with CorpusStore(corpus) as store:
        check_roles(store, guide, target)
        gvid = store.choose_vocabulary(guide, guide_vocab, guide_k or k)
        tvid = store.choose_vocabulary(target, target_vocab, k)
        pairs = load_pairs(store, guide, target, gvid, tvid, "train")
        gv, tv = store.vocabulary(gvid), store.vocabulary(tvid)
        encoder = EncoderSpec.from_dict(store.encoder)
        segment = store.config["segment"]
    if len(pairs.names) < 2:
        raise ValueError(f"{corpus}: {len(pairs.names)} training songs with both {guide} and "
                         f"{target}; need at least 2")
    train_p, val_p = split_validation(pairs, tcfg.val_fraction, tcfg.seed)
    mcfg = ModelConfig(k_guide=gv.n_labels, k_target=tv.n_labels,
                       context=default_context(segment["duration"]))
    mcfg = replace(mcfg, **(model_overrides or {}))
    info = {"train": asdict(tcfg), "corpus": str(Path(corpus).resolve()), "world_size": rank_world()[1],
            "train_songs": train_p.names, "val_songs": val_p.names}

    def on_epoch(model: Model, hist: History, improved: bool, state) -> None:
        if improved:
            save_agent(Agent(out, model, gv, tv, encoder, segment, guide, target,
                             {**info, "history": asdict(hist)}))
        with atomic_path(state_file) as tmp:
            torch.save(state(), tmp)
        plot_losses(hist, out / "loss.png")

    st = torch.load(state_file, map_location=tcfg.device, weights_only=True) if resume else None
    _, hist = fit(train_p, val_p, mcfg, tcfg, st, on_epoch, progress, gv.centroids, tv.rest)
    from agent.decision.agentdir import load_agent

    best = load_agent(out)  # the best epoch, saved when it came (before a resume, too)
    if rank_world()[0] == 0:  # with the whole history, the epochs after the best included
        best.info["history"] = asdict(hist)
        chosen = settle_correction(best.model, tcfg.correction, val_p, tv.rest)
        if chosen is not None:
            best.info["correction"] = chosen
        save_agent(best)
        bundle(best.encoder, out, source=corpus)  # the agent plays with no hub and no cache
    return best
