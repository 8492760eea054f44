"""The Pure Data side, generated from the parameter registry and the command table: the
`[obbligato AGENT PORT]` abstraction (graph-on-parent controls, plain messages in, state,
parameters, errors, events and the connection out), its help patch with a reference subpatch,
and the deken meta file. Vanilla Pd 0.52+ only (`[listbox]`): `[netsend -u -b]` both sends and hears the
replies (the server answers the sending socket), so no reply port is chosen and none clashes."""
from __future__ import annotations

from agent.control.commands import AGENT_COMMANDS, PREFIX, STAGE_COMMANDS, STATE
from agent.control.params import REGISTRY

VERSION = "0.5.0"
DEFAULT_AGENT, DEFAULT_PORT = "main", 9000
HEARTBEAT_TIMEOUT_MS = 3000  # no heartbeat for this long: disconnected, subscribe again
RETRY_MS = 1000  # while disconnected, ask to subscribe this often
PLUMBING = ("subscribe", "reply_to")  # the abstraction sends these itself
WHITE, BLACK, LIGHT = "#fcfcfc", "#000000", "#e8e8e8"
# What a GUI control of each command looks like: a button (no argument), a few buttons (one per
# fixed argument), a symbol box (one name or path), a list box (several words).
LIST_COMMANDS = ("load_corpus", "guide", "listen", "region", "add_agent")


CHAR_W, LINE_H, BOX_H, WRAP = 7, 16, 21, 60  # Pd's 12-point font: a box's size from its text


def box_size(kind: str, text: str) -> tuple[int, int]:
    """Width and height of a box on screen (Pd 0.51+, font 12), IEM GUIs from their size."""
    words = text.split()
    if kind == "obj" and words and words[0] in ("tgl", "bng"):
        return int(words[1]) + 2, int(words[1]) + 2
    if kind == "obj" and words and words[0] == "hradio":
        return int(words[1]) * int(words[4]), int(words[1]) + 2
    if kind == "obj" and words and words[0] == "obbligato":
        return face_size()  # graph on parent: the instance shows its face
    if kind == "obj" and words and words[0] == "cnv":
        return 0, 0  # a background: it holds boxes, it does not collide with them
    if kind in ("floatatom", "symbolatom", "listbox"):
        return int(words[0]) * CHAR_W + 4, BOX_H
    if kind == "text":
        return min(len(text), WRAP) * CHAR_W + 4, LINE_H * (-(-len(text) // WRAP))
    return len(text) * CHAR_W + 6, BOX_H


class PdPatch:
    """Minimal writer for vanilla Pd files: objects are numbered in creation order; `$` is
    escaped as Pd files need (`\\$0`). Boxes that would overlap an earlier one move down, so
    a patch reads without boxes on top of each other."""

    def __init__(self, w: int = 1200, h: int = 900, x: int = 40, y: int = 40):
        self.head = f"#N canvas {x} {y} {w} {h} 12;"
        self.items: list[str | list] = []  # a line, or [kind, x, y, text] of a box
        self.n = 0

    def add(self, kind: str, x: int, y: int, text: str = "") -> int:
        self.items.append([kind, x, y, text])
        self.n += 1
        return self.n - 1

    def obj(self, x: int, y: int, text: str) -> int:
        return self.add("obj", x, y, text)

    def msg(self, x: int, y: int, text: str) -> int:
        return self.add("msg", x, y, text)

    def text(self, x: int, y: int, text: str) -> int:
        return self.add("text", x, y, text)

    def atom(self, kind: str, x: int, y: int, width: int, label: str = "-", receive: str = "-",
             send: str = "-") -> int:
        """floatatom / symbolatom / listbox with its label on top."""
        return self.add(kind, x, y, f"{width} 0 0 2 {label} {receive} {send} 0")

    def sub(self, x: int, y: int, name: str, inner: PdPatch) -> int:
        """A subpatch `[pd name]` holding `inner`'s objects."""
        lines = inner.render().splitlines()
        head = lines[0].rstrip(";").rsplit(" ", 1)[0]
        self.items.append(f"{head} {name} 0;\n" + "\n".join(lines[1:]))
        self.items.append(["restore", x, y, f"pd {name}"])
        self.n += 1
        return self.n - 1

    def link(self, a: int, b: int, outlet: int = 0, inlet: int = 0) -> None:
        self.items.append(f"#X connect {a} {outlet} {b} {inlet};")

    def chain(self, *ids: int) -> None:
        """Link each object's first outlet to the next one's first inlet."""
        for a, b in zip(ids, ids[1:]):
            self.link(a, b)

    def render(self) -> str:
        placed: list[tuple[int, int, int, int]] = []
        out = [self.head]
        for item in self.items:
            if isinstance(item, str):
                out.append(item)
                continue
            kind, x, y, text = item
            w, h = box_size("obj" if kind == "restore" else kind, text)
            while w and any(x < px + pw + 4 and px < x + w + 4 and y < py + ph + 4 and
                            py < y + h + 4 for px, py, pw, ph in placed):
                y += 8
            if w:
                placed.append((x, y, w, h))
            body = text.replace("$", "\\$")
            if kind == "msg":
                body = body.replace(";", "\\;")
            elif kind == "text":
                body = body.replace(",", " \\,").replace(";", " \\;")
            out.append(f"#X {kind} {x} {y}{' ' + body if body else ''};")
        return "\n".join(out) + "\n"


def iem(kind: str, size: int, send: str, receive: str, label: str) -> str:
    """An IEM GUI's creation text, label above it."""
    colours = f"0 10 {WHITE} {BLACK} {BLACK}"
    if kind == "bng":
        return f"bng {size} 250 50 0 {send} {receive} {label} 0 -8 {colours}"
    if kind == "tgl":
        return f"tgl {size} 0 {send} {receive} {label} 0 -8 {colours} 0 1"
    raise ValueError(kind)


def controls() -> list[tuple[str, str, str]]:
    """(kind, name, argument) of every control: each parameter, then each command a musician
    sends (the plumbing of `subscribe` and `reply_to` is the abstraction's own)."""
    out = [("param", q.name, "") for q in REGISTRY]
    for c in (*STAGE_COMMANDS.values(), *AGENT_COMMANDS.values()):
        if c.name in PLUMBING:
            continue
        fixed = [b for b in c.buttons if b not in ("", "<folder>")]
        if fixed:
            out += [("button", c.name, b) for b in fixed]
        elif not c.args:
            out.append(("button", c.name, ""))
        elif c.name in LIST_COMMANDS:
            out.append(("list", c.name, ""))
        else:  # one name or path, or an optional number (record_start CHANNEL)
            out.append(("symbol" if "s" in c.args else "button", c.name, ""))
    return out


# The graph-on-parent face: 4 columns, rows of label + control.
COL, ROW, COLS = 150, 40, 4


def face_size() -> tuple[int, int]:
    rows = (len(controls()) + COLS - 1) // COLS + (len(STATE) + 2 + COLS - 1) // COLS + 2
    return COL * COLS + 10, 30 + rows * ROW + 20


def abstraction() -> str:
    w, h = face_size()
    p = PdPatch(w + 900, max(h, 1100))
    p.obj(0, 0, f"cnv 15 {w} {h} empty empty obbligato 6 10 0 12 {LIGHT} {BLACK} 0")
    p.atom("symbolatom", 90, 4, 12, "-", "$0-agent")  # which agent this face controls
    p.obj(w - 110, 16, iem("tgl", 15, "empty", "$0-light", "connected"))
    lx = w + 40  # the logic lives right of the face
    ctl = p.obj(lx, 250, "r $0-ctl")
    inlet = p.obj(lx + 100, 250, "inlet")
    # -- outgoing: "NAME args..." -> /obbligato[/AGENT]/NAME args...
    split = p.obj(lx, 290, "list split 1")
    p.link(ctl, split)
    p.link(inlet, split)
    rest = p.obj(lx + 200, 380, "list")
    p.link(split, rest, 1, 1)
    order = p.obj(lx, 320, "t b a")
    p.link(split, order)
    name = p.obj(lx + 60, 350, "symbol")
    p.link(order, name, 1)
    stage = [c for c in STAGE_COMMANDS]
    sel = p.obj(lx + 60, 380, "sel " + " ".join(stage))
    p.link(name, sel)
    fmt = p.obj(lx, 470, "oscformat")
    for i, c in enumerate(stage):
        m = p.msg(lx + 60 + 130 * (i % 5), 410 + 22 * (i // 5) + 40 * (i // 5),
                  f"set {PREFIX[1:]} {c}")
        p.link(sel, m, i)
        p.link(m, fmt)
    agent_name = p.obj(lx + 60, 520, "list append")
    p.link(sel, agent_name, len(stage))
    agent_addr = p.msg(lx + 60, 550, f"set {PREFIX[1:]} $2 $1")
    p.chain(agent_name, agent_addr, fmt)
    p.link(order, rest)  # after the address: the arguments
    p.link(rest, fmt)
    pre = p.obj(lx, 590, "list prepend send")
    trim = p.obj(lx, 620, "list trim")
    net = p.obj(lx, 650, "netsend -u -b")
    p.chain(fmt, pre, trim, net)
    # -- start: arguments AGENT PORT, defaults main 9000
    lb = p.obj(lx, 20, "loadbang")
    first = p.obj(lx, 45, "t b b")
    p.link(lb, first)
    ask = p.msg(lx + 80, 70, "args 0")
    ctl_args = p.obj(lx + 80, 95, "pdcontrol")
    p.link(first, ask, 1)
    p.link(ask, ctl_args)
    with_agent = p.obj(lx + 80, 120, f"list append {DEFAULT_AGENT}")
    p.link(ctl_args, with_agent)
    agent_split = p.obj(lx + 80, 145, "list split 1")
    p.link(with_agent, agent_split)
    agent_sym = p.obj(lx + 80, 170, "symbol")
    p.link(agent_split, agent_sym)
    p.link(agent_sym, agent_name, 0, 1)
    retry_agent = p.obj(lx + 400, 170, "symbol")
    p.link(agent_sym, retry_agent, 0, 1)
    show = p.msg(lx + 160, 195, "set $1")
    p.link(agent_sym, show)
    p.link(show, p.obj(lx + 160, 220, "s $0-agent"))
    args_split = p.obj(lx + 250, 120, "list split 1")
    p.link(ctl_args, args_split)
    with_port = p.obj(lx + 250, 145, f"list append {DEFAULT_PORT}")
    p.link(args_split, with_port, 1)
    p.link(args_split, with_port, 2)
    port_split = p.obj(lx + 250, 170, "list split 1")
    p.link(with_port, port_split)
    connect = p.msg(lx + 250, 195, "connect 127.0.0.1 $1")
    p.link(port_split, connect)
    p.link(connect, net)
    # -- the connection: heartbeats keep it; none for a while means subscribe again
    change = p.obj(lx + 400, 40, "change -1")
    zero = p.msg(lx, 70, "0")
    p.link(first, zero)
    p.link(zero, change)
    fan = p.obj(lx + 400, 65, "t f f f")
    p.link(change, fan)
    setlight = p.msg(lx + 560, 90, "set $1")
    p.link(fan, setlight, 2)
    p.link(setlight, p.obj(lx + 560, 115, "s $0-light"))
    conn_out = p.obj(lx + 700, 900, "outlet")  # 5th outlet: connected 1 / 0
    p.link(fan, conn_out, 1)
    state = p.obj(lx + 400, 90, "sel 0 1")
    p.link(fan, state)
    metro_on = p.msg(lx + 400, 115, "1")
    metro_off = p.msg(lx + 440, 115, "0")
    p.link(state, metro_on)
    p.link(state, metro_off, 1)
    metro = p.obj(lx + 400, 140, f"metro {RETRY_MS}")
    p.link(metro_on, metro)
    p.link(metro_off, metro)
    p.link(metro, retry_agent)
    sub = p.msg(lx + 400, 195, "subscribe $1")
    p.link(retry_agent, sub)
    p.link(sub, p.obj(lx + 400, 220, "s $0-ctl"))
    sync = p.msg(lx + 480, 140, "schema")  # connected (again): every control to its value
    p.link(state, sync, 1)
    p.link(sync, p.obj(lx + 480, 165, "s $0-ctl"))
    # -- incoming, on the sending socket's right outlet
    parse = p.obj(lx, 700, "oscparse")
    p.link(net, parse, 1)
    ptrim = p.obj(lx, 725, "list trim")
    ours = p.obj(lx, 750, f"route {PREFIX[1:]}")
    p.chain(parse, ptrim, ours)
    process = p.obj(lx, 775, "route heartbeat error warning event ok state agent schema_end")
    p.link(ours, process)
    beat = p.obj(lx + 560, 800, "t b b")
    p.link(process, beat)
    one = p.msg(lx + 560, 825, "1")
    p.link(beat, one)
    p.link(one, change)
    timeout = p.obj(lx + 620, 825, f"delay {HEARTBEAT_TIMEOUT_MS}")
    p.link(beat, timeout, 1)
    gone = p.msg(lx + 620, 850, "0")
    p.link(timeout, gone)
    p.link(gone, change)
    outs = {}
    for i, k in enumerate(("params", "state", "errors", "events")):
        outs[k] = p.obj(lx + 140 * i, 1900, "list trim")  # `top_p 0.8`, not `list top_p 0.8`
        p.link(outs[k], p.obj(lx + 140 * i, 1930, "outlet"))
    err_set = p.obj(lx + 300, 875, "list prepend set")
    err_trim = p.obj(lx + 300, 900, "list trim")
    p.chain(err_set, err_trim, p.obj(lx + 300, 925, "s $0-err"))

    def to_errors(kind: str, src: int, outlet: int) -> None:
        tag = p.obj(lx + 300, 800 + 25 * outlet, f"list prepend {kind}")
        p.link(src, tag, outlet)
        p.link(tag, outs["errors"])
        p.link(tag, err_set)

    to_errors("error", process, 1)
    to_errors("warning", process, 2)
    for i, kind in ((3, "event"), (4, "ok"), (6, "agent")):
        tag = p.obj(lx + 140 * (i - 3), 850, f"list prepend {kind}")
        p.link(process, tag, i)
        p.link(tag, outs["events"])
    # this agent's messages: AGENT param|state|schema|schema_end|ok|error ...
    mine = p.obj(lx + 140, 975, "list split 1")
    p.link(process, mine, 8)
    mtrim = p.obj(lx + 140, 1000, "list trim")
    p.link(mine, mtrim, 1)
    kinds = p.obj(lx + 140, 1025, "route param state schema ok error")
    p.link(mtrim, kinds)
    router = p.obj(lx + 140, 1100, "route " + " ".join(q.name for q in REGISTRY))
    p.link(kinds, router)
    p.link(kinds, outs["params"])
    # schema NAME TYPES LO HI VALUE HELP -> NAME VALUE, as a param reply
    sch = p.obj(lx + 300, 1050, "t a a")
    p.link(kinds, sch, 2)
    sname = p.obj(lx + 380, 1075, "list split 1")
    p.link(sch, sname, 1)
    named = p.obj(lx + 300, 1175, "list prepend")
    p.link(sname, named, 0, 1)
    srest = p.obj(lx + 300, 1100, "list split 1")
    p.link(sch, srest)
    svalue = p.obj(lx + 300, 1125, "list split 3")
    p.link(srest, svalue, 1)
    sfirst = p.obj(lx + 300, 1150, "list split 1")
    p.link(svalue, sfirst, 1)
    p.link(sfirst, named)
    p.link(named, router)
    p.link(named, outs["params"])
    ok_tag = p.obj(lx + 560, 1050, "list prepend ok")
    p.link(kinds, ok_tag, 3)
    p.link(ok_tag, outs["events"])
    to_errors("error", kinds, 4)
    stat = p.obj(lx + 140, 1250, "route " + " ".join((*STATE, "source")))
    p.link(kinds, stat, 1)
    p.link(kinds, outs["state"], 1)
    for i, key in enumerate(STATE):
        m = p.msg(lx + 140 + 70 * (i % 8), 1280 + 25 * (i // 8), "set $1")
        p.link(stat, m, i)
        p.link(m, p.obj(lx + 140 + 70 * (i % 8), 1340 + 25 * (i // 8), f"s $0-st-{key}"))
    src = p.msg(lx + 140, 1400, "set $1")
    src_t = p.msg(lx + 220, 1400, "set $2")
    p.link(stat, src, len(STATE))
    p.link(stat, src_t, len(STATE))
    p.link(src, p.obj(lx + 140, 1425, "s $0-st-source"))
    p.link(src_t, p.obj(lx + 220, 1425, "s $0-st-source_time"))
    # -- the face: one control per parameter and command, then the state
    for i, q in enumerate(REGISTRY):
        x, y = 6 + (i % COLS) * COL, 36 + (i // COLS) * ROW
        send, recv = f"$0-p-{q.name}", f"$0-p-{q.name}-in"
        if q.kind == "bool":
            p.obj(x, y + 10, iem("tgl", 15, send, recv, q.name))
        elif q.kind == "str":
            p.atom("symbolatom", x + 12 * len(q.choices) + 4, y + 10, 11, "-", f"{recv}-name")
            p.obj(x, y + 10, f"hradio 12 1 0 {len(q.choices)} {send} {recv} {q.name} 0 -8 "
                             f"0 10 {WHITE} {BLACK} {BLACK} 0")
        else:
            p.atom("floatatom", x, y + 10, 8, q.name, recv, send)  # the server checks ranges
        r = p.obj(lx + 700 + 180 * (i % 3), 250 + 50 * (i // 3), f"r {send}")
        pre_q = p.obj(lx + 700 + 180 * (i % 3), 272 + 50 * (i // 3), f"list prepend {q.name}")
        p.link(r, pre_q)
        p.link(pre_q, split)
        if q.kind == "str":
            idx = p.obj(lx + 140 + 180 * (i % 3), 1500 + 75 * (i // 3),
                        "route " + " ".join(q.choices))
            p.link(router, idx, i)
            shown = p.obj(lx + 600, 1500 + 75 * (i // 3), "symbol")  # the choice's name
            p.link(router, shown, i)
            p.link(shown, sset := p.msg(lx + 600, 1525 + 75 * (i // 3), "set $1"))
            p.link(sset, p.obj(lx + 600, 1550 + 75 * (i // 3), f"s {recv}-name"))
            for j in range(len(q.choices)):
                p.link(idx, num := p.msg(lx + 140 + 180 * (i % 3) + 25 * j,
                                         1525 + 75 * (i // 3), str(j)))
                p.link(num, setm := p.msg(lx + 140 + 180 * (i % 3), 1550 + 75 * (i // 3),
                                          "set $1"))
                p.link(setm, p.obj(lx + 140 + 180 * (i % 3), 1575 + 75 * (i // 3), f"s {recv}"))
        else:
            setm = p.msg(lx + 140 + 180 * (i % 3), 1500 + 75 * (i // 3), "set $1")
            p.link(router, setm, i)
            p.link(setm, p.obj(lx + 140 + 180 * (i % 3), 1525 + 75 * (i // 3), f"s {recv}"))
    base = 36 + ((len(REGISTRY) + COLS - 1) // COLS) * ROW
    for i, (kind, cmd, arg) in enumerate(controls()[len(REGISTRY):]):
        x, y = 6 + (i % COLS) * COL, base + (i // COLS) * ROW
        label = f"{cmd}_{arg}" if arg else cmd
        send = f"$0-c-{label}"
        if kind == "button":
            p.obj(x, y + 10, iem("bng", 15, send, "empty", label))
        else:
            p.atom("symbolatom" if kind == "symbol" else "listbox", x, y + 10, 17, label, "-",
                   send)
        r = p.obj(lx + 700 + 180 * (i % 3), 900 + 50 * (i // 3), f"r {send}")
        if kind == "button":
            m = p.msg(lx + 700 + 180 * (i % 3), 922 + 50 * (i // 3), f"{cmd} {arg}".strip())
        else:
            m = p.obj(lx + 700 + 180 * (i % 3), 922 + 50 * (i // 3), f"list prepend {cmd}")
        p.link(r, m)
        p.link(m, split)
    base += ((len(controls()) - len(REGISTRY) + COLS - 1) // COLS) * ROW
    for i, key in enumerate((*STATE, "source", "source_time")):
        x, y = 6 + (i % COLS) * COL, base + (i // COLS) * ROW
        p.atom("symbolatom" if key == "source" else "floatatom", x, y + 10,
               17 if key == "source" else 10, key, f"$0-st-{key}")
    base += ((len(STATE) + 2 + COLS - 1) // COLS) * ROW
    p.atom("listbox", 6, base + 10, 80, "last_error_or_warning", "$0-err")
    p.items.append(f"#X coords 0 -1 1 1 {w} {h} 2 0 0;")
    return p.render()


def reference() -> PdPatch:
    """The help's [pd reference]: arguments, inlet, outlets and every message."""
    r = PdPatch(760, 900)
    lines = [
        "ARGUMENTS: 1) agent name (default main) 2) the server's OSC port (default 9000)",
        "INLET: plain messages - a parameter and its value (top_p 0.8) or a command and its "
        "arguments (start, load_agent /path/to/agent, region track song1)",
        "OUTLET 1: parameter values: NAME VALUE (on connect and after every change, from any "
        "client, MIDI or preset)",
        "OUTLET 2: state: KEY VALUE while playing",
        "OUTLET 3: errors and warnings: error MESSAGE / warning LEVEL MESSAGE",
        "OUTLET 4: events and acknowledgements: ok COMMAND ... / event NAME ...",
        "OUTLET 5: connected: 1 while heartbeats arrive / 0 (it subscribes again every "
        f"{RETRY_MS // 1000} s and resyncs every control)",
        "PARAMETERS:"]
    lines += [f"{q.name} ({q.kind}" + (f" {q.lo:g}..{q.hi:g}" if q.lo is not None else "") +
              (" " + "/".join(q.choices) if q.choices else "") + f"): {q.help}" for q in REGISTRY]
    lines.append("COMMANDS:")
    lines += [f"{c.name} {c.args}: {c.help}" for c in (*AGENT_COMMANDS.values(),
                                                        *STAGE_COMMANDS.values())
              if c.name not in PLUMBING]
    for i, line in enumerate(lines):
        r.text(10, 10 + 22 * i, line)
    return r


def help_patch() -> str:
    p = PdPatch(1000, 760)
    p.text(10, 10, "[obbligato] - a live agent that answers your playing (vanilla Pd 0.52+)")
    p.text(10, 35, "1. Start the server in a terminal: obbligato serve (Pd cannot launch it: "
                   "vanilla has no shell) 2. Load an agent and its target corpus below 3. start")
    inst = p.obj(10, 230, f"obbligato {DEFAULT_AGENT} {DEFAULT_PORT}")
    for i, m in enumerate(("start", "stop", "load_agent /path/to/agent",
                           "load_corpus /path/to/corpus", "top_p 0.8", "placement roundrobin",
                           "preset_save verse", "region track song1")):
        box = p.msg(10 + 150 * (i % 4), 80 + 35 * (i // 4), m)
        p.link(box, inst)
    p.text(10, 160, "Messages in, outlets: parameters | state | errors | events | connected. "
                    "Several instances control several agents: [obbligato bass 9000].")
    err = p.obj(700, 230, "print obbligato")
    p.link(inst, err, 2)
    p.sub(700, 270, "reference", reference())
    return p.render()


def meta() -> str:
    """deken's -meta.pd."""
    p = PdPatch(400, 200)
    p.obj(10, 10, "declare")  # deken reads the [pd META] subpatch's texts
    m = PdPatch(400, 200)
    for i, line in enumerate(("LICENSE MIT", "DESCRIPTION OSC front end of obbligato, a live "
                              "agent that answers your playing", f"VERSION {VERSION}",
                              "AUTHOR obbligato developers")):
        m.text(10, 10 + 22 * i, line)
    p.sub(10, 40, "META", m)
    return p.render()


def files() -> dict[str, str]:
    return {"obbligato.pd": abstraction(), "obbligato-help.pd": help_patch(),
            "obbligato-meta.pd": meta()}
