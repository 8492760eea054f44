"""The command table: every OSC command, its arguments, its help, its handler and whether the
patches show it as a button. The OSC dispatch, `schema`, patches/README.md, the generated Max
and Pd patches and the names an agent may not take all come from it; so do the state keys."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from agent.control.params import BY_NAME
from agent.synthesis.regions import Region

if TYPE_CHECKING:
    from agent.control.osc import OscControl
    from agent.control.stage import AgentControl

PREFIX = "/obbligato"  # every address starts with it
FOLDER = "<folder>"  # a button that opens a folder dialog and sends the chosen path


@dataclass(frozen=True)
class Command:
    name: str
    scope: str  # "stage" (the process, every agent) or "agent" (/obbligato/<agent>/<name>)
    args: str  # OSC type tags; [x] optional, x... repeated
    help: str
    handler: Callable[..., None]  # (osc, *args) for the stage, (osc, session, *args) per agent
    buttons: tuple[str, ...] = ()  # one patch button per entry: its argument ("" none, FOLDER)


def text(x: Any) -> str:
    """A string argument; a number is taken as its text (Max and Pd send `preset_save 1` and
    `region track 7` as numbers)."""
    if isinstance(x, bool) or not isinstance(x, (str, int, float)):
        raise ValueError(f"expected a string, got {x!r}")
    if isinstance(x, float):
        return f"{x:g}"
    return str(x)


def osc_value(v: Any) -> Any:
    return int(v) if isinstance(v, bool) else v


# -- the stage
def start(osc: OscControl) -> None:
    osc.stage.start()
    osc.ok(None, "start")


def stop(osc: OscControl) -> None:
    osc.stage.stop()
    osc.ok(None, "stop")


def reply_to(osc: OscControl, port: int, host: str | None = None) -> None:
    if not isinstance(port, (int, float)) or not 1 <= int(port) <= 65535:
        raise ValueError(f"reply port {port!r} is not 1..65535")
    osc.set_reply(text(host) if host else None, int(port))
    osc.ok(None, "reply_to", int(port))


def subscribe(osc: OscControl, agent: str, port: int | None = None) -> None:
    if port is not None and (not isinstance(port, (int, float)) or not 1 <= int(port) <= 65535):
        raise ValueError(f"subscribe port {port!r} is not 1..65535")
    osc.subscribe(text(agent), None if port is None else int(port))


def midi_learn(osc: OscControl, name: str) -> None:
    if osc.midi is None:
        raise ValueError("MIDI is not enabled (start with --midi)")
    osc.midi.learn(text(name))
    osc.ok(None, "midi_learn", text(name))


def schema(osc: OscControl) -> None:
    osc.send_schema()


def agents(osc: OscControl) -> None:
    for s in osc.stage.sessions.values():
        osc.send(f"{PREFIX}/agent", s.name, str(s.agent.path) if s.agent else "",
                 str(s.corpus_path or ""), s.listen)
    osc.ok(None, "agents", len(osc.stage.sessions))


def add_agent(osc: OscControl, name: str, folder: str | None = None,
              corpus: str | None = None) -> None:
    s = osc.stage.add_new(text(name), None if folder is None else text(folder),
                          None if corpus is None else text(corpus))
    osc.ok(None, "add_agent", s.name)
    osc.sync_subscribers(s.name)


def focus(osc: OscControl, name: str) -> None:
    osc.set_focus(text(name))
    osc.ok(None, "focus", text(name))


def quit_(osc: OscControl) -> None:
    osc.ok(None, "quit")
    osc.quit.set()


# -- one agent
def load_agent(osc: OscControl, s: AgentControl, path: str) -> None:
    s.load_agent(text(path))
    osc.ok(s, "load_agent", str(path))


def load_corpus(osc: OscControl, s: AgentControl, path: str, role: str | None = None) -> None:
    s.load_corpus(text(path), None if role is None else text(role))
    osc.ok(s, "load_corpus", str(path))


def get(osc: OscControl, s: AgentControl, name: str) -> None:
    if name not in BY_NAME:
        raise ValueError(f"unknown parameter {name!r}")
    osc.send_agent(s, "/param", name, osc_value(getattr(s.params, name)))


def status(osc: OscControl, s: AgentControl) -> None:
    osc.send_state(s)


def feedback(osc: OscControl, s: AgentControl, verdict: str, whole_label: int = 0) -> None:
    fid = s.feedback(text(verdict), bool(whole_label), who="osc")
    osc.ok(s, "feedback", text(verdict), fid)


def guide(osc: OscControl, s: AgentControl, mode: str, *files: str) -> None:
    mode = text(mode)
    if mode not in ("input", "self", "playlist", "alternate"):
        raise ValueError(f"guide {mode!r} is not input, self, playlist or alternate")
    s.set_guide(mode, [text(f) for f in files])
    osc.ok(s, "guide", mode)


def listen(osc: OscControl, s: AgentControl, source: str, channel: int | None = None) -> None:
    s.set_listen(text(source), None if channel is None else int(channel))
    osc.ok(s, "listen", text(source))


def region_of(kind: str, values: tuple[Any, ...]) -> Region:
    """A Region from `/region KIND VALUES...`, or a one-line error."""
    if kind == "clear":
        return Region()
    if kind == "tag":
        return Region(tags=tuple(text(v) for v in values))
    if kind == "track":
        return Region(tracks=tuple(text(v) for v in values))
    if kind == "time":
        if len(values) != 2:
            raise ValueError("region time needs a start and an end in seconds")
        return Region(time=(float(values[0]), float(values[1])))
    if kind == "labels":
        return Region(labels=tuple(int(v) for v in values))
    raise ValueError(f"region kind {kind!r} is not tag, track, time, labels or clear")


def region(osc: OscControl, s: AgentControl, kind: str, *values: Any) -> None:
    s.set_region(region_of(text(kind), values))
    osc.ok(s, "region", kind)


def preset_save(osc: OscControl, s: AgentControl, name: str) -> None:
    osc.ok(s, "preset_save", str(s.save_preset(text(name))))


def preset_load(osc: OscControl, s: AgentControl, name: str) -> None:
    s.load_preset(text(name))
    osc.ok(s, "preset_load", text(name))


def snapshot_save(osc: OscControl, s: AgentControl, name: str) -> None:
    osc.ok(s, "snapshot_save", str(s.save_snapshot(text(name))))


def snapshot_load(osc: OscControl, s: AgentControl, name: str) -> None:
    s.load_snapshot(text(name))
    osc.ok(s, "snapshot_load", text(name))


def record_start(osc: OscControl, s: AgentControl, channel: int | None = None) -> None:
    song = s.record_start(None if channel is None else int(channel))
    osc.ok(s, "record_start", song)


def record_stop(osc: OscControl, s: AgentControl) -> None:
    r = s.record_stop()
    osc.ok(s, "record_stop", r["song"], int(r["segments"]))


COMMANDS: tuple[Command, ...] = (
    Command("start", "stage", "", "start playing (every agent with an agent folder and a target "
            "corpus)", start, ("",)),
    Command("stop", "stage", "", "stop playing", stop, ("",)),
    Command("reply_to", "stage", "i[s]", "send replies and state to this port (and host: the "
            "sender's, or one named at start with --reply-host)", reply_to),
    Command("subscribe", "stage", "s[i]", "a patch for agent NAME: its replies and state (as "
            "/obbligato/NAME/...) and the process's go to PORT, or back to the sending port; "
            "`schema` then answers NAME's only", subscribe),
    Command("midi_learn", "stage", "s", "the next MIDI CC moved controls this parameter (of the "
            "first agent)", midi_learn),
    Command("schema", "stage", "", "reply every address with its types, range and current value",
            schema, ("",)),
    Command("agents", "stage", "", "reply /obbligato/agent NAME FOLDER CORPUS LISTEN per agent",
            agents, ("",)),
    Command("add_agent", "stage", "s[s][s]", "add an agent NAME (and load its FOLDER and "
            "CORPUS); when stopped", add_agent),
    Command("focus", "stage", "s", "addresses without an agent name (and the patches) control "
            "this agent now", focus),
    Command("quit", "stage", "", "stop and exit `obbligato serve`", quit_, ("",)),
    Command("load_agent", "agent", "s", "load an agent folder", load_agent, (FOLDER,)),
    Command("load_corpus", "agent", "s[s]", "load a target corpus folder, optionally one role of "
            "it", load_corpus, (FOLDER,)),
    Command("get", "agent", "s", "reply /obbligato/param NAME VALUE", get),
    Command("status", "agent", "", "reply the state now", status, ("",)),
    Command("feedback", "agent", "s[i]", "like, dislike or ban what is playing now; 1 = the "
            "whole label", feedback, ("like", "dislike", "ban")),
    Command("guide", "agent", "s[s...]", "listen to: input | self | playlist FILE.. | alternate "
            "FILE..", guide),
    Command("listen", "agent", "s[i]", "hear: input [CHANNEL] | AGENT (another agent's output: a "
            "chain)", listen),
    Command("region", "agent", "s...", "restrict choices: tag T.. | track NAME.. | time A B | "
            "labels L.. | clear", region),
    Command("preset_save", "agent", "s", "save the parameters as a named preset (TOML)",
            preset_save),
    Command("preset_load", "agent", "s", "recall a named preset", preset_load),
    Command("snapshot_save", "agent", "s", "save the generative state now (resume a rehearsal "
            "exactly)", snapshot_save),
    Command("snapshot_load", "agent", "s", "restore a saved generative state", snapshot_load),
    Command("record_start", "agent", "[i]", "record the input (or input CHANNEL) into the target "
            "corpus", record_start, ("",)),
    Command("record_stop", "agent", "", "stop recording; replies the song name and segment count",
            record_stop, ("",)),
)
BY_COMMAND = {c.name: c for c in COMMANDS}
STAGE_COMMANDS = {c.name: c for c in COMMANDS if c.scope == "stage"}
AGENT_COMMANDS = {c.name: c for c in COMMANDS if c.scope == "agent"}
# `/obbligato[/<agent>]/state/<key>`: integers, then floats, sent by the state loop and shown
# by the patches (plus `source <track> <seconds>`).
STATE_INT = ("running", "ticks", "heard", "played", "segment", "xruns", "dropouts", "errors",
             "recorded_segments")
STATE_FLOAT = ("reaction_latency_ms", "callback_p99_ms", "callback_gap_max_ms", "worker_p99_ms",
               "cpu_load")
STATE = STATE_INT + STATE_FLOAT


# What the server answers at /obbligato/<kind>: an agent of that name would be ambiguous.
REPLIES = frozenset({"state", "param", "ok", "error", "warning", "event", "heartbeat", "schema",
                     "schema_end", "command"})


def reserved(name: str) -> bool:
    """Names an agent cannot take: they would shadow a parameter or command address."""
    return name in BY_NAME or name in BY_COMMAND or name in REPLIES
