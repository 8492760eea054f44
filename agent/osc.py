"""OSC control: the address space under /obbligato/ (documented in patches/README.md, which is
generated from the parameter registry).

Listens on 127.0.0.1 unless told otherwise. Every handler replies instead of raising: a wrong
type or range gets `/obbligato/error <message>` and leaves the value unchanged; datagrams that are
not OSC are counted and dropped. Timetags are ignored (Dispatcher(strict_timing=False)), so a
message can never make the server sleep."""
from __future__ import annotations

import logging
import os
import threading
import time

from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_message_builder import build_msg
from pythonosc.osc_server import BlockingOSCUDPServer

from agent.params import BY_NAME, REGISTRY
from agent.session import Session

log = logging.getLogger(__name__)
PREFIX = "/obbligato"
ERROR_RATE = 50  # error replies per second at most
CONTROL_NICE = 10  # control threads yield the CPU to audio and the worker under load

COMMANDS = {
    "start": ("", "start playing (needs an agent and a target corpus)"),
    "stop": ("", "stop playing"),
    "load_agent": ("s", "load an agent folder"),
    "load_corpus": ("s[s]", "load a target corpus folder, optionally one role of it"),
    "get": ("s", "reply /obbligato/param NAME VALUE"),
    "status": ("", "reply the state now"),
    "reply_to": ("i[s]", "send replies and state to this port (and host; default the sender's)"),
    "feedback": ("s[i]", "like, dislike or ban what is playing now; 1 = the whole label"),
    "midi_learn": ("s", "the next MIDI CC moved controls this parameter"),
    "schema": ("", "reply every address with its types, range and current value"),
    "guide": ("s[s...]", "listen to: input | self | playlist FILE.. | alternate FILE.."),
    "region": ("s...", "restrict choices: tag T.. | track NAME.. | time A B | labels L.. | clear"),
    "preset_save": ("s", "save the parameters as a named preset (TOML)"),
    "preset_load": ("s", "recall a named preset"),
    "snapshot_save": ("s", "save the generative state now (resume a rehearsal exactly)"),
    "snapshot_load": ("s", "restore a saved generative state"),
    "quit": ("", "stop and exit `obbligato serve`"),
}


class _Server(BlockingOSCUDPServer):
    """Counts datagrams that are not OSC instead of dropping them unseen."""

    dropped = 0

    def verify_request(self, request, client_address) -> bool:
        ok = super().verify_request(request, client_address)
        if not ok:
            self.dropped += 1
        return ok


class OscControl:
    def __init__(self, session: Session, host: str = "127.0.0.1", port: int = 9000,
                 reply_port: int | None = None, reply_host: str | None = None, midi=None):
        self.session = session
        self.midi = midi
        self.reply: tuple[str, int] | None = (reply_host or host, reply_port) if reply_port else None
        self.fixed_reply = reply_port is not None
        self.quit = threading.Event()
        self.errors = 0
        self._err_window, self._err_sent, self._err_suppressed = 0.0, 0, 0
        d = Dispatcher(strict_timing=False)
        d.map(f"{PREFIX}/*", self._handle, needs_reply_address=True)
        d.set_default_handler(self._unknown, needs_reply_address=True)
        self.server = _Server((host, port), d)
        self.port = self.server.server_address[1]
        self._threads: list[threading.Thread] = []
        session.listeners.append(self._forward)
        self._log = _OscLogHandler(self)
        logging.getLogger("agent").addHandler(self._log)

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

    def _forward(self, event: str, payload: dict) -> None:
        self.send(f"{PREFIX}/event", event, *[str(v) for v in payload.values()])

    def _note_sender(self, client: tuple[str, int]) -> None:
        if not self.fixed_reply:
            self.reply = (client[0], client[1])

    # ------------------------------------------------------------- handlers
    def _unknown(self, client, address: str, *args) -> None:
        self._note_sender(client)
        self.error(f"{address}: unknown address (send {PREFIX}/schema for the list)")

    def _handle(self, client, address: str, *args) -> None:
        self._note_sender(client)
        name = address[len(PREFIX) + 1:]
        try:
            if name in BY_NAME:
                if len(args) != 1:
                    raise ValueError(f"{name}: expected one value, got {len(args)}")
                value = self.session.set_param(name, args[0])
                self.send(f"{PREFIX}/param", name, _osc_value(value))
            elif name in COMMANDS:
                getattr(self, f"cmd_{name}")(*args)
            else:
                self._unknown(client, address, *args)
        except TypeError:
            self.error(f"{address}: wrong arguments {list(args)} (expected "
                       f"{COMMANDS.get(name, ('?',))[0] or 'none'})")
        except Exception as e:  # a bad message must never stop the performance
            self.error(f"{address}: {str(e).splitlines()[0] if str(e) else type(e).__name__}")

    def cmd_start(self) -> None:
        self.session.start()
        self.send(f"{PREFIX}/ok", "start")

    def cmd_stop(self) -> None:
        self.session.stop()
        self.send(f"{PREFIX}/ok", "stop")

    def cmd_load_agent(self, path: str) -> None:
        self.session.load_agent(_text(path))
        self.send(f"{PREFIX}/ok", "load_agent", str(path))

    def cmd_load_corpus(self, path: str, role: str | None = None) -> None:
        self.session.load_corpus(_text(path), None if role is None else _text(role))
        self.send(f"{PREFIX}/ok", "load_corpus", str(path))

    def cmd_get(self, name: str) -> None:
        if name not in BY_NAME:
            raise ValueError(f"unknown parameter {name!r}")
        self.send(f"{PREFIX}/param", name, _osc_value(getattr(self.session.params, name)))

    def cmd_status(self) -> None:
        self._send_state()

    def cmd_reply_to(self, port: int, host: str | None = None) -> None:
        if not isinstance(port, (int, float)) or not 1 <= int(port) <= 65535:
            raise ValueError(f"reply port {port!r} is not 1..65535")
        self.reply = (_text(host) if host else (self.reply or ("127.0.0.1", 0))[0], int(port))
        self.fixed_reply = True
        self.send(f"{PREFIX}/ok", "reply_to", int(port))

    def cmd_feedback(self, verdict: str, whole_label: int = 0) -> None:
        fid = self.session.feedback(_text(verdict), bool(whole_label), who="osc")
        self.send(f"{PREFIX}/ok", "feedback", _text(verdict), fid)

    def cmd_midi_learn(self, name: str) -> None:
        if self.midi is None:
            raise ValueError("MIDI is not enabled (start with --midi)")
        self.midi.learn(_text(name))
        self.send(f"{PREFIX}/ok", "midi_learn", _text(name))

    def cmd_schema(self) -> None:
        for q in REGISTRY:
            lo, hi = (q.lo, q.hi) if q.lo is not None else (0, 1 if q.kind == "bool" else 0)
            self.send(f"{PREFIX}/schema", f"{PREFIX}/{q.name}", q.osc_types, float(lo), float(hi),
                      _osc_value(getattr(self.session.params, q.name)), q.help)
        for name, (types, help_) in COMMANDS.items():
            self.send(f"{PREFIX}/schema", f"{PREFIX}/{name}", types, 0.0, 0.0, "", help_)
        self.send(f"{PREFIX}/schema_end", len(REGISTRY) + len(COMMANDS))

    def cmd_guide(self, mode: str, *files) -> None:
        mode = _text(mode)
        if mode not in ("input", "self", "playlist", "alternate"):
            raise ValueError(f"guide {mode!r} is not input, self, playlist or alternate")
        self.session.set_guide(mode, [_text(f) for f in files])
        self.send(f"{PREFIX}/ok", "guide", mode)

    def cmd_region(self, kind: str, *values) -> None:
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
        self.session.set_region(region)
        self.send(f"{PREFIX}/ok", "region", kind)

    def cmd_preset_save(self, name: str) -> None:
        self.send(f"{PREFIX}/ok", "preset_save", str(self.session.save_preset(name)))

    def cmd_preset_load(self, name: str) -> None:
        self.session.load_preset(name)
        self.send(f"{PREFIX}/ok", "preset_load", name)

    def cmd_snapshot_save(self, name: str) -> None:
        self.send(f"{PREFIX}/ok", "snapshot_save", str(self.session.save_snapshot(name)))

    def cmd_snapshot_load(self, name: str) -> None:
        self.session.load_snapshot(name)
        self.send(f"{PREFIX}/ok", "snapshot_load", name)

    def cmd_quit(self) -> None:
        self.send(f"{PREFIX}/ok", "quit")
        self.quit.set()

    # ------------------------------------------------------------- state
    def _send_state(self) -> None:
        st = self.session.status()
        self.send(f"{PREFIX}/state/running", int(bool(st.get("running"))))
        for key in ("heard", "played", "segment", "ticks", "xruns", "dropouts", "errors"):
            if key in st:
                self.send(f"{PREFIX}/state/{key}", int(st[key]))
        for key in ("reaction_latency_ms", "callback_p99_ms", "callback_gap_max_ms",
                    "worker_p99_ms", "cpu_load"):
            if key in st:
                self.send(f"{PREFIX}/state/{key}", float(st[key]))
        if "source" in st:
            self.send(f"{PREFIX}/state/source", st["source"], float(st["source_time"]))

    def _state_loop(self) -> None:
        last_beat = 0.0
        while not self.quit.is_set():
            rate = self.session.params.state_rate
            try:
                if rate > 0 and self.session.running:
                    self._send_state()
                now = time.monotonic()
                if now - last_beat >= 1.0:
                    last_beat = now
                    self.send(f"{PREFIX}/heartbeat", int(self.session.running),
                              float(time.time()))
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
