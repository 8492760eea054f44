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
MAX_SUBSCRIBERS = 32  # patches listening at once (one per agent each); the oldest goes first
CONTROL_NICE = 10  # control threads yield the CPU to audio and the worker under load
# Datagrams read per second at most, in bursts of up to OSC_BURST: a patch sending faster (a
# runaway [metro], a flood) would hold the GIL the audio callback needs. The excess waits in
# the socket's buffer, and the kernel drops what overflows it; the time spent waiting is counted.
OSC_RATE = 2000
OSC_BURST = 500

LOOPBACK = frozenset({"127.0.0.1", "::1"})


def is_loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("127.") or host == "localhost"


class _Server(BlockingOSCUDPServer):
    """Checks every datagram before python-osc parses it: from a host that may control the
    agent (this machine, or one named with --osc-allow), and well-formed (agent.control.oscwire);
    counts and drops the others instead of letting them act, loop, recurse or raise."""

    malformed = 0
    refused = 0
    paced_s = 0.0  # time spent waiting so as not to read faster than OSC_RATE
    last_malformed = ""
    allowed: frozenset[str] = LOOPBACK
    _tokens = float(OSC_BURST)
    _last = 0.0

    def _pace(self) -> None:
        """A token bucket: one token per datagram, OSC_RATE tokens a second, OSC_BURST at most."""
        now = time.monotonic()
        self._tokens = min(float(OSC_BURST), self._tokens + (now - self._last) * OSC_RATE)
        self._last = now
        if self._tokens < 1.0:  # sleep until a tenth of the burst is back, not per datagram
            wait = max((OSC_BURST / 10 - self._tokens) / OSC_RATE, 0.001)
            time.sleep(wait)
            self.paced_s += wait
            self._tokens += wait * OSC_RATE
            self._last = time.monotonic()
        self._tokens -= 1.0

    def verify_request(self, request, client_address) -> bool:
        self._pace()
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
        self.subscribers: dict[tuple[str, int], str] = {}  # reply address -> agent name
        self.subscriber_of: dict[tuple[str, int], tuple[str, int]] = {}  # its sender -> it
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
    def _sendto(self, dest: tuple[str, int], address: str, args: tuple) -> None:
        try:
            self.server.socket.sendto(build_msg(address, list(args)).dgram, dest)
        except OSError as e:  # the patch may be closed: keep playing
            log.debug("reply to %s failed: %s", dest, e)

    def _main(self) -> tuple[str, int] | None:
        """The reply address of `reply_to` (or of the last sender), unless it is a subscriber's."""
        return None if self.reply is None or self.reply in self.subscribers else self.reply

    def send(self, address: str, *args) -> None:
        """A message of the process (heartbeat, events, warnings): to every listener. A patch
        gets an error or warning text as words, which a Pd or Max box shows as written."""
        main = self._main()
        if main is not None:
            self._sendto(main, address, args)
        if address in (f"{PREFIX}/error", f"{PREFIX}/warning"):
            args = words(args)
        for dest in list(self.subscribers):
            self._sendto(dest, address, args)

    def send_agent(self, s: AgentControl, suffix: str, *args) -> None:
        """A message about one agent: `reply_to` gets it under the prefix that agent answers
        at; its subscribers always under `/obbligato/<agent>`."""
        main = self._main()
        if main is not None:
            self._sendto(main, self.prefix(s) + suffix, args)
        self._to_subscribers(s, suffix, args)

    def _to_subscribers(self, s: AgentControl, suffix: str, args: tuple) -> None:
        for dest, name in list(self.subscribers.items()):
            if name == s.name:
                self._sendto(dest, f"{PREFIX}/{s.name}{suffix}", args)

    def subscribe(self, agent: str, port: int | None) -> None:
        """Replies about `agent` (and the process's) go to `port` on the sender's host, or back
        to the sender's own port (Pd's `[netsend -u -b]` hears them on its right outlet): one
        patch per agent, each with its own socket, no port to choose and none to clash."""
        dest = (self.sender[0], port or self.sender[1])
        self.subscribers.pop(dest, None)
        self.subscribers[dest] = agent
        self.subscriber_of[self.sender] = dest
        while len(self.subscribers) > MAX_SUBSCRIBERS:  # the oldest goes
            self.subscribers.pop(next(iter(self.subscribers)))
        self.subscriber_of = {k: d for k, d in self.subscriber_of.items() if d in self.subscribers}
        self._sendto(dest, f"{PREFIX}/{agent}/ok", ("subscribe", agent))

    def error(self, message: str) -> None:
        """Error reply, at most ERROR_RATE a second: a flood must not turn into a flood back.
        It goes to `reply_to` and, when a subscribed patch sent the message, to that patch."""
        self.errors += 1
        now = time.monotonic()
        if now - self._err_window >= 1.0:
            if self._err_suppressed:
                self.send(f"{PREFIX}/error", f"{self._err_suppressed} more errors suppressed")
            self._err_window, self._err_sent, self._err_suppressed = now, 0, 0
        if self._err_sent < ERROR_RATE:
            self._err_sent += 1
            main = self._main()
            if main is not None:
                self._sendto(main, f"{PREFIX}/error", (message,))
            dest = self.subscriber_of.get(self.sender)
            if dest in self.subscribers:
                self._sendto(dest, f"{PREFIX}/{self.subscribers[dest]}/error", words((message,)))
        else:
            self._err_suppressed += 1

    def counters(self) -> dict[str, int]:
        """Malformed datagrams dropped, error replies owed, datagrams refused from hosts not
        allowed, and milliseconds spent pacing a sender faster than OSC_RATE, since start."""
        return {"osc_malformed": self.server.malformed, "osc_errors": self.errors,
                "osc_refused": self.server.refused,
                "osc_paced_ms": round(1000 * self.server.paced_s)}

    def _forward(self, event: str, payload: dict) -> None:
        """A changed parameter (from OSC, MIDI, a preset or a snapshot) is echoed as `param`;
        other events keep their argument types (a segment count is an int, not a string)."""
        if event == "param":
            s = self.stage.sessions.get(payload["agent"])
            if s is not None:
                self.send_agent(s, "/param", payload["name"], osc_value(payload["value"]))
            return
        self.send(f"{PREFIX}/event", event, *[v if isinstance(v, (int, float, str)) else str(v)
                                               for v in map(osc_value, payload.values())])

    def _note_sender(self, client: tuple[str, int]) -> None:
        self.sender = (client[0], client[1])
        if not self.fixed_reply and self.sender not in self.subscriber_of:
            self.reply = self.sender

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
        if len(parts) == 2 and parts[1] in STAGE_COMMANDS:  # a patch scoped to one agent
            return [None], parts[1]
        if len(parts) == 2 and (parts[1] in BY_NAME or parts[1] in AGENT_COMMANDS):
            match = pattern(parts[0])
            agents = [s for n, s in self.stage.sessions.items() if match.fullmatch(n)]
            if agents:
                return list(agents), parts[1]
        raise LookupError(f"{address}: unknown address (send {PREFIX}/schema for the list)")

    def _handle(self, client, address: str, *args) -> None:
        self._note_sender(client)
        parts = address.split("/")
        if len(parts) == 3 and address.startswith(PREFIX + "/") and args and \
                isinstance(args[0], str) and parts[2] not in BY_NAME and parts[2] not in BY_COMMAND:
            # A plain message to an agent, as a Max [prepend /obbligato/bass] makes it:
            # `/obbligato/bass top_p 0.8` is `/obbligato/bass/top_p 0.8`.
            address, args = f"{address}/{args[0]}", args[1:]
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
                before = getattr(s.params, name)
                value = s.set_param(name, args[0])
                if value == before:  # a change is echoed by the agent's "param" event
                    self.send_agent(s, "/param", name, osc_value(value))
            else:
                BY_COMMAND[name].handler(self, s, *args)
        except TypeError:
            self.error(f"{address}: wrong arguments {list(args)} (expected "
                       f"{(BY_COMMAND[name].args if name in BY_COMMAND else '?') or 'none'})")
        except Exception as e:  # a bad message must never stop the performance
            self.error(f"{address}: {str(e).splitlines()[0] if str(e) else type(e).__name__}")

    def ok(self, s: AgentControl | None, *args) -> None:
        if s is None:
            self.send(f"{PREFIX}/ok", *args)
        else:
            self.send_agent(s, "/ok", *args)

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
        """Every address with its types, range and current value. A subscribed patch that asks
        gets its own agent's only, one `/obbligato/<agent>/schema <name> ...` each (its sync on
        connect), then `/obbligato/<agent>/command <name> <types> <help>` per command; any other
        sender gets every agent's, under the full address."""
        dest = self.subscriber_of.get(self.sender)
        if dest is not None and dest in self.subscribers:
            self._schema_to(dest, self.subscribers[dest])
            return
        main = self._main()
        if main is None:
            return
        rows = [(f"{self.prefix(s)}/{key}", row) for s in self.stage.sessions.values()
                for key, row in schema_rows(s)]
        rows += [(f"{PREFIX}/{c.name}", (c.args, 0.0, 0.0, "", c.help))
                 for c in STAGE_COMMANDS.values()]
        for address, row in rows:
            self._sendto(main, f"{PREFIX}/schema", (address, *row))
        self._sendto(main, f"{PREFIX}/schema_end", (len(rows),))

    def _schema_to(self, dest: tuple[str, int], name: str) -> None:
        s = self.stage.sessions.get(name)
        rows = list(schema_rows(s)) if s is not None else []
        for key, row in rows[:len(REGISTRY)]:
            self._sendto(dest, f"{PREFIX}/{name}/schema", (key, *row))
        for key, (types, *_, helptext) in rows[len(REGISTRY):]:
            self._sendto(dest, f"{PREFIX}/{name}/command", (key, types, helptext))
        self._sendto(dest, f"{PREFIX}/{name}/schema_end", (len(rows),))

    def sync_subscribers(self, name: str) -> None:
        """An agent added after its patch subscribed: the patch's controls take its values."""
        for dest, agent in list(self.subscribers.items()):
            if agent == name:
                self._schema_to(dest, name)

    # ------------------------------------------------------------- state
    def send_state(self, s: AgentControl) -> None:
        st = s.status()
        self.send_agent(s, "/state/running", int(bool(st.get("running"))))
        for key in STATE_INT[1:]:
            if key in st:
                self.send_agent(s, f"/state/{key}", int(st[key]))
        for key in STATE_FLOAT:
            if key in st:
                self.send_agent(s, f"/state/{key}", float(st[key]))
        if "source" in st:
            self.send_agent(s, "/state/source", st["source"], float(st["source_time"]))

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


def schema_rows(s: AgentControl):
    """(name, (types, min, max, value, help)) of each parameter and command of one agent."""
    for q in REGISTRY:
        lo, hi = (q.lo, q.hi) if q.lo is not None else (0, 1 if q.kind == "bool" else 0)
        yield q.name, (q.osc_types, float(lo or 0), float(hi or 0),
                       osc_value(getattr(s.params, q.name)), q.help)
    for c in AGENT_COMMANDS.values():
        yield c.name, (c.args, 0.0, 0.0, "", c.help)


def words(args: tuple) -> tuple:
    """Strings split at spaces: a patch's message box shows words, not one escaped symbol."""
    return tuple(w for a in args for w in (a.split() if isinstance(a, str) else [a]))


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
