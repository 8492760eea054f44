"""Engine: perceive -> decide -> choose -> render, once per grid tick.

The same `Engine` runs offline (a file read as fast as possible,
`agent.engine.offline.render_guide`) and live (the sound card's clock, `agent.engine.host`), so
what is tested offline is what plays on stage. At each tick boundary the engine has heard
windows 0..t and produces the audio of window t+1: a model with lag >= 1 decides exactly for
that window (anticipation); a lag-0 model's answer comes one tick late."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from agent.decision.agentdir import Agent
from agent.decision.decider import Decider, SamplingConfig
from agent.perception.listen import PERCEPTION_SR, guide_label, level_db
from agent.synthesis.automix import AutoMix
from agent.synthesis.limiter import Limiter, LimiterConfig
from agent.synthesis.placement import Placer
from agent.synthesis.renderer import RenderConfig, Renderer
from agent.synthesis.select import SelectConfig, Selector
from agent.synthesis.target import TargetCorpus
from corpus.encoders import make_encoder

LIMITER_WARN_S = 10.0  # the limiter says so when it acts, at most this often
if TYPE_CHECKING:  # the snapshot type only: control sits above the engine
    from agent.control.params import Params

log = logging.getLogger(__name__)


@dataclass
class TickEvent:
    """What happened at one tick: the label heard, the label played and where it came from."""

    tick: int
    time: float  # output time of the tick's start (s)
    heard: int  # label of the window just heard (-1 = nothing yet)
    decided: int  # label the model chose
    segment: int  # corpus segment index played (-1 = silence)
    segment_id: int  # its id in the corpus store
    source: str  # track name
    source_time: float  # where the tick's cut landed in the source recording (s)
    worker_ms: float  # time the tick took
    continuation: bool = False  # read on sample-exactly from the previous tick's recording
    gain: float = 0.0  # linear gain the segment played at (0 for a rest or while muted)


# Each stage's own config, built from the one parameter snapshot (at a tick boundary).
def select_config(p: Params) -> SelectConfig:
    return SelectConfig(continuity=p.continuity, novelty=p.novelty,
                        novelty_window=p.novelty_window, loudness=p.loudness,
                        randomness=p.randomness, max_run=p.max_run)


def render_config(p: Params) -> RenderConfig:
    return RenderConfig(p.crossfade, p.gain, p.channels)


def sampling_config(p: Params) -> SamplingConfig:
    return SamplingConfig(p.top_p, p.temperature)


def limiter_config(p: Params) -> LimiterConfig:
    return LimiterConfig(p.ceiling)


class Engine:
    def __init__(self, agent: Agent, target: TargetCorpus, params: Params, seed: int = 0,
                 encoder=None):
        self.agent = agent
        self.target = target
        self.encoder = encoder or make_encoder(agent.encoder, agent.path)
        self.decider = Decider(agent.model, seed, agent.target_vocab.rest)
        self.selector = Selector(target, agent.target_vocab.neighbours(), select_config(params),
                                 seed + 1)
        self.params = params
        self.duration = params.duration or agent.duration
        self.renderer = Renderer(target, render_config(params))
        self.placer = Placer(params.channels, params.placement, target.k, seed + 2)
        self.placed: np.ndarray | None = None  # channel gains of the last tick
        self.limiter = Limiter(target.sr, limiter_config(params))
        self._warned_at = -np.inf
        self.heard: list[int] = []  # the last labels heard; heard[i] is window heard_base + i
        self.heard_base = 0
        self.t = 0
        self.loudness_db: float | None = None
        self.automix: AutoMix | None = None  # made when first switched on
        self.events: list[TickEvent] = []
        self.keep_events = True

    def warm_up(self) -> None:
        """Run every stage once on throwaway state, so the first live tick is not the slow one."""
        self.encoder.encode([np.zeros(int(self.duration * PERCEPTION_SR), np.float32)])
        self.agent.guide_vocab.assign(np.zeros((1, self.agent.guide_vocab.dim), np.float32), [0.0])
        self.agent.model.step(0, self.agent.model.cfg.bos, None)

    # -- parameters are swapped, never mutated, and applied here at a tick boundary
    def set_params(self, p) -> None:
        self.params = p

    def _apply(self) -> None:
        p = self.params
        if self.selector.cfg != select_config(p):
            self.selector.set_config(select_config(p))
        rc = render_config(p)
        if self.renderer.cfg != rc:
            self.renderer.set_config(rc)
        if self.limiter.cfg.ceiling_db != p.ceiling:
            self.limiter.set_config(limiter_config(p))
        if (self.placer.n, self.placer.mode) != (p.channels, p.placement):
            self.placer = Placer(p.channels, p.placement, self.target.k, self.t)
        self.duration = p.duration or self.agent.duration

    def tick_samples(self, t: int, sr: int) -> int:
        """Samples of tick t at rate sr, from exact boundaries (no drift over hours)."""
        return int(round((t + 1) * self.duration * sr)) - int(round(t * self.duration * sr))

    def embed(self, window16k: np.ndarray) -> np.ndarray:
        return self.encoder.encode([window16k])[0]

    def perceive(self, window16k: np.ndarray | None, embedding: np.ndarray | None = None) -> int:
        """The guide label of the window just heard (its vector may come computed already: one
        perception pass per input serves every agent that hears it)."""
        if window16k is None or len(window16k) == 0:
            return -1
        if embedding is None:
            embedding = self.embed(window16k)
        self.loudness_db = level_db(window16k)
        return guide_label(self.agent.guide_vocab, embedding, self.loudness_db)

    def next_tick(self, window16k: np.ndarray | None, embedding: np.ndarray | None = None
                  ) -> tuple[np.ndarray, TickEvent]:
        """Hear one window (None before anything is heard) and render the next tick:
        (frames, channels) at the corpus rate."""
        t0 = time.perf_counter()
        self._apply()
        p = self.params
        heard = self.perceive(window16k, embedding)
        if heard >= 0:
            self.heard.append(heard)
        # Output window s = t is decided from a_{s-lag}; a lag-0 model uses the newest label.
        lag = max(self.agent.model.cfg.lag, 1)
        idx = self.t - lag - self.heard_base
        a_in = self.heard[idx] if 0 <= idx < len(self.heard) else None
        if len(self.heard) > 4 * lag + 8:  # bounded: months of ticks must not grow memory
            drop = len(self.heard) - 2 * lag - 4
            del self.heard[:drop]
            self.heard_base += drop
        allowed = self.target.allowed if p.constrain else None
        b = self.decider.step(a_in, sampling_config(p), allowed)
        now = self.t * self.duration
        seg = self.selector.choose(b, now, self.loudness_db)
        cont = self.selector.run > 0
        n = self.tick_samples(self.t, self.target.sr)
        mono = self.renderer.render(seg, n)
        tail = self.renderer.last_tail()
        _, cut, cont_exact = self.renderer.last_cut()
        gain = 0.0 if p.mute or seg < 0 else float(self.target.gain[seg]) * 10 ** (p.gain / 20)
        if p.mute:
            mono[:] = 0
            tail = None
        group = self.target.role_group(int(self.target.track[seg])) if seg >= 0 else 0
        if p.automix:
            if self.automix is None:
                self.automix = AutoMix(PERCEPTION_SR, self.target.sr)
            ramp = self.automix.ramp(window16k, mono, self.duration, p.automix_offset)
            mono = mono * ramp
            tail = None if tail is None else tail * ramp[: len(tail)]
        played = int(self.target.label[seg]) if seg >= 0 else b
        out = self.place(mono, tail, self.placer.place(played, group, cont or seg < 0))
        out = self.limit(out, now)
        sounding = seg >= 0
        ev = TickEvent(self.t, now, heard, b, seg, int(self.target.seg_id[seg]) if sounding else -1,
                       self.target.track_names[int(self.target.track[seg])] if sounding else "",
                       cut / self.target.sr, 1000 * (time.perf_counter() - t0), cont_exact, gain)
        if self.keep_events:
            self.events.append(ev)
        self.t += 1
        return out.astype(np.float32), ev

    def limit(self, out: np.ndarray, now: float) -> np.ndarray:
        """The safety limiter, last: it says so (a warning, forwarded to the patch) when it acts."""
        before = self.limiter.acted
        out = self.limiter.process(out)
        if self.limiter.acted > before and now - self._warned_at >= LIMITER_WARN_S:
            self._warned_at = now
            log.warning("limiter: the output went above %g dBFS true peak; reduced by up to "
                        "%.1f dB (lower the gain)", self.limiter.cfg.ceiling_db,
                        self.limiter.max_reduction_db)
        return out

    def place(self, mono: np.ndarray, tail: np.ndarray | None, gains: np.ndarray) -> np.ndarray:
        """Mono tick -> channels; the previous segment's fade-out stays where it was placed,
        so a new position never makes the old sound jump between speakers."""
        out = mono[:, None] * gains[None, :]
        prev, self.placed = self.placed, gains
        if tail is not None and prev is not None and len(prev) == len(gains):
            out[: len(tail)] += tail[:, None] * (prev - gains)[None, :]
        return out

    def skip_tick(self) -> int:
        """Give up on the tick now due (it failed): the grid moves on; returns its length in
        samples at the corpus rate, for the silence that replaces it."""
        n = self.tick_samples(self.t, self.target.sr)
        self.t += 1
        return n

    def continue_from(self, other: Engine) -> None:
        """Take over from the engine this one replaces (new agent or corpus while playing): the
        same place on the grid and what has been heard so far."""
        self.t, self.heard_base = other.t, other.heard_base
        self.heard = list(other.heard)

    # -- snapshots of the generative state (decision, choice, tick)
    def snapshot(self) -> dict:
        return {"decider": self.decider.snapshot(), "selector": self.selector.state(),
                "heard": list(self.heard), "heard_base": self.heard_base, "t": self.t,
                "renderer": self.renderer.state(), "placed": self.placed,
                "limiter": self.limiter.state(), "placer": self.placer.state(),
                "params": self.params.to_dict(), "loudness_db": self.loudness_db}

    def restore(self, s: dict) -> None:
        self.decider.restore(s["decider"])
        self.selector.restore(s["selector"])
        self.heard, self.heard_base, self.t = list(s["heard"]), s["heard_base"], s["t"]
        self.renderer.restore(s["renderer"])
        self.placed = None if s["placed"] is None else np.asarray(s["placed"], np.float64)
        self.limiter.restore(s["limiter"])
        self.placer.restore(s["placer"])
        self.params = self.params.with_values(s["params"])
        self.loudness_db = s["loudness_db"]
