"""OSC control: the address space under /obbligato/ (documented in patches/README.md, which is
generated from the parameter registry).

Listens on 127.0.0.1 unless told otherwise. Every handler replies instead of raising: a wrong
type or range gets `/obbligato/error <message>` and leaves the value unchanged; datagrams that are
not well-formed OSC (sizes, nesting, UTF-8; checked before python-osc parses them) are counted,
reported in `/obbligato/state/osc` and the stop line, and dropped. Timetags are ignored
(Dispatcher(strict_timing=False)), so a message can never make the server sleep."""
from __future__ import annotations

import logging
import os
import threading
import time

from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_message_builder import build_msg
from pythonosc.osc_server import BlockingOSCUDPServer

from agent.oscwire import problem
from agent.params import BY_NAME, REGISTRY, Params
from agent.session import Session, Stage

log = logging.getLogger(__name__)
PREFIX = "/obbligato"
ERROR_RATE = 50  # error replies per second at most
CONTROL_NICE = 10  # control threads yield the CPU to audio and the worker under load

STAGE_COMMANDS = {  # the process: every agent at once
    "start": ("", "start playing (every agent with an agent folder and a target corpus)"),
    "stop": ("", "stop playing"),
    "reply_to": ("i[s]", "send replies and state to this port (and host: the sender's, or one "
                         "named at start with --reply-host)"),
    "midi_learn": ("s", "the next MIDI CC moved controls this parameter (of the first agent)"),
    "schema": ("", "reply every address with its types, range and current value"),
    "agents": ("", "reply /obbligato/agent NAME FOLDER CORPUS LISTEN per agent"),
    "add_agent": ("s[s][s]", "add an agent NAME (and load its FOLDER and CORPUS); when stopped"),
    "focus": ("s", "addresses without an agent name (and the patches) control this agent now"),
    "quit": ("", "stop and exit `obbligato serve`"),
}
AGENT_COMMANDS = {  # one agent: /obbligato/<agent>/<command>, the first agent without <agent>/
    "load_agent": ("s", "load an agent folder"),
    "load_corpus": ("s[s]", "load a target corpus folder, optionally one role of it"),
    "get": ("s", "reply /obbligato/param NAME VALUE"),
    "status": ("", "reply the state now"),
    "feedback": ("s[i]", "like, dislike or ban what is playing now; 1 = the whole label"),
    "guide": ("s[s...]", "listen to: input | self | playlist FILE.. | alternate FILE.."),
    "listen": ("s[i]", "hear: input [CHANNEL] | AGENT (another agent's output: a chain)"),
    "region": ("s...", "restrict choices: tag T.. | track NAME.. | time A B | labels L.. | clear"),
    "preset_save": ("s", "save the parameters as a named preset (TOML)"),
    "preset_load": ("s", "recall a named preset"),
    "snapshot_save": ("s", "save the generative state now (resume a rehearsal exactly)"),
    "snapshot_load": ("s", "restore a saved generative state"),
    "record_start": ("[i]", "record the input (or input CHANNEL) into the target corpus"),
    "record_stop": ("", "stop recording; replies the song name and segment count"),
}
COMMANDS = {**STAGE_COMMANDS, **AGENT_COMMANDS}


class _Server(BlockingOSCUDPServer):
    """Checks every datagram (agent.oscwire) before python-osc parses it; counts and drops the
    malformed ones instead of letting them loop, recurse or raise in the parser."""

    malformed = 0
    last_malformed = ""

    def verify_request(self, request, client_address) -> bool:
        reason = problem(request[0])
        if reason is not None:
            self.malformed += 1
            self.last_malformed = reason
        return reason is None


class OscControl:
    """Addresses: `/obbligato/<command or parameter>` (stage commands, and the first agent's
    parameters and commands) and `/obbligato/<agent>/<command or parameter>` for any agent;
    replies carry the prefix the message came with."""

    def __init__(self, session: Session | Stage, host: str = "127.0.0.1", port: int = 9000,
                 reply_port: int | None = None, reply_host: str | None = None, midi=None):
        self.stage = session if isinstance(session, Stage) else session.stage
        self.midi = midi
        self.reply: tuple[str, int] | None = (reply_host or host, reply_port) if reply_port else None
        self.fixed_reply = reply_port is not None
        # Hosts `reply_to` may name besides the sender's own: only those named at start, so a
        # datagram cannot turn the agent into a reflector towards a third host.
        self.reply_hosts = {reply_host} if reply_host else set()
        self.sender: tuple[str, int] = ("127.0.0.1", 0)
        self.quit = threading.Event()
        self.errors = 0
        self._err_window, self._err_sent, self._err_suppressed = 0.0, 0, 0
        d = Dispatcher(strict_timing=False)
        d.set_default_handler(self._handle, needs_reply_address=True)
        self.server = _Server((host, port), d)
        self.port = self.server.server_address[1]
        self._threads: list[threading.Thread] = []
        self.focus: str | None = None
        self.stage.default.listeners.append(self._forward)
        self._log = _OscLogHandler(self)
        logging.getLogger("agent").addHandler(self._log)

    @property
    def session(self) -> Session:
        """The agent that addresses without an agent name control (the first, or `focus`)."""
        return self.stage.sessions.get(self.focus) or self.stage.default

    # ------------------------------------------------------------- lifecycle
    def start(self) -> None:
        for target, name in ((self.server.serve_forever, "osc-server"),
                             (self._state_loop, "osc-state")):
            t = threading.Thread(target=_niced(target), name=name, daemon=True)
            t.start()
            self._threads.append(t)

    def close(self) -> None:
        logging.getLogger("agent").removeHandler(self._log)
        self.quit.set()
        self.server.shutdown()
        self.server.server_close()

    # ------------------------------------------------------------- replies
    def send(self, address: str, *args) -> None:
        if self.reply is None:
            return
        try:
            self.server.socket.sendto(build_msg(address, list(args)).dgram, self.reply)
        except OSError as e:  # the patch may be closed: keep playing
            log.debug("reply to %s failed: %s", self.reply, e)

    def error(self, message: str) -> None:
        """Error reply, at most ERROR_RATE a second: a flood must not turn into a flood back."""
        self.errors += 1
        now = time.monotonic()
        if now - self._err_window >= 1.0:
            if self._err_suppressed:
                self.send(f"{PREFIX}/error", f"{self._err_suppressed} more errors suppressed")
            self._err_window, self._err_sent, self._err_suppressed = now, 0, 0
        if self._err_sent < ERROR_RATE:
            self._err_sent += 1
            self.send(f"{PREFIX}/error", message)
        else:
            self._err_suppressed += 1

    def counters(self) -> dict[str, int]:
        """Malformed datagrams dropped and error replies owed, since start."""
        return {"osc_malformed": self.server.malformed, "osc_errors": self.errors}

    def _forward(self, event: str, payload: dict) -> None:
        self.send(f"{PREFIX}/event", event, *[str(v) for v in payload.values()])

    def _note_sender(self, client: tuple[str, int]) -> None:
        self.sender = (client[0], client[1])
        if not self.fixed_reply:
            self.reply = (client[0], client[1])

    def _prefix(self, s: Session) -> str:
        return PREFIX if s is self.session else f"{PREFIX}/{s.name}"

    # ------------------------------------------------------------- handlers
    def _route(self, address: str) -> tuple[Session | None, str]:
        """(agent, command or parameter) of an address; agent None for stage commands."""
        parts = address[len(PREFIX) + 1:].split("/") if address.startswith(PREFIX + "/") else []
        if len(parts) == 1 and parts[0] in STAGE_COMMANDS:
            return None, parts[0]
        if len(parts) == 1 and (parts[0] in BY_NAME or parts[0] in AGENT_COMMANDS):
            return self.session, parts[0]
        if len(parts) == 2 and parts[0] in self.stage.sessions and (
                parts[1] in BY_NAME or parts[1] in AGENT_COMMANDS):
            return self.stage.sessions[parts[0]], parts[1]
        raise LookupError(f"{address}: unknown address (send {PREFIX}/schema for the list)")

    def _handle(self, client, address: str, *args) -> None:
        self._note_sender(client)
        try:
            s, name = self._route(address)
        except LookupError as e:
            self.error(str(e))
            return
        try:
            if s is None:
                getattr(self, f"cmd_{name}")(*args)
            elif name in BY_NAME:
                if len(args) != 1:
                    raise ValueError(f"{name}: expected one value, got {len(args)}")
                value = s.set_param(name, args[0])
                self.send(f"{self._prefix(s)}/param", name, _osc_value(value))
            else:
                getattr(self, f"cmd_{name}")(s, *args)
        except TypeError:
            self.error(f"{address}: wrong arguments {list(args)} (expected "
                       f"{COMMANDS.get(name, ('?',))[0] or 'none'})")
        except Exception as e:  # a bad message must never stop the performance
            self.error(f"{address}: {str(e).splitlines()[0] if str(e) else type(e).__name__}")

    def ok(self, s: Session | None, *args) -> None:
        self.send(f"{PREFIX if s is None else self._prefix(s)}/ok", *args)

    # -- the stage
    def cmd_start(self) -> None:
        self.stage.start()
        self.ok(None, "start")

    def cmd_stop(self) -> None:
        self.stage.stop()
        self.ok(None, "stop")

    def cmd_reply_to(self, port: int, host: str | None = None) -> None:
        if not isinstance(port, (int, float)) or not 1 <= int(port) <= 65535:
            raise ValueError(f"reply port {port!r} is not 1..65535")
        host = _text(host) if host else self.sender[0]
        if host != self.sender[0] and host not in self.reply_hosts:
            raise ValueError(f"reply host {host} is not the sender's ({self.sender[0]}); other "
                             "hosts must be named at start (--reply-host)")
        self.reply = (host, int(port))
        self.fixed_reply = True
        self.ok(None, "reply_to", int(port))

    def cmd_midi_learn(self, name: str) -> None:
        if self.midi is None:
            raise ValueError("MIDI is not enabled (start with --midi)")
        self.midi.learn(_text(name))
        self.ok(None, "midi_learn", _text(name))

    def cmd_schema(self) -> None:
        n = 0
        for s in self.stage.sessions.values():
            pre = self._prefix(s)
            for q in REGISTRY:
                lo, hi = (q.lo, q.hi) if q.lo is not None else (0, 1 if q.kind == "bool" else 0)
                self.send(f"{PREFIX}/schema", f"{pre}/{q.name}", q.osc_types, float(lo),
                          float(hi), _osc_value(getattr(s.params, q.name)), q.help)
            for name, (types, help_) in AGENT_COMMANDS.items():
                self.send(f"{PREFIX}/schema", f"{pre}/{name}", types, 0.0, 0.0, "", help_)
            n += len(REGISTRY) + len(AGENT_COMMANDS)
        for name, (types, help_) in STAGE_COMMANDS.items():
            self.send(f"{PREFIX}/schema", f"{PREFIX}/{name}", types, 0.0, 0.0, "", help_)
        self.send(f"{PREFIX}/schema_end", n + len(STAGE_COMMANDS))

    def cmd_agents(self) -> None:
        for s in self.stage.sessions.values():
            self.send(f"{PREFIX}/agent", s.name, str(s.agent.path) if s.agent else "",
                      str(s.corpus_path or ""), s.listen)
        self.ok(None, "agents", len(self.stage.sessions))

    def cmd_add_agent(self, name: str, folder: str | None = None, corpus: str | None = None
                      ) -> None:
        first = self.stage.default
        s = self.stage.add(Session(params=Params(), seed=first.seed + len(self.stage.sessions),
                                   state_dir=first.state_dir,
                                   name=_text(name), stage=self.stage))
        try:
            if folder is not None:
                s.load_agent(_text(folder))
            if corpus is not None:
                s.load_corpus(_text(corpus))
        except Exception:
            del self.stage.sessions[s.name]  # all or nothing
            raise
        self.ok(None, "add_agent", s.name)

    def cmd_focus(self, name: str) -> None:
        if _text(name) not in self.stage.sessions:
            raise ValueError(f"focus: no agent named {name!r} (agents: "
                             f"{', '.join(self.stage.sessions)})")
        self.focus = name
        self.ok(None, "focus", name)

    def cmd_quit(self) -> None:
        self.ok(None, "quit")
        self.quit.set()

    # -- one agent
    def cmd_load_agent(self, s: Session, path: str) -> None:
        s.load_agent(_text(path))
        self.ok(s, "load_agent", str(path))

    def cmd_load_corpus(self, s: Session, path: str, role: str | None = None) -> None:
        s.load_corpus(_text(path), None if role is None else _text(role))
        self.ok(s, "load_corpus", str(path))

    def cmd_get(self, s: Session, name: str) -> None:
        if name not in BY_NAME:
            raise ValueError(f"unknown parameter {name!r}")
        self.send(f"{self._prefix(s)}/param", name, _osc_value(getattr(s.params, name)))

    def cmd_status(self, s: Session) -> None:
        self._send_state(s)

    def cmd_feedback(self, s: Session, verdict: str, whole_label: int = 0) -> None:
        fid = s.feedback(_text(verdict), bool(whole_label), who="osc")
        self.ok(s, "feedback", _text(verdict), fid)

    def cmd_guide(self, s: Session, mode: str, *files) -> None:
        mode = _text(mode)
        if mode not in ("input", "self", "playlist", "alternate"):
            raise ValueError(f"guide {mode!r} is not input, self, playlist or alternate")
        s.set_guide(mode, [_text(f) for f in files])
        self.ok(s, "guide", mode)

    def cmd_listen(self, s: Session, source: str, channel: int | None = None) -> None:
        s.set_listen(_text(source), None if channel is None else int(channel))
        self.ok(s, "listen", _text(source))

    def cmd_region(self, s: Session, kind: str, *values) -> None:
        from agent.regions import Region

        kind = _text(kind)
        if kind == "clear":
            region = Region()
        elif kind == "tag":
            region = Region(tags=tuple(_text(v) for v in values))
        elif kind == "track":
            region = Region(tracks=tuple(_text(v) for v in values))
        elif kind == "time":
            if len(values) != 2:
                raise ValueError("region time needs a start and an end in seconds")
            region = Region(time=(float(values[0]), float(values[1])))
        elif kind == "labels":
            region = Region(labels=tuple(int(v) for v in values))
        else:
            raise ValueError(f"region kind {kind!r} is not tag, track, time, labels or clear")
        s.set_region(region)
        self.ok(s, "region", kind)

    def cmd_preset_save(self, s: Session, name: str) -> None:
        self.ok(s, "preset_save", str(s.save_preset(name)))

    def cmd_preset_load(self, s: Session, name: str) -> None:
        s.load_preset(name)
        self.ok(s, "preset_load", name)

    def cmd_snapshot_save(self, s: Session, name: str) -> None:
        self.ok(s, "snapshot_save", str(s.save_snapshot(name)))

    def cmd_snapshot_load(self, s: Session, name: str) -> None:
        s.load_snapshot(name)
        self.ok(s, "snapshot_load", name)

    def cmd_record_start(self, s: Session, channel: int | None = None) -> None:
        song = s.record_start(None if channel is None else int(channel))
        self.ok(s, "record_start", song)

    def cmd_record_stop(self, s: Session) -> None:
        r = s.record_stop()
        self.ok(s, "record_stop", r["song"], int(r["segments"]))

    # ------------------------------------------------------------- state
    def _send_state(self, s: Session) -> None:
        st = s.status()
        pre = f"{self._prefix(s)}/state"
        self.send(f"{pre}/running", int(bool(st.get("running"))))
        for key in ("heard", "played", "segment", "ticks", "xruns", "dropouts", "errors",
                    "recorded_segments"):
            if key in st:
                self.send(f"{pre}/{key}", int(st[key]))
        for key in ("reaction_latency_ms", "callback_p99_ms", "callback_gap_max_ms",
                    "worker_p99_ms", "cpu_load"):
            if key in st:
                self.send(f"{pre}/{key}", float(st[key]))
        if "source" in st:
            self.send(f"{pre}/source", st["source"], float(st["source_time"]))

    def _state_loop(self) -> None:
        last_beat = 0.0
        while not self.quit.is_set():
            rate = self.session.params.state_rate
            try:
                if rate > 0 and self.stage.running:
                    for s in list(self.stage.sessions.values()):
                        if s.running:
                            self._send_state(s)
                now = time.monotonic()
                if now - last_beat >= 1.0:
                    last_beat = now
                    self.send(f"{PREFIX}/heartbeat", int(self.stage.running), float(time.time()))
                    self.send(f"{PREFIX}/state/osc", *self.counters().values())
            except Exception:
                log.exception("state report failed")
            self.quit.wait(1.0 / rate if rate > 0 else 1.0)


class _OscLogHandler(logging.Handler):
    """Warnings and errors of the agent (a failed tick, a restarted worker) go to the patch as
    `/obbligato/warning <level> <message>`."""

    def __init__(self, osc: "OscControl"):
        super().__init__(logging.WARNING)
        self.osc = osc

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.osc.send(f"{PREFIX}/warning", record.levelname.lower(),
                          record.getMessage().splitlines()[0][:500])
        except Exception:  # logging must never raise into the caller
            pass


def _niced(target):
    """Run `target` in a thread with a lower OS priority (Linux: per-thread niceness)."""

    def run() -> None:
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), CONTROL_NICE)
        except (OSError, AttributeError):  # other systems: same priority, still correct
            pass
        target()

    return run


def _text(x) -> str:
    if not isinstance(x, str):
        raise ValueError(f"expected a string, got {x!r}")
    return x


def _osc_value(v):
    return int(v) if isinstance(v, bool) else v
