"""Session: what is loaded and playing, changed by OSC, MIDI and the CLI alike.

Loading builds a new engine off the audio path and swaps it in at a tick boundary; a parameter
change swaps an immutable snapshot. Every method raises ValueError with a one-line message on
bad input and leaves the previous state in place."""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from agent.agentdir import Agent, load_agent
from agent.engine import Engine
from agent.live import AudioConfig, LiveEngine
from agent.params import Params
from agent.regions import Region, apply_region
from agent.synthesis import TargetCorpus, load_agent_target

log = logging.getLogger(__name__)


@dataclass
class Session:
    audio: AudioConfig = field(default_factory=AudioConfig)
    params: Params = field(default_factory=Params)
    seed: int = 0
    agent: Agent | None = None
    target: TargetCorpus | None = None
    corpus_path: Path | None = None
    corpus_role: str | None = None
    live: LiveEngine | None = None
    state_dir: Path = Path("obbligato-state")  # presets/ and snapshots/ live here
    region: Region = field(default_factory=Region)
    guide: object = None  # an install.GuideSource, or None for the live input

    def __post_init__(self) -> None:
        self.lock = threading.Lock()  # serializes control changes (never taken by the audio path)
        self.listeners: list = []  # callables(event: str, payload: dict), e.g. OSC forwarding

    def emit(self, event: str, **payload) -> None:
        for f in list(self.listeners):
            try:
                f(event, payload)
            except Exception:  # a broken listener must not break control
                log.exception("listener failed")

    def load_agent(self, path: str | Path) -> None:
        agent = load_agent(path)
        with self.lock:
            self.agent = agent
            if self.corpus_path is not None:
                self._load_target(self.corpus_path, self.corpus_role)
            self._swap()

    def load_corpus(self, path: str | Path, role: str | None = None) -> None:
        if self.agent is None:
            raise ValueError("load an agent before its target corpus")
        with self.lock:
            self._load_target(Path(path), role)
            self._swap()

    def _load_target(self, path: Path, role: str | None) -> None:
        self.target = load_agent_target(self.agent, path, role)
        self.corpus_path, self.corpus_role = path, role
        apply_region(self.target, self.region)

    def _engine(self) -> Engine:
        return Engine(self.agent, self.target, self.params, self.seed)

    def _swap(self) -> None:
        if self.live is not None and self.live.running and self.target is not None:
            self.live.swap_engine(self._engine())

    def set_param(self, name: str, value) -> object:
        with self.lock:
            new = self.params.with_value(name, value)
            if name in ("channels", "first_channel") and self.live is not None and self.live.running:
                if new.first_channel + new.channels > self.live.n_out:
                    last = new.first_channel + new.channels - 1
                    raise ValueError(f"{name}: channels {new.first_channel}..{last} exceed the "
                                     f"{self.live.n_out} open outputs; stop and start again")
            self.params = new
            if self.live is not None and self.live.running:
                self.live.set_params(new)
        return getattr(new, name)

    def start(self) -> None:
        with self.lock:
            if self.agent is None or self.target is None:
                raise ValueError("nothing to play: load an agent and a target corpus first")
            if self.live is not None and self.live.running:
                return
            self.live = LiveEngine(self._engine(), self.audio)
            self.live.guide = self.guide
            self.live.start()
        self.emit("started")

    def stop(self) -> None:
        with self.lock:
            if self.live is not None:
                self.live.stop()
        self.emit("stopped")

    @property
    def running(self) -> bool:
        return self.live is not None and self.live.running

    def feedback(self, verdict: str, on_label: bool = False, who: str = "", note: str = "") -> int:
        """Feedback on the segment playing now (or its label), stored in the corpus and applied
        to selection weights from the next tick on."""
        from agent.feedback import VERDICT_FACTOR, add_feedback
        from corpus.store import CorpusStore

        ev = self.live.last_event if self.live is not None else None
        if ev is None or self.target is None:
            raise ValueError("feedback: nothing is playing")
        if verdict not in VERDICT_FACTOR:
            raise ValueError(f"feedback: {verdict!r} is not like, dislike or ban")
        with CorpusStore(self.corpus_path) as store:
            if on_label:
                fid = add_feedback(store, verdict, None, self.agent.target_vocab.id,
                                   int(self.target.label[ev.segment]), who, note)
            else:
                fid = add_feedback(store, verdict, ev.segment_id, who=who, note=note)
        t = self.target
        w = t.weight.copy()
        if on_label:
            w[t.label == t.label[ev.segment]] *= VERDICT_FACTOR[verdict]
        else:
            w[ev.segment] *= VERDICT_FACTOR[verdict]
        t.weight = w
        t.set_mask(t.region)
        return fid

    def set_guide(self, mode: str, playlist: list[str] | None = None) -> None:
        """What the agent listens to: the live input, or (installation) itself, a playlist, or
        both in turn."""
        from agent.install import GuideSource

        guide = None if mode == "input" else GuideSource(mode, [Path(p) for p in playlist or []])
        self.guide = guide
        if self.live is not None:
            self.live.guide = guide

    def set_region(self, region: Region) -> None:
        with self.lock:
            if self.target is not None:
                apply_region(self.target, region)  # raises (and keeps the old one) if empty
            self.region = region

    def _path(self, kind: str, name: str, suffix: str) -> Path:
        from agent.presets import checked_name

        return self.state_dir / kind / f"{checked_name(name)}{suffix}"

    def save_preset(self, name: str) -> Path:
        from agent.presets import save_preset

        path = self._path("presets", name, ".toml")
        save_preset(self.params, path)
        return path

    def load_preset(self, name: str) -> None:
        from agent.presets import load_preset

        new = load_preset(self._path("presets", name, ".toml"), self.params)
        with self.lock:
            self.params = new
            if self.live is not None and self.live.running:
                self.live.set_params(new)

    def save_snapshot(self, name: str) -> Path:
        """The generative state at the next tick boundary (decision, choices, random state)."""
        from agent.presets import save_snapshot

        path = self._path("snapshots", name, "")
        snap = self.live.at_tick_boundary(lambda e: e.snapshot()) if self.running else None
        if snap is None:
            raise ValueError("snapshot: nothing is playing")
        save_snapshot(snap, path)
        return path

    def load_snapshot(self, name: str) -> None:
        from agent.presets import load_snapshot

        snap = load_snapshot(self._path("snapshots", name, ""))
        if not self.running:
            raise ValueError("snapshot: start playing first, then load the snapshot")
        self.live.at_tick_boundary(lambda e: e.restore(snap))
        self.params = self.live.engine.params

    def status(self) -> dict:
        m = self.live.metrics() if self.live is not None else {"running": False}
        ev = self.live.last_event if self.live is not None else None
        m.update({"agent": str(self.agent.path) if self.agent else "",
                  "corpus": str(self.corpus_path or "")})
        if ev is not None:
            m.update({"heard": ev.heard, "played": ev.decided, "segment": ev.segment_id,
                      "source": ev.source, "source_time": ev.source_time})
        return m
