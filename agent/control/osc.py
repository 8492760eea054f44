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
import re
import threading
import time

from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_message_builder import build_msg
from pythonosc.osc_server import BlockingOSCUDPServer

from agent.control.commands import (
    AGENT_COMMANDS,
    BY_COMMAND,
    PREFIX,
    STAGE_COMMANDS,
    STATE_FLOAT,
    STATE_INT,
    osc_value,
)
from agent.control.oscwire import problem
from agent.control.params import BY_NAME, REGISTRY
from agent.control.stage import AgentControl, Stage

log = logging.getLogger(__name__)
ERROR_RATE = 50  # error replies per second at most
CONTROL_NICE = 10  # control threads yield the CPU to audio and the worker under load

LOOPBACK = frozenset({"127.0.0.1", "::1"})


def is_loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("127.") or host == "localhost"


class _Server(BlockingOSCUDPServer):
    """Checks every datagram before python-osc parses it: from a host that may control the
    agent (this machine, or one named with --osc-allow), and well-formed (agent.control.oscwire);
    counts and drops the others instead of letting them act, loop, recurse or raise."""

    malformed = 0
    refused = 0
    last_malformed = ""
    allowed: frozenset[str] = LOOPBACK

    def verify_request(self, request, client_address) -> bool:
        if client_address[0] not in self.allowed:
            self.refused += 1
            return False
        reason = problem(request[0])
        if reason is not None:
            self.malformed += 1
            self.last_malformed = reason
        return reason is None


class OscControl:
    """Addresses: `/obbligato/<command or parameter>` (stage commands, and the parameters and
    commands of the focused agent: the first, or the one named by `focus`) and
    `/obbligato/<agent>/<command or parameter>` for any agent; replies carry the prefix the
    message came with."""

    def __init__(self, session: AgentControl | Stage, host: str = "127.0.0.1", port: int = 9000,
                 reply_port: int | None = None, reply_host: str | None = None, midi=None,
                 allow: tuple[str, ...] = ()):
        if not is_loopback(host) and not allow:
            raise ValueError(f"OSC on {host} would let any host on the network start, stop, "
                             "record and quit the agent; name the hosts that may control it with "
                             "--osc-allow HOST [HOST ...]")
        self.stage = session if isinstance(session, Stage) else session.stage
        self.midi = midi
        self.reply: tuple[str, int] | None = (reply_host or host, reply_port) if reply_port else None
        self.fixed_reply = reply_port is not None
        # Hosts `reply_to` may name besides the sender's own: only those named at start, so a
        # datagram cannot turn the agent into a reflector towards a third host.
        self.reply_hosts = {reply_host} if reply_host else set()
        self.sender: tuple[str, int] = ("127.0.0.1", 0)
        self.quit = threading.Event()
        self.started = time.monotonic()
        self.errors = 0
        self._err_window, self._err_sent, self._err_suppressed = 0.0, 0, 0
        d = Dispatcher(strict_timing=False)
        d.set_default_handler(self._handle, needs_reply_address=True)
        self.server = _Server((host, port), d)
        self.server.allowed = LOOPBACK | frozenset(allow)
        self.port = self.server.server_address[1]
        self._threads: list[threading.Thread] = []
        self.focus: str | None = None
        self.stage.default.listeners.append(self._forward)
        self._log = _OscLogHandler(self)
        logging.getLogger("agent").addHandler(self._log)

    @property
    def session(self) -> AgentControl:
        """The agent that addresses without an agent name control (the first, or `focus`)."""
        return self.stage.sessions.get(self.focus or "") or self.stage.default

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
        """Malformed datagrams dropped, error replies owed, and datagrams refused from hosts
        not allowed, since start."""
        return {"osc_malformed": self.server.malformed, "osc_errors": self.errors,
                "osc_refused": self.server.refused}

    def _forward(self, event: str, payload: dict) -> None:
        """Event arguments keep their types (a segment count is an int, not a string)."""
        self.send(f"{PREFIX}/event", event, *[v if isinstance(v, (int, float, str)) else str(v)
                                               for v in map(osc_value, payload.values())])

    def _note_sender(self, client: tuple[str, int]) -> None:
        self.sender = (client[0], client[1])
        if not self.fixed_reply:
            self.reply = (client[0], client[1])

    def prefix(self, s: AgentControl) -> str:
        return PREFIX if s is self.session else f"{PREFIX}/{s.name}"

    # ------------------------------------------------------------- handlers
    def _route(self, address: str) -> tuple[list[AgentControl | None], str]:
        """(agents, command or parameter) of an address; [None] for stage commands. The agent
        part may be an OSC 1.0 pattern (`/obbligato/*/mute`, `/obbligato/{bass,drums}/gain`)."""
        parts = address[len(PREFIX) + 1:].split("/") if address.startswith(PREFIX + "/") else []
        if len(parts) == 1 and parts[0] in STAGE_COMMANDS:
            return [None], parts[0]
        if len(parts) == 1 and (parts[0] in BY_NAME or parts[0] in AGENT_COMMANDS):
            return [self.session], parts[0]
        if len(parts) == 2 and (parts[1] in BY_NAME or parts[1] in AGENT_COMMANDS):
            match = pattern(parts[0])
            agents = [s for n, s in self.stage.sessions.items() if match.fullmatch(n)]
            if agents:
                return list(agents), parts[1]
        raise LookupError(f"{address}: unknown address (send {PREFIX}/schema for the list)")

    def _handle(self, client, address: str, *args) -> None:
        self._note_sender(client)
        try:
            agents, name = self._route(address)
        except LookupError as e:
            self.error(str(e))
            return
        for s in agents:
            self._run(address, s, name, args)

    def _run(self, address: str, s: AgentControl | None, name: str, args: tuple) -> None:
        try:
            if s is None:
                BY_COMMAND[name].handler(self, *args)
            elif name in BY_NAME:
                if len(args) != 1:
                    raise ValueError(f"{name}: expected one value, got {len(args)}")
                value = s.set_param(name, args[0])
                self.send(f"{self.prefix(s)}/param", name, osc_value(value))
            else:
                BY_COMMAND[name].handler(self, s, *args)
        except TypeError:
            self.error(f"{address}: wrong arguments {list(args)} (expected "
                       f"{(BY_COMMAND[name].args if name in BY_COMMAND else '?') or 'none'})")
        except Exception as e:  # a bad message must never stop the performance
            self.error(f"{address}: {str(e).splitlines()[0] if str(e) else type(e).__name__}")

    def ok(self, s: AgentControl | None, *args) -> None:
        self.send(f"{PREFIX if s is None else self.prefix(s)}/ok", *args)

    def set_reply(self, host: str | None, port: int) -> None:
        """Replies go to `port` on the sender's host, or on a host named at start."""
        host = host or self.sender[0]
        if host != self.sender[0] and host not in self.reply_hosts:
            raise ValueError(f"reply host {host} is not the sender's ({self.sender[0]}); other "
                             "hosts must be named at start (--reply-host)")
        self.reply = (host, port)
        self.fixed_reply = True

    def set_focus(self, name: str) -> None:
        if name not in self.stage.sessions:
            raise ValueError(f"focus: no agent named {name!r} (agents: "
                             f"{', '.join(self.stage.sessions)})")
        self.focus = name

    def send_schema(self) -> None:
        n = 0
        for s in self.stage.sessions.values():
            pre = self.prefix(s)
            for q in REGISTRY:
                lo, hi = (q.lo, q.hi) if q.lo is not None else (0, 1 if q.kind == "bool" else 0)
                self.send(f"{PREFIX}/schema", f"{pre}/{q.name}", q.osc_types, float(lo or 0),
                          float(hi or 0), osc_value(getattr(s.params, q.name)), q.help)
            for c in AGENT_COMMANDS.values():
                self.send(f"{PREFIX}/schema", f"{pre}/{c.name}", c.args, 0.0, 0.0, "", c.help)
            n += len(REGISTRY) + len(AGENT_COMMANDS)
        for c in STAGE_COMMANDS.values():
            self.send(f"{PREFIX}/schema", f"{PREFIX}/{c.name}", c.args, 0.0, 0.0, "", c.help)
        self.send(f"{PREFIX}/schema_end", n + len(STAGE_COMMANDS))

    # ------------------------------------------------------------- state
    def send_state(self, s: AgentControl) -> None:
        st = s.status()
        pre = f"{self.prefix(s)}/state"
        self.send(f"{pre}/running", int(bool(st.get("running"))))
        for key in STATE_INT[1:]:
            if key in st:
                self.send(f"{pre}/{key}", int(st[key]))
        for key in STATE_FLOAT:
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
                            self.send_state(s)
                now = time.monotonic()
                if now - last_beat >= 1.0:
                    last_beat = now
                    # Whole seconds since start, an int: a float32 of the Unix time would be
                    # rounded to 128 s.
                    self.send(f"{PREFIX}/heartbeat", int(self.stage.running),
                              int(now - self.started))
                    self.send(f"{PREFIX}/state/osc", *self.counters().values())
            except Exception:
                log.exception("state report failed")
            self.quit.wait(1.0 / rate if rate > 0 else 1.0)


def pattern(part: str) -> re.Pattern[str]:
    """An OSC 1.0 address-pattern part as a regex: `*`, `?`, `[a-z]`, `[!a]`, `{a,b}`."""
    out, i = [], 0
    while i < len(part):
        c = part[i]
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = part.find("]", i)
            if j < 0:
                out.append(re.escape(c))
            else:
                body = part[i + 1 : j]
                neg = body.startswith("!")
                body = re.escape(body[1:] if neg else body).replace("\\-", "-")
                out.append(f"[{'^' if neg else ''}{body}]")
                i = j
        elif c == "{":
            j = part.find("}", i)
            if j < 0:
                out.append(re.escape(c))
            else:
                out.append("(?:" + "|".join(re.escape(a) for a in part[i + 1 : j].split(",")) + ")")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out))


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
