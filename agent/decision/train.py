"""Training: learn p(b_t | a_<=t-lag, b_<t) from aligned label sequences of a corpus.

Single-process CPU by default; under `torchrun` (WORLD_SIZE set) the same command trains with
DistributedDataParallel, rank 0 writing the agent folder."""
from __future__ import annotations

import json
import logging
import math
import os
import sys
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from tqdm import tqdm

from agent.decision.agentdir import Agent, AgentError, save_agent
from agent.decision.configs import ModelConfig, TrainConfig
from agent.decision.model import DecisionModel, default_context
from corpus.atomic import atomic_path
from corpus.encoders import EncoderSpec, bundle
from corpus.store import CorpusStore

log = logging.getLogger(__name__)


@dataclass
class Pairs:
    """Aligned (A, B) label sequences, one per song."""

    names: list[str]
    a: list[np.ndarray]
    b: list[np.ndarray]

    def subset(self, keep: list[int]) -> "Pairs":
        return Pairs([self.names[i] for i in keep], [self.a[i] for i in keep],
                     [self.b[i] for i in keep])


@dataclass
class History:
    train: list[float] = field(default_factory=list)
    val: list[float] = field(default_factory=list)
    best_val: float = math.inf
    best_epoch: int = -1


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


def split_validation(p: Pairs, fraction: float, seed: int) -> tuple[Pairs, Pairs]:
    idx = np.random.default_rng(seed).permutation(len(p.names))
    n_val = max(1, int(round(fraction * len(idx)))) if len(idx) > 1 else 0
    return p.subset(sorted(idx[n_val:].tolist())), p.subset(sorted(idx[:n_val].tolist()))


def batch_from(seqs: list[tuple[np.ndarray, np.ndarray]], pad_a: int
               ) -> tuple[torch.Tensor, torch.Tensor]:
    """Pad to one length: A with the guide pad token, B with -100 (ignored by the loss)."""
    t = max(len(a) for a, _ in seqs)
    a = torch.full((len(seqs), t), pad_a, dtype=torch.long)
    b = torch.full((len(seqs), t), -100, dtype=torch.long)
    for i, (x, y) in enumerate(seqs):
        a[i, : len(x)] = torch.from_numpy(x)
        b[i, : len(y)] = torch.from_numpy(y)
    return a, b


def random_batch(p: Pairs, cfg: TrainConfig, rng: np.random.Generator, pad_a: int):
    lengths = np.array([len(x) for x in p.a], np.float64)
    songs = rng.choice(len(p.a), size=cfg.batch_size, p=lengths / lengths.sum())
    seqs = []
    for s in songs:
        n = len(p.a[s])
        start = int(rng.integers(0, max(1, n - cfg.seq_len + 1)))
        seqs.append((p.a[s][start : start + cfg.seq_len], p.b[s][start : start + cfg.seq_len]))
    return batch_from(seqs, pad_a)


def loss_of(model: DecisionModel, a: torch.Tensor, b: torch.Tensor,
            history_dropout: float = 0.0) -> torch.Tensor:
    """Cross-entropy of b_t. With `history_dropout`, that share of the past-B inputs is replaced
    by the start token: B repeats its last label most of the time, and a model that may not
    count on it learns to answer from the guide (free-running, its own past is less reliable)."""
    core = model.module if hasattr(model, "module") else model
    a_in, b_in = core.inputs(a, b)
    if history_dropout > 0:
        drop = torch.rand(b_in.shape, device=b_in.device) < history_dropout  # seeded, resumable
        b_in = b_in.masked_fill(drop, core.cfg.bos)
    logits = model(a_in, b_in)
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), b.reshape(-1), ignore_index=-100)


@torch.no_grad()
def evaluate_loss(model: DecisionModel, p: Pairs, device: str) -> float:
    """Teacher-forced cross-entropy over whole songs (validation only; quality is reported
    free-running by `agent.decision.evaluate`)."""
    if not p.names:
        return math.nan
    model.eval()
    core = model.module if hasattr(model, "module") else model
    a, b = batch_from(list(zip(p.a, p.b)), core.cfg.guide_pad)
    out = float(loss_of(model, a.to(device), b.to(device)))
    model.train()
    return out


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


def _dist() -> tuple[int, int]:
    """(rank, world size); initialises torch.distributed under torchrun."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world > 1 and not torch.distributed.is_initialized():
        backend = "nccl" if torch.cuda.is_available() else "gloo"
        torch.distributed.init_process_group(backend)
    return (int(os.environ.get("RANK", "0")), world)


def train(corpus: Path, guide: str, target: str, out: Path, tcfg: TrainConfig = TrainConfig(),
          model_overrides: dict | None = None, resume: bool = False, progress: bool = True,
          guide_vocab: str | None = None, target_vocab: str | None = None,
          k: int | None = None) -> Agent:
    out = Path(out)
    state_file = out / "train_state.pt"
    if (out / "agent.json").exists() and not resume:
        raise AgentError(f"{out}: already holds an agent; use --resume to continue training it "
                         "or choose another folder")
    if resume and not state_file.is_file():
        raise AgentError(f"{out}: nothing to resume (no train_state.pt)")
    with CorpusStore(corpus) as store:
        check_roles(store, guide, target)
        gvid = store.choose_vocabulary(guide, guide_vocab, k)
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

    rank, world = _dist()
    torch.manual_seed(tcfg.seed)
    model = DecisionModel(mcfg).to(tcfg.device)
    opt = torch.optim.AdamW(model.parameters(), lr=tcfg.lr, weight_decay=tcfg.weight_decay)
    hist, epoch0, bad = History(), 0, 0
    rng = np.random.default_rng(tcfg.seed + 1000 * rank)
    if resume:
        st = torch.load(state_file, map_location=tcfg.device, weights_only=True)
        model.load_state_dict(st["model"])
        opt.load_state_dict(st["optim"])
        hist = History(**json.loads(st["history"]))
        epoch0, bad = int(st["epoch"]), int(st["bad"])
        rng.bit_generator.state = json.loads(st["rng"])
        torch.set_rng_state(st["torch_rng"])
    wrapped = torch.nn.parallel.DistributedDataParallel(model) if world > 1 else model
    total = tcfg.max_epochs * tcfg.steps_per_epoch

    def lr_at(step: int) -> float:
        warm = min(1.0, (step + 1) / tcfg.warmup_steps)
        return tcfg.lr * warm * 0.5 * (1 + math.cos(math.pi * min(1.0, step / total)))

    info = {"train": asdict(tcfg), "corpus": str(Path(corpus).resolve()), "world_size": world,
            "train_songs": train_p.names, "val_songs": val_p.names}
    agent = Agent(out, model, gv, tv, encoder, segment, guide, target, info)
    bar = tqdm(range(epoch0, tcfg.max_epochs), desc="train", unit="epoch",
               disable=not progress or rank != 0, file=sys.stderr)
    model.train()
    for epoch in bar:
        losses = []
        for s in range(tcfg.steps_per_epoch):
            for g in opt.param_groups:
                g["lr"] = lr_at(epoch * tcfg.steps_per_epoch + s)
            a, b = random_batch(train_p, tcfg, rng, mcfg.guide_pad)
            loss = loss_of(wrapped, a.to(tcfg.device), b.to(tcfg.device), tcfg.history_dropout)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            losses.append(loss.item())
        val = evaluate_loss(model, val_p, tcfg.device)
        hist.train.append(float(np.mean(losses)))
        hist.val.append(val)
        improved = val < hist.best_val - 1e-4
        if improved:
            hist.best_val, hist.best_epoch, bad = val, epoch, 0
        else:
            bad += 1
        bar.set_postfix(train=f"{hist.train[-1]:.3f}", val=f"{val:.3f}")
        if rank == 0:
            agent.info["history"] = asdict(hist)
            if improved:
                save_agent(agent)
            with atomic_path(state_file) as tmp:
                torch.save({"model": model.state_dict(), "optim": opt.state_dict(),
                            "epoch": epoch + 1, "bad": bad, "history": json.dumps(asdict(hist)),
                            "rng": json.dumps(rng.bit_generator.state),
                            "torch_rng": torch.get_rng_state()}, tmp)
            plot_losses(hist, out / "loss.png")
        if bad >= tcfg.patience:
            log.info("early stop at epoch %d (best %d)", epoch + 1, hist.best_epoch + 1)
            break
    if world > 1:
        torch.distributed.barrier()
    from agent.decision.agentdir import load_agent

    best = load_agent(out)
    if rank == 0:  # the best model, with the whole history (the epochs after the best included)
        best.info["history"] = asdict(hist)
        save_agent(best)
        bundle(best.encoder, out, source=corpus)  # the agent plays with no hub and no cache
    return best
