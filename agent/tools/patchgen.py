"""Generate patches/ from the parameter registry: the Pd and Max patches (a control for every
parameter, every command, the state displayed) and patches/README.md (the OSC address space).
Run `make patches` after changing agent/control/params.py or agent/control/commands.py; a
test checks they agree."""
from __future__ import annotations

import sys
from pathlib import Path

from agent.control.commands import AGENT_COMMANDS, COMMANDS, FOLDER, PREFIX, STAGE_COMMANDS, STATE
from agent.control.params import REGISTRY

PATCHES = Path(__file__).resolve().parents[2] / "patches"
SEND_PORT, REPLY_PORT = 9000, 9001


class PdPatch:
    """Minimal writer for vanilla Pd files: objects are numbered in creation order."""

    def __init__(self, w: int = 1200, h: int = 900):
        self.lines = [f"#N canvas 40 40 {w} {h} 12;"]
        self.n = 0

    def add(self, kind: str, x: int, y: int, text: str = "") -> int:
        self.lines.append(f"#X {kind} {x} {y}{' ' + text if text else ''};")
        self.n += 1
        return self.n - 1

    def obj(self, x: int, y: int, text: str) -> int:
        return self.add("obj", x, y, text)

    def msg(self, x: int, y: int, text: str) -> int:
        return self.add("msg", x, y, text.replace(";", "\\;"))

    def text(self, x: int, y: int, text: str) -> None:
        escaped = text.replace(",", " \\,").replace(";", " \\;")
        self.add("text", x, y, escaped)  # comments are numbered like objects

    def link(self, a: int, b: int, outlet: int = 0, inlet: int = 0) -> None:
        self.lines.append(f"#X connect {a} {outlet} {b} {inlet};")

    def chain(self, *ids: int) -> None:
        """Link each object's first outlet to the next one's first inlet."""
        for a, b in zip(ids, ids[1:]):
            self.link(a, b)

    def render(self) -> str:
        return "\n".join(self.lines) + "\n"


def pd_patch() -> str:
    p = PdPatch()
    p.text(20, 10, f"obbligato: OSC control (vanilla Pd 0.51+). Start `obbligato serve` and this "
                   f"patch sends to 127.0.0.1:{SEND_PORT} and listens on {REPLY_PORT}.")
    conn = p.msg(20, 80, f"connect 127.0.0.1 {SEND_PORT}")
    lb = p.obj(20, 30, "loadbang")
    order = p.obj(20, 55, "t b b")  # connect first (right outlet), then ask for replies
    send = p.obj(20, 860, "netsend -u -b")
    p.link(lb, order)
    p.link(order, conn, 1)
    p.link(conn, send)
    trim = p.obj(20, 830, "list trim")
    pre = p.obj(20, 800, "list prepend send")
    p.chain(pre, trim, send)

    def osc(x: int, y: int, addr: str) -> int:
        f = p.obj(x, y, f"oscformat obbligato {addr}")
        p.link(f, pre)
        return f

    reply = osc(250, 80, "reply_to")
    rmsg = p.msg(250, 55, str(REPLY_PORT))
    p.link(order, rmsg)
    p.link(rmsg, reply)
    x0, y = 20, 130
    for i, q in enumerate(REGISTRY):
        x, yy = x0 + (i % 3) * 330, y + (i // 3) * 75
        p.text(x, yy, f"{q.name}" + (f" {q.lo:g}..{q.hi:g}" if q.lo is not None else ""))
        if q.kind == "bool":
            ctl = p.obj(x, yy + 20, "tgl 18 0 empty empty empty 0 -8 0 10 #fcfcfc #000000 "
                                    "#000000 0 1")
        elif q.kind == "str":
            ctls = [p.msg(x + 62 * j, yy + 20, f"symbol {c}") for j, c in enumerate(q.choices)]
        else:
            ctl = p.add("floatatom", x, yy + 20, f"8 {q.lo:g} {q.hi:g} 0 - - - 0")
        f = osc(x, yy + 45, q.name)
        for c in ctls if q.kind == "str" else [ctl]:
            p.link(c, f)
    y = 130 + ((len(REGISTRY) + 2) // 3) * 75 + 10
    # Pd has no folder dialog that works headless: a folder button is a path to edit.
    cmds = [(c.name, "bang" if b == "" else f"symbol /path/to/{c.name.split('_')[1]}"
             if b == FOLDER else f"symbol {b}") for c in COMMANDS for b in c.buttons]
    for i, (cmd, arg) in enumerate(cmds):
        x, yy = 20 + (i % 5) * 220, y + (i // 5) * 70
        m = p.msg(x, yy, arg)
        f = osc(x, yy + 25, cmd)
        p.link(m, f)
        p.text(x + 100 if arg == "bang" else x, yy - 18, cmd)
    x, yy = 20 + (len(cmds) % 5) * 220, y + (len(cmds) // 5) * 70  # several agents: whose
    p.text(x, yy - 18, "focus: agent name")                      # controls these are
    name = p.add("symbolatom", x, yy, "10 0 0 0 - - - 0")
    p.link(name, osc(x, yy + 25, "focus"))
    # Replies: /obbligato/<kind> ... -> print, and state values -> number boxes.
    rx = 720
    recv = p.obj(rx, 560, f"netreceive -u -b {REPLY_PORT}")
    parse = p.obj(rx, 590, "oscparse")
    tr = p.obj(rx, 620, "list trim")
    r1 = p.obj(rx, 650, "route obbligato")
    r2 = p.obj(rx, 680, "route state")
    prt = p.obj(rx + 200, 710, "print obbligato")
    p.chain(recv, parse, tr, r1, r2)
    p.link(r2, prt, 1)
    rs = p.obj(rx, 710, "route " + " ".join(STATE))
    p.link(r2, rs)
    for i, key in enumerate(STATE):
        a = p.add("floatatom", rx + (i % 2) * 230, 740 + (i // 2) * 25, "8 0 0 0 - - - 0")
        p.link(rs, a, i)
        p.text(rx + 80 + (i % 2) * 230, 740 + (i // 2) * 25, key)
    return p.render()


def max_patch(path: Path) -> None:
    from py2max import Patcher

    p = Patcher(str(path))
    p.rect = [40.0, 80.0, 1500.0, 1100.0]
    p.add_comment(f"obbligato: OSC control. Start `obbligato serve`; this patch sends to "
                  f"127.0.0.1:{SEND_PORT} and listens on {REPLY_PORT}.",
                  patching_rect=[20, 10, 700, 20])
    send = p.add_textbox(f"udpsend 127.0.0.1 {SEND_PORT}", patching_rect=[20, 920, 160, 22])
    lb = p.add_textbox("loadbang", patching_rect=[20, 40, 60, 22])
    rmsg = p.add_message(f"{PREFIX}/reply_to {REPLY_PORT}", patching_rect=[20, 70, 200, 22])
    p.add_line(lb, rmsg)
    p.add_line(rmsg, send)
    for i, q in enumerate(REGISTRY):
        x, y = 20 + (i % 3) * 300, 110 + (i // 3) * 70
        p.add_comment(q.name + (f" {q.lo:g}..{q.hi:g}" if q.lo is not None else ""),
                      patching_rect=[x, y, 250, 20])
        if q.kind == "bool":
            ctl = p.add_textbox("toggle", maxclass="toggle", patching_rect=[x, y + 20, 20, 20])
        elif q.kind == "str":
            # Max stores a umenu's items with "," between them (else one item holds them all).
            items = [x for c in q.choices for x in (c, ",")][:-1]
            ctl = p.add_textbox("umenu", maxclass="umenu", items=items,
                                patching_rect=[x, y + 20, 100, 22])
        elif q.kind == "int":
            ctl = p.add_textbox("number", maxclass="number", patching_rect=[x, y + 20, 60, 22])
        else:
            ctl = p.add_textbox("flonum", maxclass="flonum", patching_rect=[x, y + 20, 60, 22])
        pre = p.add_textbox(f"prepend {PREFIX}/{q.name}", patching_rect=[x + 110, y + 20, 180, 22])
        p.add_line(ctl, pre, outlet=1 if q.kind == "str" else 0)
        p.add_line(pre, send)
    y = 110 + ((len(REGISTRY) + 2) // 3) * 70
    cmds = [(c.name, f" {b}" if b else "") for c in COMMANDS for b in c.buttons if b != FOLDER]
    for i, (cmd, arg) in enumerate(cmds):
        m = p.add_message(f"{PREFIX}/{cmd}{arg}",
                          patching_rect=[20 + (i % 4) * 160, y + (i // 4) * 30, 150, 22])
        p.add_line(m, send)
    y += 30 * ((len(cmds) - 1) // 4)
    folders = [c.name for c in COMMANDS if FOLDER in c.buttons]
    for x, cmd in zip((20, 260, 500, 740), folders):  # pick a folder, send its path
        bang = p.add_message("bang", patching_rect=[x, y + 45, 40, 22])
        dlg = p.add_textbox("opendialog fold", patching_rect=[x, y + 70, 110, 22])
        # macOS Max answers "Macintosh HD:/Users/..."; the server wants /Users/...
        posix = p.add_textbox("conformpath slash boot", patching_rect=[x, y + 100, 150, 22])
        pre = p.add_textbox(f"prepend {PREFIX}/{cmd}", patching_rect=[x, y + 130, 200, 22])
        for a, b in ((bang, dlg), (dlg, posix), (posix, pre), (pre, send)):
            p.add_line(a, b)
    p.add_comment("focus: type an agent's name in the box, click it", patching_rect=[500, y + 20,
                                                                              180, 20])
    name = p.add_message("main", patching_rect=[500, y + 45, 80, 22])
    pre = p.add_textbox(f"prepend {PREFIX}/focus", patching_rect=[500, y + 100, 160, 22])
    p.add_line(name, pre)
    p.add_line(pre, send)
    recv = p.add_textbox(f"udpreceive {REPLY_PORT}", patching_rect=[700, y, 120, 22])
    route = p.add_textbox("route " + " ".join(f"{PREFIX}/state/{k}" for k in STATE),
                          patching_rect=[700, y + 30, 600, 22])
    p.add_line(recv, route)
    prt = p.add_textbox("print obbligato", patching_rect=[1320, y + 60, 100, 22])
    p.add_line(route, prt, outlet=len(STATE))
    for i, key in enumerate(STATE):
        box = p.add_textbox("flonum", maxclass="flonum",
                            patching_rect=[700 + (i % 4) * 150, y + 70 + (i // 4) * 45, 60, 22])
        p.add_line(route, box, outlet=i)
        p.add_comment(key, patching_rect=[700 + (i % 4) * 150, y + 92 + (i // 4) * 45, 140, 20])
    p.save()


def help_pd() -> str:
    p = PdPatch(700, 400)
    p.text(20, 20, "obbligato - a live agent that answers your playing. This help opens the "
                   "control patch as a sub-patch.")
    p.text(20, 60, "1. In a terminal: obbligato serve (or obbligato live AGENT --corpus CORPUS)")
    p.text(20, 90, "2. Click load_agent / load_corpus after editing their paths then start")
    p.text(20, 120, "3. Every parameter has a box; state comes back on port 9001")
    p.text(20, 150, "Full OSC reference: patches/README.md")
    p.obj(20, 200, "obbligato")
    return p.render()


def help_max(path: Path) -> None:
    from py2max import Patcher

    p = Patcher(str(path))
    p.rect = [40.0, 80.0, 1100.0, 820.0]
    for i, line in enumerate([
            "obbligato - a live agent that answers your playing.",
            "1. In a terminal: obbligato serve (or obbligato live AGENT --corpus CORPUS)",
            "2. load_agent / load_corpus: pick the folders, then start",
            "3. Every parameter has a box; state comes back on port 9001",
            "Full OSC reference: patches/README.md"]):
        p.add_comment(line, patching_rect=[20, 20 + 25 * i, 600, 20])
    p.add_textbox("bpatcher obbligato.maxpat", maxclass="bpatcher", name="obbligato.maxpat",
                  patching_rect=[20, 160, 1000, 600])
    p.save()


def readme() -> str:
    rows = ["| address | arguments | range | default | what it does |", "|---|---|---|---|---|"]
    for q in REGISTRY:
        rng = f"{q.lo:g}..{q.hi:g}" if q.lo is not None else (
            " / ".join(q.choices) if q.choices else "0 / 1")
        rows.append(f"| `{PREFIX}/{q.name}` | {q.osc_types} | {rng} | {q.default} | {q.help} |")
    for c in AGENT_COMMANDS.values():
        rows.append(f"| `{PREFIX}/{c.name}` | {c.args or '-'} | | | {c.help} |")
    stage = [f"| `{PREFIX}/{c.name}` | {c.args or '-'} | {c.help} |"
             for c in STAGE_COMMANDS.values()]
    state = "\n".join(f"- `{PREFIX}/state/{k}`" for k in STATE)
    return f"""# Controlling obbligato from Max/MSP and Pure Data

Generated from `agent/control/params.py` and `agent/control/commands.py` by `make patches`; do
not edit by hand.

- `obbligato.pd` / `obbligato-help.pd`: vanilla Pure Data 0.51+ (`netsend -u -b` with `oscformat`,
  `netreceive -u -b` with `oscparse`).
- `obbligato.maxpat` / `obbligato.maxhelp`: Max 8 (`udpsend` / `udpreceive`).

Both send to `127.0.0.1:{SEND_PORT}` (start `obbligato serve` or `obbligato live`) and, on load,
ask for replies on port {REPLY_PORT} (`{PREFIX}/reply_to {REPLY_PORT}`). Without `reply_to`,
replies go back to the sender's address and port. The server listens on 127.0.0.1 only unless
started with `--osc-host 0.0.0.0`.

## Addresses of an agent

{chr(10).join(rows)}

Every address above belongs to one agent. The first agent (the only one, usually), or the one
chosen with `{PREFIX}/focus <agent>`, answers at `{PREFIX}/<name>`: so both patches control any
agent once its name is typed in their `focus` box. Any agent also answers at
`{PREFIX}/<agent>/<name>` (e.g. `{PREFIX}/bass/top_p 0.8`), and its replies and state carry the
prefix the message came with (`{PREFIX}/bass/param`, `{PREFIX}/bass/ok`,
`{PREFIX}/bass/state/...`).

## Addresses of the process (every agent at once)

| address | arguments | what it does |
|---|---|---|
{chr(10).join(stage)}

Several agents share one audio stream: each has its own agent folder, target corpus, parameters
and output channels (`first_channel`, `channels`), and hears the input (`listen input [CHANNEL]`)
or another agent's output (`listen AGENT`: a chain). Agents are added with `add_agent` while
stopped, or from a stage file (`obbligato live --stage stage.toml`, see the main README); they
must share one tick duration.

A value out of range or of the wrong type is refused: the parameter keeps its value and the
server replies `{PREFIX}/error "<name>: <what is wrong>"`. Unknown addresses get an error reply
too; datagrams that are not well-formed OSC (sizes, nesting, UTF-8) are dropped and counted
(`/obbligato/state/osc MALFORMED ERRORS REFUSED`, once a second). Timetags are ignored.

Patchers' conveniences: a name may be sent as a number (`preset_save 1`, `region track 7`); an
enumeration takes its index as well as its name (`placement 2` is `roundrobin`, what a `umenu` or
`[hradio]` sends); the agent part of an address may be an OSC 1.0 pattern
(`{PREFIX}/*/mute 1` mutes every agent, `{PREFIX}/{{bass,drums}}/gain -6`).

## Replies

- `{PREFIX}/param <name> <value>` after each accepted change or `get`
- `{PREFIX}/ok <command> ...` after each command, `{PREFIX}/error <message>` on failure
- `{PREFIX}/heartbeat <running> <seconds since start>` once per second (both ints)
- `{PREFIX}/state/osc <malformed datagrams> <error replies> <refused: from hosts not allowed>`
  once per second, since start
- `{PREFIX}/event <name> ...` (started, stopped, MIDI learn, ...); numbers stay numbers
- `{PREFIX}/warning <level> <message>`: warnings and errors of the agent (a failed tick, a
  restarted worker)
- `{PREFIX}/schema <address> <types> <min> <max> <value> <help>` per address, then
  `{PREFIX}/schema_end <count>`
- state, `state_rate` times per second while playing:

{state}
- `{PREFIX}/state/source <track> <seconds>`: where the segment playing now comes from
"""


def generate(out: Path = PATCHES) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    files = {"obbligato.pd": pd_patch(), "obbligato-help.pd": help_pd(), "README.md": readme()}
    for name, text in files.items():
        (out / name).write_text(text)
    max_patch(out / "obbligato.maxpat")
    help_max(out / "obbligato.maxhelp")
    return [out / n for n in (*files, "obbligato.maxpat", "obbligato.maxhelp")]


if __name__ == "__main__":
    for f in generate(Path(sys.argv[1]) if len(sys.argv) > 1 else PATCHES):
        print(f"wrote {f}")
