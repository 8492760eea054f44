"""Fitting the decision model to aligned label pairs: batches, loss, early stopping on the
validation songs. Pure of corpora and files (the CLI's `train` and the ablations share it).

Single-process CPU by default; under `torchrun` (WORLD_SIZE set) the same loop runs with
DistributedDataParallel."""
from __future__ import annotations

import json
import logging
import math
import os
import sys
from dataclasses import asdict, dataclass, field, replace

import numpy as np
import torch
import torch.nn.functional as F
from tqdm import tqdm

from agent.decision.additive import AdditivePrior
from agent.decision.configs import ModelConfig, TrainConfig
from agent.decision.evaluate import CountTables, delayed
from agent.decision.model import Model, build_model
from agent.decision.prior_songs import Prior, choose_prior
from corpus.keys import piece_of, shift_of

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
    prior: dict = field(default_factory=dict)  # the prior's form and songs, and why


def in_keys(p: Pairs, shifts: set[int]) -> Pairs | None:
    """The songs of `p` transposed by one of `shifts`, when that leaves some songs out and
    keeps some; else None."""
    keep = [i for i, n in enumerate(p.names) if shift_of(n) in shifts]
    return p.subset(keep) if 0 < len(keep) < len(p.names) else None


def as_written(p: Pairs) -> Pairs | None:
    """The songs as written (no transposed `NAME_t+2` copy), when there are copies too."""
    return in_keys(p, {0})


def baseline_tables(p: Pairs, k_guide: int, k_target: int, lag: int, judged: list[str]
                    ) -> tuple[CountTables, CountTables | None]:
    """The count tables of the baselines on training songs `p`, and their twins counted on the
    training songs in the keys of the songs they are `judged` on, when `p` has songs in other
    keys too (transposed copies for augmentation; `evaluate(..., same_keys=)`)."""
    w = in_keys(p, {shift_of(n) for n in judged})
    return (CountTables(p.a, p.b, k_guide, k_target, lag),
            None if w is None else CountTables(w.a, w.b, k_guide, k_target, lag))


def split_validation(p: Pairs, fraction: float, seed: int) -> tuple[Pairs, Pairs]:
    """About `fraction` of the songs held out for validation, whole pieces at a time."""
    pieces = sorted({piece_of(n) for n in p.names})
    order = np.random.default_rng(seed).permutation(len(pieces))
    n_val = max(1, int(round(fraction * len(pieces)))) if len(pieces) > 1 else 0
    val = {pieces[i] for i in order[:n_val]}
    held = [piece_of(n) in val for n in p.names]
    return (p.subset([i for i, h in enumerate(held) if not h]),
            p.subset([i for i, h in enumerate(held) if h]))


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


def random_batch(p: Pairs, cfg: TrainConfig, rng: np.random.Generator, pad_a: int,
                 priors: list[torch.Tensor] | None = None):
    """Random crops of `seq_len` ticks, songs drawn by length: (a, b) padded, and with `priors`
    (one (T, K) per song) the crops' priors, (B, T, K), or None."""
    lengths = np.array([len(x) for x in p.a], np.float64)
    songs = rng.choice(len(p.a), size=cfg.batch_size, p=lengths / lengths.sum())
    seqs, crops = [], []
    for s in songs:
        n = len(p.a[s])
        start = int(rng.integers(0, max(1, n - cfg.seq_len + 1)))
        seqs.append((p.a[s][start : start + cfg.seq_len], p.b[s][start : start + cfg.seq_len]))
        if priors is not None:
            crops.append(priors[s][start : start + cfg.seq_len])
    a, b = batch_from(seqs, pad_a)
    if not crops:
        return a, b, None
    prior = torch.zeros(*a.shape, crops[0].shape[1])
    for i, c in enumerate(crops):
        prior[i, : len(c)] = c
    return a, b, prior


def loss_of(model: Model, a: torch.Tensor, b: torch.Tensor, history_dropout: float = 0.0,
            own_share: float = 0.0, prior: torch.Tensor | None = None) -> torch.Tensor:
    """Cross-entropy of b_t. With `history_dropout`, that share of the past-B inputs is replaced
    by the start token: B repeats its last label most of the time, and a model that may not
    count on it learns to answer from the guide (free-running, its own past is less reliable).
    With `own_share` (scheduled sampling), that share of the past-B inputs is replaced by labels
    the model itself samples from a first, teacher-forced pass: it learns from inputs like the
    ones it will feed itself on stage. `prior` replaces the model's own (`fit`: cross-fitted)."""
    core = model.module if hasattr(model, "module") else model
    a_in, b_in = core.inputs(a, b)
    if own_share > 0:
        with torch.no_grad():
            probs = torch.softmax(model(a_in, b_in, prior=prior).float(), dim=-1)
            own = torch.multinomial(probs.reshape(-1, probs.shape[-1]), 1).view(b_in.shape)
        swap = torch.rand(b_in.shape, device=b_in.device) < own_share
        swap[:, 0] = False  # the start token stays
        b_in = torch.where(swap, torch.roll(own, 1, dims=1), b_in)
    if history_dropout > 0:
        drop = torch.rand(b_in.shape, device=b_in.device) < history_dropout  # seeded, resumable
        b_in = b_in.masked_fill(drop, core.cfg.bos)
    logits = model(a_in, b_in, members=True, prior=prior)  # each member's own loss
    return torch.stack([F.cross_entropy(x.reshape(-1, x.shape[-1]), b.reshape(-1),
                                        ignore_index=-100) for x in logits]).mean()


@torch.no_grad()
def evaluate_loss(model: Model, p: Pairs, device: str) -> float:
    """Teacher-forced cross-entropy over whole songs (validation only; quality is reported
    free-running by `agent.decision.evaluate`)."""
    if not p.names:
        return math.nan
    model.eval()
    core = model.module if hasattr(model, "module") else model
    a, b = batch_from(list(zip(p.a, p.b)), core.cfg.guide_pad)
    a, b = a.to(device), b.to(device)
    logits = model(*core.inputs(a, b))  # an ensemble's own loss, not its members' mean
    out = float(F.cross_entropy(logits.reshape(-1, logits.shape[-1]), b.reshape(-1),
                                ignore_index=-100))
    model.train()
    return out


def rank_world() -> tuple[int, int]:
    """(rank, world size); initialises torch.distributed under torchrun."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world > 1 and not torch.distributed.is_initialized():
        backend = "nccl" if torch.cuda.is_available() else "gloo"
        torch.distributed.init_process_group(backend)
    return (int(os.environ.get("RANK", "0")), world)


def fit(train_p: Pairs, val_p: Pairs, mcfg: ModelConfig, tcfg: TrainConfig,
        resume: dict | None = None, on_epoch=None, progress: bool = False,
        guide_centroids: np.ndarray | None = None, rest: int | None = None
        ) -> tuple[Model, History]:
    """Train a decision model on label pairs, stopping early on the validation loss; returns
    the best epoch's model and the whole history. `on_epoch(model, history, improved, state)`
    sees every epoch (to save it); `state()` is taken when asked, after whatever the callback
    did first (saving an agent draws on torch's generator), and `resume` is such a state. No
    corpus, no files: the ablations call this directly. `guide_centroids` (the guide
    vocabulary's, K x d) are needed by the centroid embedding; `rest` (the target's rest label)
    by the choice of the songs the prior counts."""
    rank, world = rank_world()
    torch.manual_seed(tcfg.seed)
    mcfg = replace(mcfg, hears_b=mcfg.hears_b and tcfg.history_dropout < 1.0)
    priors: list[torch.Tensor] | None = None
    chosen: Prior | None = None
    prior_record: dict = {}
    if mcfg.cooc_prior and mcfg.prior_order > 1:
        heard = [delayed(a, len(b), mcfg.lag, mcfg.guide_pad) for a, b in zip(train_p.a, train_p.b)]
        orders = (mcfg.prior_order,) + ((tcfg.longer_prior,)
                                        if tcfg.longer_prior > mcfg.prior_order else ())
        chosen, prior_record = choose_prior(heard, train_p.b, train_p.names, mcfg.k_guide,
                                            mcfg.k_target, orders, tcfg.prior_songs,
                                            tcfg.prior_form, rest, progress and rank == 0)
        mcfg = replace(mcfg, prior_form=prior_record["form"], prior_order=prior_record["order"])
        priors = [torch.from_numpy(chosen.log_prior(a, leave_out=n))
                  for a, n in zip(heard, train_p.names)]
    model = build_model(mcfg)
    if tcfg.guide_embedding == "centroids":
        if guide_centroids is None:
            raise ValueError("the centroid embedding needs the guide vocabulary's centroids")
        model.embed_guide_centroids(guide_centroids, tcfg.seed)
    if isinstance(chosen, AdditivePrior):
        model.set_additive_prior(*chosen.tables())
    elif chosen is not None:
        model.set_context_prior(*chosen.tables())
    elif mcfg.cooc_prior:
        model.set_prior(CountTables(train_p.a, train_p.b, mcfg.k_guide, mcfg.k_target,
                                    mcfg.lag).cooc)
    model = model.to(tcfg.device)
    opt = torch.optim.AdamW(model.parameters(), lr=tcfg.lr, weight_decay=tcfg.weight_decay)
    hist, epoch0, bad = History(prior=prior_record), 0, 0
    rng = np.random.default_rng(tcfg.seed + 1000 * rank)
    if resume is not None:
        model.load_state_dict(resume["model"])
        opt.load_state_dict(resume["optim"])
        hist = History(**json.loads(resume["history"]))
        epoch0, bad = int(resume["epoch"]), int(resume["bad"])
        rng.bit_generator.state = json.loads(resume["rng"])
        torch.set_rng_state(resume["torch_rng"])
    best = {k: v.detach().clone() for k, v in model.state_dict().items()}
    wrapped = torch.nn.parallel.DistributedDataParallel(model) if world > 1 else model
    total = tcfg.max_epochs * tcfg.steps_per_epoch

    def lr_at(step: int) -> float:
        warm = min(1.0, (step + 1) / tcfg.warmup_steps)
        return tcfg.lr * warm * 0.5 * (1 + math.cos(math.pi * min(1.0, step / total)))

    bar = tqdm(range(epoch0, tcfg.max_epochs), desc="train", unit="epoch",
               disable=not progress or rank != 0, file=sys.stderr)
    model.train()
    for epoch in bar:
        losses = []
        for s in range(tcfg.steps_per_epoch):
            step = epoch * tcfg.steps_per_epoch + s
            for g in opt.param_groups:
                g["lr"] = lr_at(step)
            a, b, prior = random_batch(train_p, tcfg, rng, mcfg.guide_pad, priors)
            own = tcfg.scheduled_sampling * min(1.0, step / tcfg.warmup_steps)
            loss = loss_of(wrapped, a.to(tcfg.device), b.to(tcfg.device), tcfg.history_dropout,
                           own, None if prior is None else prior.to(tcfg.device))
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
            best = {k: v.detach().clone() for k, v in model.state_dict().items()}
        else:
            bad += 1
        bar.set_postfix(train=f"{hist.train[-1]:.3f}", val=f"{val:.3f}")
        if on_epoch is not None and rank == 0:
            on_epoch(model, hist, improved, lambda epoch=epoch, bad=bad: {
                "model": model.state_dict(), "optim": opt.state_dict(), "epoch": epoch + 1,
                "bad": bad, "history": json.dumps(asdict(hist)),
                "rng": json.dumps(rng.bit_generator.state), "torch_rng": torch.get_rng_state()})
        if bad >= tcfg.patience:
            log.info("early stop at epoch %d (best %d)", epoch + 1, hist.best_epoch + 1)
            break
    if world > 1:
        torch.distributed.barrier()
    model.load_state_dict(best)
    return model.eval(), hist
