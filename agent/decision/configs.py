"""Configs of the decision stage (no torch import: the CLI builds its --help from them)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

MAX_PRIOR_ORDER = 6  # a context's code, base k_guide + 1 <= 1026, stays within 64 bits


@dataclass(frozen=True)
class ModelConfig:
    k_guide: int = 64
    k_target: int = 64
    d_model: int = 64
    n_layers: int = 2
    n_heads: int = 4
    d_ff: int = 128
    dropout: float = 0.2
    context: int = 64  # attention window in steps (grid ticks)
    lag: int = 1  # the model sees A up to t-lag: 1 = decide one tick ahead (anticipation)
    # Logits start from log p(b_t | a_{t-lag}) counted on the training songs: the network learns
    # what the co-occurrence table misses (longer guide context, its own past), not the table.
    cooc_prior: bool = True
    # How many guide ticks that prior counts b_t against (a_{t-lag}, a_{t-lag-1}, ...), each
    # context backing off to the shorter one: 1 = the co-occurrence table itself. 3: chosen on
    # validation chorales (README, Evaluation: eleventh round); `fit` lengthens it to
    # TrainConfig.longer_prior (an option) where leaving training pieces out says so.
    prior_order: int = 3
    # The prior's form over those ticks: "counts" (the back-off tables) or "additive" (one
    # weight row per tick back and guide label, summed: `agent.decision.additive`). `fit` sets
    # it from TrainConfig.prior_form; agents saved before read as "counts".
    prior_form: str = "counts"
    # Whether b_{t-1} is an input. A model trained with every past-B input hidden (history
    # dropout 1.0) never learned what B's past means, so it is fed the start token there when it
    # decodes too, as in training (`fit` sets this from the training config).
    hears_b: bool = True
    # Models trained side by side from different initial weights, their log-probabilities
    # averaged: every model of this size stops within a few epochs, and which way its small
    # correction to the table goes on new music varies by seed; the average varies less
    # (README, Evaluation: sixth round, chosen on validation pieces).
    members: int = 4
    # How much of the network's correction the model says: logits = prior + correction x
    # network. `train` chooses it on the validation pieces once training stops (TrainConfig
    # `correction`): where what the network learned on the training songs does not carry to new
    # pieces, less of it plays better (README, Evaluation: twelfth round).
    correction: float = 1.0

    def to_dict(self) -> dict:
        return asdict(self)

    def __post_init__(self) -> None:
        """A config that cannot build a working model is refused here, in one line, not as a
        traceback deep in torch (a damaged or hand-edited agent.json)."""
        for name in ("k_guide", "k_target", "d_model", "n_layers", "n_heads", "d_ff", "context",
                     "members", "prior_order"):
            v = getattr(self, name)
            if not isinstance(v, int) or isinstance(v, bool) or v < 1:
                raise ValueError(f"model {name} must be a positive integer, got {v!r}")
        if self.d_model % self.n_heads:
            raise ValueError(f"model n_heads {self.n_heads} does not divide d_model {self.d_model}")
        if not isinstance(self.lag, int) or isinstance(self.lag, bool) or \
                not 0 <= self.lag < self.context:
            raise ValueError(f"model lag {self.lag!r} is not 0..{self.context - 1} (the context)")
        if not isinstance(self.dropout, (int, float)) or not 0 <= self.dropout < 1:
            raise ValueError(f"model dropout {self.dropout!r} is not in [0, 1)")
        if not isinstance(self.correction, (int, float)) or isinstance(self.correction, bool) \
                or not 0 <= self.correction <= 1:
            raise ValueError(f"model correction {self.correction!r} is not in [0, 1]")
        if self.prior_form not in PRIOR_FORMS[:2]:
            raise ValueError(f"model prior_form {self.prior_form!r} is not one of "
                             f"{', '.join(PRIOR_FORMS[:2])}")
        if self.prior_order > MAX_PRIOR_ORDER:
            raise ValueError(f"model prior_order {self.prior_order} is above {MAX_PRIOR_ORDER}")

    @classmethod
    def from_dict(cls, d: dict) -> "ModelConfig":
        if not isinstance(d, dict):
            raise ValueError(f"model config is {type(d).__name__}, not an object")
        # An agent saved before the prior (or the ensemble) existed has none in its weights.
        return cls(**{"cooc_prior": False, "members": 1, "prior_order": 1,
                      **{k: d[k] for k in cls.__dataclass_fields__ if k in d}})

    @property
    def guide_pad(self) -> int:
        """Guide token for 'nothing heard yet' (the first `lag` steps) and padding."""
        return self.k_guide

    @property
    def bos(self) -> int:
        return self.k_target


@dataclass(frozen=True)
class TrainConfig:
    max_epochs: int = 40
    steps_per_epoch: int = 40
    batch_size: int = 16
    seq_len: int = 128  # random crops of this many ticks
    lr: float = 2e-3
    weight_decay: float = 0.05
    warmup_steps: int = 100
    patience: int = 6  # epochs without validation improvement before stopping
    val_fraction: float = 0.15  # training songs held out for validation (by song)
    # Share of past-B inputs hidden in training (against exposure bias). 1.0, chosen on validation
    # chorales (README, Evaluation): the model answers from the guide alone, as the table does.
    history_dropout: float = 1.0
    # Scheduled sampling (Bengio et al. 2015; the reference paper trained with it): this share of
    # past-B inputs is the model's own sampled output, reached linearly over the warmup steps.
    # 0: not used by default (README, Evaluation: measured on validation pieces, no gain).
    scheduled_sampling: float = 0.0
    # How the guide's label embeddings start: "centroids" (each cluster's vocabulary centroid,
    # randomly projected to d_model), so labels of similar sound start close together and a
    # rare label borrows what its neighbours teach; or "random". Chosen on validation pieces
    # with the ensemble (README, Evaluation: sixth round).
    guide_embedding: str = "centroids"
    # The model's `correction`: "choose" (the one of CORRECTIONS that plays best, sampled plus
    # greedy, free-running on the validation pieces as written) or a number in [0, 1].
    correction: str = "choose"
    # The songs the count prior counts: "all" (transposed copies included), "written" (the
    # songs as written) or "choose" (the better of the two, leaving one training piece out at a
    # time: `agent.decision.prior_songs`, README, Evaluation, thirteenth round).
    prior_songs: str = "choose"
    # The prior's form: "counts", "additive" or "choose" (the better by the same leaving out of
    # training pieces, chosen together with the songs: README, Evaluation, seventeenth round).
    # A one-tick prior (prior_order 1) is the co-occurrence table: no form to choose.
    prior_form: str = "choose"
    # A longer order the count-table prior also tries beside the model's `prior_order`, chosen
    # with the form and songs by the same leaving out of training pieces (0: none). An option,
    # off by default: on the validation chorales at 0.25 s six ticks (1.5 s of soprano)
    # recognise melodic turns three cannot, but on the validation madrigals at 0.25 s the
    # choice did not carry from one half of the pieces to the other (README, Evaluation,
    # nineteenth round).
    longer_prior: int = 0
    seed: int = 0
    device: str = "cpu"

    def __post_init__(self) -> None:
        if self.correction != "choose":
            try:
                fixed = float(self.correction)
            except ValueError:
                fixed = -1.0
            if not 0 <= fixed <= 1:
                raise ValueError(f"correction {self.correction!r} is neither 'choose' nor a "
                                 "number in [0, 1]")
        if self.prior_songs not in PRIOR_SONGS:
            raise ValueError(f"prior_songs {self.prior_songs!r} is not one of "
                             f"{', '.join(PRIOR_SONGS)}")
        if self.prior_form not in PRIOR_FORMS:
            raise ValueError(f"prior_form {self.prior_form!r} is not one of "
                             f"{', '.join(PRIOR_FORMS)}")
        if not isinstance(self.longer_prior, int) or not 0 <= self.longer_prior <= MAX_PRIOR_ORDER:
            raise ValueError(f"longer_prior {self.longer_prior!r} is not 0..{MAX_PRIOR_ORDER}")
        if self.guide_embedding not in GUIDE_EMBEDDINGS:
            raise ValueError(f"guide_embedding {self.guide_embedding!r} is not one of "
                             f"{', '.join(GUIDE_EMBEDDINGS)}")


GUIDE_EMBEDDINGS = ("random", "centroids")
PRIOR_SONGS = ("all", "written", "choose")
PRIOR_FORMS = ("counts", "additive", "choose")
CORRECTIONS = (0.0, 0.25, 0.5, 0.75, 1.0)


@dataclass(frozen=True)
class SamplingConfig:
    # Both chosen on validation chorales (README, Evaluation: fifth round); 0 = greedy.
    top_p: float = 0.5  # nucleus mass, (0, 1]
    temperature: float = 0.5


@dataclass
class SweepConfig:
    durations: list[float] = field(default_factory=lambda: [0.25, 0.5, 1.0])
    ks: list[int] = field(default_factory=lambda: [16, 64, 256, 1024])
    guide: str = "soprano"
    target: str = "bass"
    samples: int = 4
    seeds: list[int] = field(default_factory=lambda: [0])  # each: vocabularies, training, sampling
    # The guide's vocabulary has max(K, guide_k) clusters: the agent hears more finely than it
    # answers (README, Evaluation, sixteenth round). 0: the guide's K is the target's.
    guide_k: int = 64
