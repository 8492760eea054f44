"""AgentControl: one agent, what it has loaded and how it plays, changed by OSC, MIDI and the CLI
alike; Stage: the agents of one process, sharing one audio stream.

Loading builds a new engine off the audio path and swaps it in at a tick boundary; a parameter
change swaps an immutable snapshot; anything that touches the corpus being played (regions,
feedback, recording) runs in the worker between two ticks. Every method raises ValueError with a
one-line message on bad input and leaves the previous state in place."""
from __future__ import annotations

import contextlib
import logging
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from agent.control.commands import reserved
from agent.control.params import Params
from agent.decision.agentdir import Agent, load_agent
from agent.engine.host import AudioConfig, AudioHost
from agent.engine.tick import Engine
from agent.engine.voices import Voice
from agent.synthesis.regions import Region, apply_region
from agent.synthesis.target import TargetCorpus, load_agent_target

log = logging.getLogger(__name__)


@dataclass
class AgentControl:
    audio: AudioConfig = field(default_factory=AudioConfig)
    params: Params = field(default_factory=Params)
    seed: int = 0
    agent: Agent | None = None
    target: TargetCorpus | None = None
    corpus_path: Path | None = None
    corpus_role: str | None = None
    state_dir: Path = Path("obbligato-state")  # presets/ and snapshots/ live here
    region: Region = field(default_factory=Region)
    guide: object = None  # an installation.GuideSource, or None for the live input
    name: str = "main"  # its name on a stage (OSC: /obbligato/<name>/...)
    listen: str = "input"  # "input", or the name of another agent whose output it hears
    in_channel: int | None = None  # device input it hears (None: the stage's in_channel)
    stage: "Stage | None" = None

    def __post_init__(self) -> None:
        self.lock = threading.Lock()  # serializes control changes (never taken by the audio path)
        self.listeners: list = []  # callables(event: str, payload: dict), e.g. OSC forwarding
        self.encoders: dict = {}  # shared by the agents of a stage, one per vector space
        if self.stage is None:
            Stage(self.audio).add(self)

    def emit(self, event: str, **payload) -> None:
        for f in list(self.listeners):
            try:
                f(event, payload)
            except Exception:  # a broken listener must not break control
                log.exception("listener failed")

    def adopt_params(self, new: Params) -> None:
        """Take `new` as the parameters and tell the listeners every value that changed, whoever
        changed it (OSC, MIDI, a preset, a snapshot): the patches' controls follow."""
        old, self.params = self.params.to_dict(), new
        for k, v in new.to_dict().items():
            if old[k] != v:
                self.emit("param", agent=self.name, name=k, value=v)

    def load_agent(self, path: str | Path) -> None:
        agent = load_agent(path)
        with self.lock, self._all_or_nothing():
            self.agent = agent
            if self.corpus_path is not None:
                self._load_target(self.corpus_path, self.corpus_role)
            self._swap()

    def load_corpus(self, path: str | Path, role: str | None = None) -> None:
        if self.agent is None:
            raise ValueError("load an agent before its target corpus")
        with self.lock, self._all_or_nothing():
            self._load_target(Path(path), role)
            self._swap()

    @contextlib.contextmanager
    def _all_or_nothing(self):
        """A load that fails (bad corpus, another tick duration while playing) changes nothing."""
        old = (self.agent, self.target, self.corpus_path, self.corpus_role)
        try:
            yield
        except BaseException:
            self.agent, self.target, self.corpus_path, self.corpus_role = old
            raise

    def _load_target(self, path: Path, role: str | None) -> None:
        self.target = load_agent_target(self.agent, path, role)
        self.corpus_path, self.corpus_role = path, role
        apply_region(self.target, self.region)

    def _engine(self) -> Engine:
        from corpus.encoders import make_encoder

        assert self.agent is not None and self.target is not None  # callers check
        space = self.agent.encoder.space
        if space not in self.encoders:
            self.encoders[space] = make_encoder(self.agent.encoder, self.agent.path)
        return Engine(self.agent, self.target, self.params, self.seed, self.encoders[space])

    def voice(self) -> Voice:
        return Voice(self.name, self._engine(), self.listen, self.in_channel, self.guide)

    @property
    def live(self) -> AudioHost | None:
        return self.stage.live

    def _swap(self) -> None:
        if self.running and self.target is not None:
            self.record_stop(quiet=True)
            self.live.swap_engine(self._engine(), self.name)

    def set_param(self, name: str, value) -> object:
        if name == "duration" and self.running and len(self.live.voices) > 1:
            return self.stage.set_duration(value)
        with self.lock:
            new = self.params.with_value(name, value)
            if name in ("channels", "first_channel") and self.running:
                if new.first_channel + new.channels > self.live.n_out:
                    last = new.first_channel + new.channels - 1
                    raise ValueError(f"{name}: channels {new.first_channel}..{last} exceed the "
                                     f"{self.live.n_out} open outputs; stop and start again")
            self.adopt_params(new)
            if self.running:
                self.live.set_params(new, self.name)
        return getattr(new, name)

    def start(self) -> None:
        """Start the stage: this agent and every other ready one."""
        self.stage.start()

    def stop(self) -> None:
        self.stage.stop()

    @property
    def running(self) -> bool:
        return self.live is not None and self.live.running and self.name in self.live.by_name

    def _between_ticks(self, fn):
        """fn(target) in the worker between two ticks when playing, else now."""
        if self.running:
            return self.live.at_tick_boundary(lambda e: fn(e.target), voice=self.name)
        return fn(self.target)

    def record_start(self, channel: int | None = None, tags: tuple[str, ...] = ("live",)) -> str:
        """Record an input (default: the one this agent hears) into its target corpus."""
        if not self.running:
            raise ValueError("record: start playing first")
        # The take joins the tracks this agent plays from (a reload with the same role finds it).
        rec = self.live.start_recording(self.name, self.corpus_path, channel, tags,
                                        self.corpus_role)
        self.emit("recording", agent=self.name, song=rec.song)
        return rec.song

    def record_stop(self, quiet: bool = False) -> dict:
        if self.live is None or self.name not in self.live.by_name or \
                self.live.voice(self.name).recorder is None:
            if quiet:
                return {}
            raise ValueError(f"record: agent {self.name!r} is not recording")
        summary = self.live.stop_recording(self.name)
        self.emit("recorded", agent=self.name, song=summary["song"],
                  segments=summary["segments"])
        return summary

    def feedback(self, verdict: str, on_label: bool = False, who: str = "", note: str = "") -> int:
        """Feedback on the segment playing now (or its label), stored in the corpus and applied
        to selection weights from the next tick on."""
        from corpus.feedback import VERDICT_FACTOR, add_feedback
        from corpus.store import CorpusStore

        ev = self.live.voice(self.name).last_event if self.running else None
        if ev is None or self.target is None:
            raise ValueError("feedback: nothing is playing")
        if ev.segment < 0:
            raise ValueError("feedback: the agent is resting (no segment playing now)")
        if verdict not in VERDICT_FACTOR:
            raise ValueError(f"feedback: {verdict!r} is not like, dislike or ban")
        assert self.corpus_path is not None  # a target was loaded from it
        with CorpusStore(self.corpus_path) as store:
            if on_label:
                fid = add_feedback(store, verdict, None, self.agent.target_vocab.id,
                                   int(self.target.label[ev.segment]), who, note)
            else:
                fid = add_feedback(store, verdict, ev.segment_id, who=who, note=note)

        def apply(t: TargetCorpus) -> None:
            which = t.label == t.label[ev.segment] if on_label else np.array([ev.segment])
            t.apply_feedback(which, VERDICT_FACTOR[verdict])

        self._between_ticks(apply)
        return fid

    def set_guide(self, mode: str, playlist: list[str] | None = None) -> None:
        """What the agent listens to: the live input, or (installation) itself, a playlist, or
        both in turn."""
        from agent.engine.installation import GuideSource

        guide = None if mode == "input" else GuideSource(mode, [Path(p) for p in playlist or []])
        self.guide = guide
        if self.running:
            self.live.set_guide(self.name, guide)

    def set_listen(self, source: str, channel: int | None = None) -> None:
        """What this agent hears: the input (one of its channels) or another agent's output."""
        if source != "input" and source not in self.stage.sessions:
            raise ValueError(f"listen: no agent named {source!r} (agents: "
                             f"{', '.join(self.stage.sessions)})")
        if self.running:
            if source != "input" and source not in self.live.by_name:
                raise ValueError(f"listen: agent {source!r} is not playing")
            if channel is not None:
                self.live.check_input(channel, "listen")
        self.listen = source
        if channel is not None:
            self.in_channel = channel
        if self.running:
            self.live.set_listen(self.name, source, self.in_channel)

    def set_region(self, region: Region) -> None:
        with self.lock:
            if self.target is not None:  # raises (and keeps the old one) if empty
                self._between_ticks(lambda t: apply_region(t, region))
            self.region = region

    def _path(self, kind: str, name: str, suffix: str) -> Path:
        from agent.control.presets import checked_name

        return self.state_dir / kind / f"{checked_name(name)}{suffix}"

    def save_preset(self, name: str) -> Path:
        from agent.control.presets import save_preset

        path = self._path("presets", name, ".toml")
        save_preset(self.params, path)
        return path

    def load_preset(self, name: str) -> None:
        from agent.control.presets import load_preset

        new = load_preset(self._path("presets", name, ".toml"), self.params)
        with self.lock:
            self.adopt_params(new)
            if self.running:
                self.live.set_params(new, self.name)

    def save_snapshot(self, name: str) -> Path:
        """The generative state at the next tick boundary (decision, choices, random state)."""
        from agent.control.presets import save_snapshot

        path = self._path("snapshots", name, "")
        snap = (self.live.at_tick_boundary(lambda e: e.snapshot(), voice=self.name)
                if self.running else None)
        if snap is None:
            raise ValueError("snapshot: nothing is playing")
        save_snapshot(snap, path)
        return path

    def load_snapshot(self, name: str) -> None:
        from agent.control.presets import load_snapshot

        snap = load_snapshot(self._path("snapshots", name, ""))
        if not self.running:
            raise ValueError("snapshot: start playing first, then load the snapshot")
        self.live.at_tick_boundary(lambda e: e.restore(snap), voice=self.name)
        self.adopt_params(self.live.voice(self.name).engine.params)

    def status(self) -> dict:
        m = self.live.metrics() if self.live is not None else {"running": False}
        m["running"] = self.running
        m.update({"agent": str(self.agent.path) if self.agent else "",
                  "corpus": str(self.corpus_path or "")})
        if self.running:
            v = self.live.voice(self.name)
            m.update({"errors": v.errors, "ticks": v.engine.t, "last_error": v.last_error})
            ev = v.last_event
            if ev is not None:
                m.update({"heard": ev.heard, "played": ev.decided, "segment": ev.segment_id,
                          "source": ev.source, "source_time": ev.source_time})
            if v.recorder is not None:
                m.update({f"recorded_{k}": x for k, x in v.recorder.status().items()})
        return m


NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,31}")
MAX_AGENTS = 16  # one process, one worker: more would not keep time (and `schema` would flood)


class Stage:
    """The agents of one process: one audio stream, one perception pass per input, each agent
    with its own folder, corpus, parameters and output channels; an agent may hear another's
    output (a chain). The first agent added is the default one (unprefixed OSC addresses)."""

    def __init__(self, audio: AudioConfig = AudioConfig()):
        self.audio = audio
        self.sessions: dict[str, AgentControl] = {}
        self.live: AudioHost | None = None
        self.lock = threading.Lock()
        self.encoders: dict = {}

    def add(self, session: AgentControl) -> AgentControl:
        name = session.name
        if not NAME.fullmatch(name) or reserved(name):
            raise ValueError(f"agent name {name!r}: use letters, digits and _ (not a parameter "
                             "or command name)")
        if name in self.sessions:
            raise ValueError(f"agent name {name!r} is taken")
        if len(self.sessions) >= MAX_AGENTS:
            raise ValueError(f"add agent {name!r}: {MAX_AGENTS} agents play already (the most "
                             "one process runs)")
        if self.running:
            raise ValueError(f"add agent {name!r}: stop playing first (agents join at start)")
        if session.stage is not None and session.stage is not self:
            session.stage.sessions.pop(name, None)
        session.stage, session.audio = self, self.audio
        session.encoders = self.encoders
        if self.sessions:  # listeners (OSC forwarding) are the stage's, shared
            session.listeners = next(iter(self.sessions.values())).listeners
        self.sessions[name] = session
        return session

    def add_new(self, name: str, folder: str | None = None, corpus: str | None = None
                ) -> AgentControl:
        """A new agent (seeded after the others, sharing the first one's state folder) and,
        optionally, its agent folder and corpus; all or nothing."""
        first = self.default
        s = self.add(AgentControl(seed=first.seed + len(self.sessions),
                                  state_dir=first.state_dir, name=name, stage=self))
        try:
            if folder is not None:
                s.load_agent(folder)
            if corpus is not None:
                s.load_corpus(corpus)
        except Exception:
            del self.sessions[s.name]
            raise
        return s

    @property
    def default(self) -> AgentControl:
        return next(iter(self.sessions.values()))

    @property
    def running(self) -> bool:
        return self.live is not None and self.live.running

    def set_duration(self, value) -> float:
        """The grid is the stage's: a new tick duration applies to every playing agent at one
        tick boundary, and only if they would all tick together."""
        playing = [s for s in self.sessions.values() if s.running]
        new = {s.name: s.params.with_value("duration", value) for s in playing}
        grids = {new[s.name].duration or s.agent.duration for s in playing}
        if len(grids) > 1:
            raise ValueError(f"duration {value}: the agents would tick every "
                             f"{', '.join(f'{g:g}' for g in sorted(grids))} s; agents on one "
                             "stream share one grid")

        def apply(_engine) -> None:
            for s in playing:
                self.live.set_params(new[s.name], s.name)

        self.live.at_tick_boundary(apply)
        for s in playing:  # here, not in the worker: the patches hear of it over UDP
            s.adopt_params(new[s.name])
        return new[playing[0].name].duration

    def start(self) -> None:
        with self.lock:
            if self.running:
                return
            ready = [s for s in self.sessions.values() if s.agent is not None and
                     s.target is not None]
            if not ready:
                raise ValueError("nothing to play: load an agent and a target corpus first")
            self.live = AudioHost([s.voice() for s in ready], self.audio)
            self.live.start()
        self.default.emit("started")

    def stop(self) -> None:
        with self.lock:
            for s in self.sessions.values():
                s.record_stop(quiet=True)
            if self.live is not None:
                self.live.stop()
        self.default.emit("stopped")
