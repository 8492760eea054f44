"""Decision model: a causal Transformer over aligned guide (A) and target (B) label streams.

Input at step t is embed_A(a_{t-lag}) + embed_B(b_{t-1}); the output is a distribution over b_t.
Attention is causal and banded to the last `context` steps, with ALiBi distance biases instead of
absolute positions, so a streaming step with a KV cache computes exactly what the batch forward
computes, for as long as the performance lasts."""
from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import torch
from torch import nn

from agent.decision.configs import ModelConfig


def alibi_slopes(n_heads: int) -> torch.Tensor:
    return torch.tensor([2 ** (-8 * (h + 1) / n_heads) for h in range(n_heads)])


def band_bias(slopes: torch.Tensor, n_q: int, n_k: int, context: int) -> torch.Tensor:
    """(H, n_q, n_k) additive bias: queries are the last n_q of n_k positions; key j is visible
    to query i when 0 <= i - j < context, weighted by -slope * distance."""
    qpos = torch.arange(n_k - n_q, n_k)[:, None]
    kpos = torch.arange(n_k)[None, :]
    dist = (qpos - kpos).float()
    bias = -slopes[:, None, None] * dist
    visible = (dist >= 0) & (dist < context)
    return bias.masked_fill(~visible, float("-inf"))


class Block(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.h = cfg.n_heads
        self.ln1 = nn.LayerNorm(cfg.d_model)
        self.qkv = nn.Linear(cfg.d_model, 3 * cfg.d_model)
        self.proj = nn.Linear(cfg.d_model, cfg.d_model)
        self.ln2 = nn.LayerNorm(cfg.d_model)
        self.ff = nn.Sequential(nn.Linear(cfg.d_model, cfg.d_ff), nn.GELU(),
                                nn.Linear(cfg.d_ff, cfg.d_model))
        self.drop = nn.Dropout(cfg.dropout)
        self.attn_drop = nn.Dropout(cfg.dropout)

    def forward(self, x: torch.Tensor, bias: torch.Tensor,
                cache: tuple[torch.Tensor, torch.Tensor] | None = None
                ) -> tuple[torch.Tensor, tuple[torch.Tensor, torch.Tensor]]:
        b, t, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).view(b, t, 3, self.h, d // self.h).permute(2, 0, 3, 1, 4)
        if cache is not None:
            k = torch.cat([cache[0], k], dim=2)
            v = torch.cat([cache[1], v], dim=2)
        # Explicit attention: at these sizes it is several times faster than SDPA with a mask.
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(q.shape[-1])) + bias
        y = self.attn_drop(torch.softmax(att, dim=-1)) @ v
        x = x + self.drop(self.proj(y.transpose(1, 2).reshape(b, t, d)))
        x = x + self.drop(self.ff(self.ln2(x)))
        return x, (k, v)


STEP_PRIOR_ROWS = 4096  # streaming: prior rows kept, one per guide context (4 MB at K=256)


class DecisionModel(nn.Module):
    """One model (an `Ensemble` member, or an agent saved before ensembles)."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        if cfg.members != 1:
            raise ValueError(f"a DecisionModel is one model, not {cfg.members}: use build_model")
        self.cfg = cfg
        self.embed_a = nn.Embedding(cfg.k_guide + 1, cfg.d_model)
        self.embed_b = nn.Embedding(cfg.k_target + 1, cfg.d_model)
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.n_layers))
        self.ln_f = nn.LayerNorm(cfg.d_model)
        self.head = nn.Linear(cfg.d_model, cfg.k_target)
        self.register_buffer("slopes", alibi_slopes(cfg.n_heads), persistent=False)
        self._step_bias: dict[int, torch.Tensor] = {}  # n_past -> band bias of one query
        self._step_prior: dict[tuple[int, ...], torch.Tensor] = {}  # guide context -> prior row
        if cfg.cooc_prior:  # log p(b | a_{t-lag}), set by `set_prior` before training (zero until)
            self.register_buffer("prior", torch.zeros(cfg.k_guide + 1, cfg.k_target))
            for o in range(2, cfg.prior_order + 1):
                if cfg.prior_form == "additive":  # the weights of a_{t-lag-o+1} per label
                    self.register_buffer(f"prior_add{o}", torch.zeros(cfg.k_guide + 1, cfg.k_target))
                else:  # longer contexts: sorted codes, their log p
                    self.register_buffer(f"prior_codes{o}", torch.zeros(0, dtype=torch.long))
                    self.register_buffer(f"prior_logp{o}", torch.zeros(0, cfg.k_target))
        self.apply(self._init)

    def set_prior(self, cooc: np.ndarray) -> None:
        """The prior from (a_{t-lag}, b_t) pair counts on training songs, (k_guide + 1, k_target)
        with the pad row (`CountTables.cooc`), add-one smoothed."""
        counts = torch.as_tensor(cooc, dtype=torch.float32) + 1
        self.set_context_prior(torch.log(counts / counts.sum(1, keepdim=True)), [])

    def set_context_prior(self, one, longer: list) -> None:
        """The prior as `ContextCounts.tables` gives it: log p per single guide token, and per
        longer order (2, 3, ...) the sorted context codes and their log p."""
        self.prior.copy_(torch.as_tensor(one))
        self._step_prior.clear()
        for o, (codes, logp) in enumerate(longer, start=2):
            setattr(self, f"prior_codes{o}", torch.as_tensor(codes, dtype=torch.long).clone())
            setattr(self, f"prior_logp{o}", torch.as_tensor(logp, dtype=torch.float32).clone())
        with torch.no_grad():  # the network starts as the table, and learns a correction
            self.head.weight.zero_()

    def set_additive_prior(self, weights: np.ndarray, bias: np.ndarray) -> None:
        """The prior as `AdditivePrior.tables` gives it: weights (order, k_guide + 1, K), one
        row per tick back and guide label, and the bias (K,). The first tick's rows hold the
        bias too."""
        w = torch.as_tensor(weights, dtype=torch.float32)
        self.set_context_prior(w[0] + torch.as_tensor(bias, dtype=torch.float32), [])
        for o in range(2, self.cfg.prior_order + 1):
            getattr(self, f"prior_add{o}").copy_(w[o - 1])

    def _load_from_state_dict(self, state_dict, prefix, *args, **kwargs):
        """The longer contexts' tables are as long as the training songs made them."""
        for name, _ in list(self.named_buffers(recurse=False)):
            if name.startswith("prior_") and prefix + name in state_dict:
                setattr(self, name, torch.empty_like(state_dict[prefix + name]))
        self._step_prior.clear()
        super()._load_from_state_dict(state_dict, prefix, *args, **kwargs)

    def prior_of(self, a_in: torch.Tensor) -> torch.Tensor:
        """(B, T, K) prior log p(b_t | the guide's last `prior_order` ticks in `a_in`): the
        longest context seen in training decides (its row already backs off to shorter ones);
        the additive form sums every tick's row."""
        out = self.prior[a_in]
        pad = self.cfg.guide_pad

        def back(g: int) -> torch.Tensor:  # a_in[t - g], pad before the start
            return nn.functional.pad(a_in, (g, 0), value=pad)[:, : a_in.shape[1]]

        if self.cfg.prior_form == "additive":
            for o in range(2, self.cfg.prior_order + 1):
                out = out + getattr(self, f"prior_add{o}")[back(o - 1)]
            return torch.log_softmax(out, dim=-1)
        for o in range(2, self.cfg.prior_order + 1):
            codes, logp = getattr(self, f"prior_codes{o}"), getattr(self, f"prior_logp{o}")
            if not len(codes):
                break
            key = torch.zeros_like(a_in)
            for g in range(o):  # in base k_guide + 1
                key = key + back(g) * (pad + 1) ** g
            idx = torch.searchsorted(codes, key).clamp(max=len(codes) - 1)
            out = torch.where((codes[idx] == key)[..., None], logp[idx], out)
        return out

    def set_correction(self, correction: float) -> None:
        self.cfg = replace(self.cfg, correction=correction)

    def forget_heard_contexts(self) -> None:
        """Drop the prior rows the streaming step kept (`make bench` times a new context)."""
        self._step_prior.clear()

    def embed_guide_centroids(self, centroids: np.ndarray, seed: int) -> None:
        """Start the guide clusters' embeddings at their vocabulary centroids (K, d), projected
        to d_model by a seeded Gaussian matrix (distances kept on average; numpy's generator,
        so torch's random stream, and with it the rest of training, is unchanged). The rest and
        pad tokens keep their learned embeddings."""
        c = np.asarray(centroids, np.float64)
        proj = np.random.default_rng(seed).standard_normal((c.shape[1], self.cfg.d_model))
        with torch.no_grad():
            self.embed_a.weight[: len(c)] = torch.as_tensor(c @ proj / math.sqrt(self.cfg.d_model),
                                                            dtype=torch.float32)

    @staticmethod
    def _init(m: nn.Module) -> None:
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)

    def inputs(self, a: torch.Tensor, b: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Model inputs from aligned label sequences (B, T): A delayed by `lag`, B shifted by one
        (BOS first; BOS throughout for a model that does not hear B). Pads in `a` (value k_guide)
        stay pads."""
        lag = self.cfg.lag
        a_in = torch.full_like(a, self.cfg.guide_pad)
        if lag < a.shape[1]:
            a_in[:, lag:] = a[:, : a.shape[1] - lag]
        b_in = torch.full_like(b, self.cfg.bos)
        if self.cfg.hears_b:
            b_in[:, 1:] = b[:, :-1].clamp(min=0)
        return a_in, b_in

    def forward(self, a_in: torch.Tensor, b_in: torch.Tensor, members: bool = False,
                prior: torch.Tensor | None = None) -> torch.Tensor:
        """Logits (B, T, k_target) for model inputs from `inputs`; with `members`, as a
        one-member ensemble's, (1, B, T, k_target). `prior` (B, T, k_target) replaces the
        model's own (training: each song's prior without its own piece)."""
        if members:
            return self(a_in, b_in, prior=prior)[None]
        x = self.embed_a(a_in) + self.embed_b(b_in)
        t = x.shape[1]
        bias = band_bias(self.slopes, t, t, self.cfg.context).to(x.dtype)
        for blk in self.blocks:
            x, _ = blk(x, bias)
        out = self.head(self.ln_f(x))
        if not self.cfg.cooc_prior:
            return out
        return self.cfg.correction * out + (self.prior_of(a_in) if prior is None else prior)

    def step_prior(self, a_tok: int, before: tuple[int, ...]) -> torch.Tensor:
        """The prior row of the newest position (`before`: the guide inputs of the steps before,
        newest first, pad where fewer). A context heard before costs a lookup, not a search per
        order: the rows are kept, up to STEP_PRIOR_ROWS."""
        o = self.cfg.prior_order
        key = (*(tuple(before) + (self.cfg.guide_pad,) * o)[o - 2 :: -1], a_tok) if o > 1 else (a_tok,)
        row = self._step_prior.get(key)
        if row is None:
            if len(self._step_prior) >= STEP_PRIOR_ROWS:
                self._step_prior.clear()
            row = self._step_prior[key] = self.prior_of(torch.tensor([key]))[0, -1]
        return row

    @torch.inference_mode()
    def step(self, a_tok: int, b_tok: int, cache: list | None, before: tuple[int, ...] = (),
             prior: torch.Tensor | None = None) -> tuple[torch.Tensor, list]:
        """One streaming step: inputs of the newest position -> (logits, cache). The cache keeps
        the last context-1 keys and values per layer; `before` holds the guide inputs of the
        steps before, newest first (the prior's longer contexts; pad where fewer); `prior` that
        position's prior row when the caller has it (`step_prior`)."""
        b_tok = b_tok if self.cfg.hears_b else self.cfg.bos
        x = (self.embed_a.weight[a_tok] + self.embed_b.weight[b_tok]).view(1, 1, -1)
        n_past = 0 if cache is None else cache[0][0].shape[2]
        if n_past not in self._step_bias:  # at most `context` shapes, the last one for ever after
            self._step_bias[n_past] = band_bias(self.slopes, 1, n_past + 1, self.cfg.context)
        bias = self._step_bias[n_past].to(x)
        new_cache = []
        for i, blk in enumerate(self.blocks):
            x, (k, v) = blk(x, bias, None if cache is None else cache[i])
            keep = self.cfg.context - 1
            new_cache.append((k[:, :, -keep:], v[:, :, -keep:]) if keep > 0 else
                             (k[:, :, :0], v[:, :, :0]))
        out = self.head(self.ln_f(x))[0, 0]
        if not self.cfg.cooc_prior:
            return out, new_cache
        row = self.step_prior(a_tok, before) if prior is None else prior
        return self.cfg.correction * out + row, new_cache


class Ensemble(nn.Module):
    """`cfg.members` decision models from different initial weights, trained each on its own
    loss over the same batches; what it says is the mean of their log-probabilities. Same
    interface as DecisionModel; the streaming cache is the members' layer caches in a row."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.cfg = cfg
        self.members = nn.ModuleList(DecisionModel(replace(cfg, members=1))
                                     for _ in range(cfg.members))

    def set_prior(self, cooc: np.ndarray) -> None:
        for m in self.members:
            m.set_prior(cooc)

    def set_context_prior(self, one, longer: list) -> None:
        """The first member keeps the longer contexts' tables (up to tens of MB over six
        ticks at K=256), for all: `forward` and `step` look the prior up once."""
        for i, m in enumerate(self.members):
            m.set_context_prior(one, longer if i == 0 else [])

    def set_additive_prior(self, weights: np.ndarray, bias: np.ndarray) -> None:
        for m in self.members:
            m.set_additive_prior(weights, bias)

    def prior_of(self, a_in: torch.Tensor) -> torch.Tensor:
        return self.members[0].prior_of(a_in)  # counted once, the same in every member

    def forget_heard_contexts(self) -> None:
        self.members[0].forget_heard_contexts()  # the one whose rows the step keeps

    def set_correction(self, correction: float) -> None:
        self.cfg = replace(self.cfg, correction=correction)
        for m in self.members:
            m.set_correction(correction)

    def embed_guide_centroids(self, centroids: np.ndarray, seed: int) -> None:
        for i, m in enumerate(self.members):
            m.embed_guide_centroids(centroids, seed + i)

    def inputs(self, a: torch.Tensor, b: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.members[0].inputs(a, b)

    def forward(self, a_in: torch.Tensor, b_in: torch.Tensor, members: bool = False,
                prior: torch.Tensor | None = None) -> torch.Tensor:
        """The ensemble's log-probabilities (B, T, k_target); with `members`, each member's
        logits (members, B, T, k_target), for the loss that trains each on its own."""
        if prior is None and self.cfg.cooc_prior:
            prior = self.prior_of(a_in)
        logits = torch.stack([m(a_in, b_in, prior=prior) for m in self.members])
        return logits if members else torch.log_softmax(logits, dim=-1).mean(0)

    @torch.inference_mode()
    def step(self, a_tok: int, b_tok: int, cache: list | None, before: tuple[int, ...] = ()
             ) -> tuple[torch.Tensor, list]:
        n = self.cfg.n_layers
        outs, new_cache = [], []
        # The members share one prior: its row is looked up once, not once per member.
        prior = self.members[0].step_prior(a_tok, before) if self.cfg.cooc_prior else None
        for i, m in enumerate(self.members):
            out, c = m.step(a_tok, b_tok, None if cache is None else cache[i * n:(i + 1) * n],
                            before, prior)
            outs.append(torch.log_softmax(out, dim=-1))
            new_cache += c
        return torch.stack(outs).mean(0), new_cache


Model = DecisionModel | Ensemble


def n_params(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def build_model(cfg: ModelConfig) -> Model:
    return DecisionModel(cfg) if cfg.members == 1 else Ensemble(cfg)


def default_context(duration: float) -> int:
    """About 32 s of history whatever the grid."""
    return max(8, int(math.ceil(32.0 / duration)))
