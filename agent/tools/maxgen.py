"""The Max side, generated from the parameter registry and the command table: a Max package
(package-info.json, patchers/obbligato.maxpat, tabbed help/obbligato.maxhelp, docs/ refpage,
extras/ overview). `[obbligato AGENT PORT]` is an abstraction and a bpatcher (its face is in
presentation mode): plain messages in (`top_p 0.8`, `start`), parameter values, state, errors,
events and the connection out. Untested in Max itself (there is no Max on Linux): the files are
checked against Max's file format, object names and font metrics instead."""
from __future__ import annotations

import json
from pathlib import Path

from agent.control.commands import AGENT_COMMANDS, FOLDER, PREFIX, STAGE_COMMANDS, STATE
from agent.control.params import REGISTRY
from agent.tools.pdgen import DEFAULT_AGENT, DEFAULT_PORT, HEARTBEAT_TIMEOUT_MS, RETRY_MS, VERSION, controls

# Arial/Helvetica advance widths (1/1000 em, the AFM tables): Max's default font is Arial 12,
# so a box is wide enough when it holds its text at these widths plus its margins.
ARIAL = {**dict.fromkeys("abdeghnopqu0123456789_$#?L", 556), **dict.fromkeys("cksvxyzJ", 500),
         **dict.fromkeys("fijlt/.:,;[]!I ", 278), **dict.fromkeys("r-()", 333), "m": 833,
         "w": 722, "%": 889, "@": 1015, "*": 389, **dict.fromkeys("+=<>~", 584), "'": 191,
         '"': 355, **dict.fromkeys("{}", 334), "|": 260, **dict.fromkeys("ABEKPSVXY&", 667),
         **dict.fromkeys("CDHNRU", 722), **dict.fromkeys("FTZ", 611), **dict.fromkeys("GOQ", 778),
         "M": 833, "W": 944}
FONT_SIZE, MARGIN, BOX_H = 12.0, 14, 22


def text_width(text: str) -> float:
    """Pixels of `text` in Arial 12 (an unknown character counts as the widest)."""
    return sum(ARIAL.get(c, 1015) for c in text) * FONT_SIZE / 1000


def fit(text: str, least: int = 40) -> int:
    """Width of a box that shows `text` whole."""
    return max(least, int(text_width(text)) + MARGIN + 1)


class Layout:
    """Logic boxes flow down columns in patching view, so none hides another."""

    def __init__(self, x0: int = 20, y0: int = 20, bottom: int = 900, col: int = 330):
        self.x, self.y, self.y0, self.bottom, self.col = x0, y0, y0, bottom, col
        self.right = 0

    def next(self, w: int) -> list[float]:
        wide = w > self.col - 10  # a long [route]: a column of its own, as wide as it needs
        if self.y > self.bottom or (wide and self.y > self.y0):
            self.x, self.y = self.x + self.col, self.y0
        rect = [float(self.x), float(self.y), float(w), float(BOX_H)]
        self.y += BOX_H + 8
        self.right = max(self.right, self.x + w)
        if wide:
            self.x, self.y = self.x + self.col * -(-(w + 10) // self.col) - self.col, self.bottom + 1
        return rect

    def window(self) -> list[float]:
        """A patcher window holding every box."""
        return [60.0, 80.0, float(self.right + 40), float(self.bottom + 80)]


# The face (presentation): 4 columns of label + control, then state, errors.
COL, ROW, COLS, FACE_W = 160, 44, 4, 650


def abstraction(path: Path) -> None:
    from py2max import Patcher

    p = Patcher(str(path))
    p.openinpresentation = 1
    lay = Layout()

    def obj(text: str, **kw):
        return p.add_textbox(text, patching_rect=lay.next(fit(text)), **kw)

    def msg(text: str, **kw):
        return p.add_message(text, patching_rect=lay.next(fit(text)), **kw)

    def face(x: float, y: float, w: float, h: float = BOX_H) -> dict:
        return {"presentation": 1, "presentation_rect": [float(x), float(y), float(w), float(h)]}

    def label(text: str, x: float, y: float) -> None:
        p.add_comment(text, patching_rect=lay.next(fit(text)), **face(x, y, fit(text), 20))

    def link(a, b, outlet: int = 0, inlet: int = 0) -> None:
        p.add_line(a, b, outlet=outlet, inlet=inlet)

    def chain(*boxes) -> None:
        for a, b in zip(boxes, boxes[1:]):
            link(a, b)

    # -- outgoing: a plain message `NAME args` -> /obbligato/AGENT NAME args (the server reads
    # it as /obbligato/AGENT/NAME args), to the server's port
    inlet = obj("inlet")
    out = obj(f"prepend {PREFIX}/{DEFAULT_AGENT}")
    send = obj(f"udpsend 127.0.0.1 {DEFAULT_PORT}")
    chain(inlet, out, send)
    # -- start: arguments AGENT PORT; a reply port of its own, so instances never clash
    lb = obj("loadbang")
    order = obj("t b b b")
    link(lb, order)
    rnd = obj("random 30000")
    plus = obj("+ 20000")
    reply_port = obj("t i i")
    chain(order, rnd)
    link(order, rnd, 2)
    chain(rnd, plus, reply_port)
    recv = obj("udpreceive 9001")
    rport = obj("prepend port")
    link(reply_port, rport, 1)
    link(rport, recv)
    sub = obj("pack s 0")
    link(reply_port, sub, 0, 1)
    args = obj(f"patcherargs {DEFAULT_AGENT} {DEFAULT_PORT}")
    link(order, args, 1)
    unpack = obj(f"unpack s {DEFAULT_PORT}")
    link(args, unpack)
    addr = obj(f"sprintf set {PREFIX}/%s")
    link(unpack, addr)
    link(addr, out)
    link(unpack, sub)
    sport = obj("prepend port")
    link(unpack, sport, 1)
    link(sport, send)
    metro = obj(f"metro {RETRY_MS}")
    on = msg("1")
    link(order, on)
    link(on, metro)
    link(metro, sub)
    subscribe = obj("prepend subscribe")
    chain(sub, subscribe, out)
    # -- incoming: /obbligato/AGENT/KIND args -> KIND args
    head = obj("zl slice 1")
    link(recv, head)
    split = obj("fromsymbol @separator /")
    link(head, split)
    join = obj("zl join")
    link(head, join, 1, 1)
    link(split, join)
    ours = obj("route obbligato")
    link(join, ours)
    process = obj("route heartbeat warning event")
    link(ours, process)
    mine = obj("zl slice 1")  # drop the agent's name
    link(process, mine, 3)
    kinds = obj("route param schema state error ok")
    link(mine, kinds, 1)
    outlets = {k: p.add_textbox("outlet", patching_rect=[20.0 + 70 * i, 1000.0, 50.0, 22.0])
               for i, k in enumerate(("params", "state", "errors", "events", "connected"))}
    # parameter values: from `param NAME VALUE` and from `schema NAME TYPES LO HI VALUE HELP`
    router = obj("route " + " ".join(q.name for q in REGISTRY))
    link(kinds, router)
    link(kinds, outlets["params"])
    sname = obj("zl slice 1")
    link(kinds, sname, 1)
    svalue = obj("zl nth 4")
    link(sname, svalue, 1)
    named = obj("zl join")
    link(svalue, named, 0, 1)
    link(sname, named)
    link(named, router)
    link(named, outlets["params"])
    # state
    state_keys = (*STATE, "source")
    stat = obj("route " + " ".join(state_keys))
    link(kinds, stat, 2)
    link(kinds, outlets["state"], 2)
    # errors and warnings: to the errors outlet and the face's message box
    err_y = face_height() - 30  # the face's last row
    err_box = p.add_message("", patching_rect=lay.next(200), **face(6, err_y, FACE_W - 12))
    for kind, src, outlet in (("error", kinds, 3), ("warning", process, 1)):
        tag = obj(f"prepend {kind}")
        link(src, tag, outlet)
        link(tag, outlets["errors"])
        show = obj("prepend set")
        chain(tag, show, err_box)
    for kind, src, outlet in (("ok", kinds, 4), ("event", process, 2)):
        tag = obj(f"prepend {kind}")
        link(src, tag, outlet)
        link(tag, outlets["events"])
    # the connection: heartbeats keep it; none for a while means subscribe again, then sync
    beat = obj("t b b")
    link(process, beat)
    one = msg("1")
    link(beat, one)
    timeout = obj(f"delay {HEARTBEAT_TIMEOUT_MS}")
    link(beat, timeout, 1)
    zero = msg("0")
    link(timeout, zero)
    change = obj("change")
    link(one, change)
    link(zero, change)
    fan = obj("t i i i")
    link(change, fan)
    light = p.add_textbox("led", maxclass="led", patching_rect=lay.next(24),
                          **face(FACE_W - 30, 6, 20, 20))
    link(fan, light, 2)
    link(fan, outlets["connected"], 1)
    sel = obj("sel 0 1")
    link(fan, sel)
    link(sel, on)
    off = msg("0")
    link(sel, off, 1)
    link(off, metro)
    ask = msg("schema")  # connected (again): every control takes the agent's value
    link(sel, ask, 1)
    link(ask, out)
    # -- the face
    p.add_comment("obbligato", patching_rect=lay.next(80), **face(6, 6, 80, 20))
    shown = p.add_message("", patching_rect=lay.next(120), **face(90, 6, 160))
    show_agent = obj("prepend set")
    link(unpack, show_agent)
    link(show_agent, shown)
    y = 34
    for i, q in enumerate(REGISTRY):
        x, yy = 6 + (i % COLS) * COL, y + (i // COLS) * ROW
        label(q.name, x, yy)
        if q.kind == "bool":
            ctl = p.add_textbox("toggle", maxclass="toggle", patching_rect=lay.next(24),
                                **face(x, yy + 20, 20, 20))
            setter, outlet = "prepend set", 0
        elif q.kind == "str":
            # Max stores a umenu's items with "," between them (else one item holds them all).
            items = [w for c in q.choices for w in (c, ",")][:-1]
            ctl = p.add_textbox("umenu", maxclass="umenu", items=items,
                                patching_rect=lay.next(110),
                                **face(x, yy + 20, max(fit(c) for c in q.choices) + 20))
            setter, outlet = "prepend setsymbol", 1
        else:
            cls = "number" if q.kind == "int" else "flonum"
            ctl = p.add_textbox(cls, maxclass=cls, patching_rect=lay.next(70),
                                **face(x, yy + 20, 70))
            setter, outlet = "prepend set", 0
        pre = obj(f"prepend {q.name}")
        link(ctl, pre, outlet)
        link(pre, out)
        setm = obj(setter)
        link(router, setm, REGISTRY.index(q))
        link(setm, ctl)
    y += ((len(REGISTRY) + COLS - 1) // COLS) * ROW
    commands = controls()[len(REGISTRY):]
    folders = {c.name for c in (*STAGE_COMMANDS.values(), *AGENT_COMMANDS.values())
               if FOLDER in c.buttons}
    for i, (kind, name, arg) in enumerate(commands):
        x, yy = 6 + (i % COLS) * COL, y + (i // COLS) * ROW
        text = f"{name} {arg}".strip()
        if kind == "button" and name not in folders:
            m = p.add_message(text, patching_rect=lay.next(fit(text)),
                              **face(x, yy + 20, fit(text)))
            link(m, out)
            continue
        label(name, x, yy)
        pre = obj(f"prepend {name}")
        link(pre, out)
        if name in folders:  # pick a folder; macOS answers "Macintosh HD:/...": make it POSIX
            m = p.add_message("choose...", patching_rect=lay.next(80), **face(x, yy + 20, 80))
            dlg = obj("opendialog fold")
            posix = obj("conformpath slash boot")
            chain(m, dlg, posix, pre)
        else:  # a name or words, typed and sent with Return
            te = p.add_textbox("textedit", maxclass="textedit", keymode=1, lines=1,
                               patching_rect=lay.next(140), **face(x, yy + 20, COL - 12))
            strip = obj("route text")  # textedit may prefix "text"; either way the words go on
            link(te, strip)
            link(strip, pre)
            link(strip, pre, 1)
    y += ((len(commands) + COLS - 1) // COLS) * ROW
    for i, key in enumerate(state_keys):
        x, yy = 6 + (i % COLS) * COL, y + (i // COLS) * ROW
        label(key, x, yy)
        if key == "source":
            box = p.add_message("", patching_rect=lay.next(140), **face(x, yy + 20, 2 * COL - 12))
        else:
            box = p.add_textbox("flonum", maxclass="flonum", patching_rect=lay.next(70),
                                **face(x, yy + 20, 70))
        setm = obj("prepend set")
        link(stat, setm, i)
        link(setm, box)
    label("last error or warning", 6, err_y - 20)
    p.rect = lay.window()
    p.rect[3] += 100  # the outlets, below the columns
    p.save()
    size = json.loads(path.read_text())
    size["patcher"]["devicewidth"] = float(FACE_W)  # a bpatcher shows the face whole
    path.write_text(json.dumps(size, indent=4))


def face_height() -> int:
    rows = sum(-(-n // COLS) for n in (len(REGISTRY), len(controls()) - len(REGISTRY),
                                        len(STATE) + 1))
    return 34 + rows * ROW + 20 + BOX_H + 30


def help_patch(path: Path) -> None:
    """Tabbed help: basic (the object live, as a bpatcher), reference (every message), server
    (how to start it)."""
    from py2max import Patcher

    p = Patcher(str(path))
    p.rect = [40.0, 80.0, 900.0, 1000.0]
    basic = p.add_subpatcher("p basic", patching_rect=[10.0, 10.0, fit("p basic"), 22.0])
    b = basic.subpatcher
    lines = ["obbligato: a live agent that answers your playing.",
             "1. Start the server: the server tab, or `obbligato serve` in a terminal.",
             "2. choose... an agent folder and a target corpus, then click start.",
             f"Arguments: agent name (default {DEFAULT_AGENT}), server port (default "
             f"{DEFAULT_PORT}). One object per agent."]
    for i, line in enumerate(lines):
        b.add_comment(line, patching_rect=[10.0, 10.0 + 22 * i, fit(line), 20.0])
    ins = [b.add_message(m, patching_rect=[10.0 + 120 * i, 110.0, fit(m), 22.0])
           for i, m in enumerate(("start", "stop", "top_p 0.8", "placement roundrobin"))]
    obj = b.add_textbox("bpatcher obbligato.maxpat", maxclass="bpatcher", name="obbligato.maxpat",
                        args=[DEFAULT_AGENT, DEFAULT_PORT], numinlets=1, numoutlets=5,
                        outlettype=[""] * 5,
                        patching_rect=[10.0, 150.0, float(FACE_W), float(face_height())])
    for m in ins:
        b.add_line(m, obj)
    prt = b.add_textbox("print obbligato-errors",
                        patching_rect=[10.0, 160.0 + face_height(), fit("print obbligato-errors"),
                                       22.0])
    b.add_line(obj, prt, outlet=2)
    b.rect = [40.0, 80.0, float(FACE_W + 60), 220.0 + face_height()]
    ref = p.add_subpatcher("p reference", patching_rect=[100.0, 10.0, fit("p reference"), 22.0])
    text_tab(ref.subpatcher, reference_lines())
    srv = p.add_subpatcher("p server", patching_rect=[220.0, 10.0, fit("p server"), 22.0])
    text_tab(srv.subpatcher, SERVER_LINES)
    top = 22.0 * len(SERVER_LINES) + 20
    srv.subpatcher.add_textbox("bpatcher obbligato.server.maxpat", maxclass="bpatcher",
                               name="obbligato.server.maxpat",
                               patching_rect=[10.0, top, 420.0, 120.0])
    srv.subpatcher.rect[3] += 140
    p.save()
    d = json.loads(path.read_text())  # Max shows a subpatcher with showontab as a help tab
    for box in d["patcher"]["boxes"]:
        if "patcher" in box["box"]:
            box["box"]["patcher"]["showontab"] = 1
    path.write_text(json.dumps(d, indent=4))


def server_patch(path: Path) -> None:
    """patchers/obbligato.server.maxpat: start and stop `obbligato serve` from Max, with its
    status and last log line (javascript/obbligato-server.js in node.script)."""
    from py2max import Patcher

    p = Patcher(str(path))
    p.openinpresentation = 1
    lay = Layout(bottom=400)

    def box(text: str, kind: str = "newobj", x: float = 0, y: float = 0, w: float = 0):
        add = p.add_message if kind == "message" else p.add_textbox
        shown = {"presentation": 1, "presentation_rect": [x, y, w or fit(text), BOX_H]} if w or \
            kind == "message" else {}
        return add(text, patching_rect=lay.next(fit(text) if text else 200), **shown)

    node = box("node.script obbligato-server.js @autostart 1")
    for i, m in enumerate(("start", "stop", "command /path/to/obbligato/.venv/bin/obbligato")):
        p.add_line(box(m, "message", 6 + 60 * i if i < 2 else 6, 6 if i < 2 else 34), node)
    route = box("route status log")
    p.add_line(node, route)
    for i in range(2):
        show = box("prepend set")
        p.add_line(route, show, outlet=i)
        p.add_line(show, box("", "message", 6, 62 + 28 * i, 400))
    p.rect = lay.window()
    p.save()


def text_tab(p, lines: list[str]) -> None:
    """Comments, one per line, in a window that holds them."""
    for i, line in enumerate(lines):
        p.add_comment(line, patching_rect=[10.0, 10.0 + 22 * i, fit(line), 20.0])
    p.rect = [40.0, 80.0, max(fit(line) for line in lines) + 40.0, 22.0 * len(lines) + 60]


SERVER_LINES = [
    "The server is a Python program: install obbligato (see the package README). Below, set",
    "command to its path (.../obbligato/.venv/bin/obbligato) and click start (node.script runs",
    "it); or in a terminal: obbligato serve. It listens on 127.0.0.1 port 9000.",
    "The object subscribes every second until the server answers: start the server before or",
    "after the patch, restart it mid-show: the light comes back on and every control resyncs."]


def reference_lines() -> list[str]:
    lines = ["INLET: plain messages: a parameter and its value (top_p 0.8), or a command and its",
             "arguments (start, load_agent /path/to/agent, region track song1).",
             "OUTLETS: 1 parameters (NAME VALUE)  2 state (KEY VALUE)  3 errors and warnings",
             "4 events and acknowledgements (ok ..., event ...)  5 connected (1 / 0)",
             "PARAMETERS:"]
    lines += [f"{q.name} ({q.kind}" + (f" {q.lo:g}..{q.hi:g}" if q.lo is not None else "") +
              (" " + "/".join(q.choices) if q.choices else "") + f"): {q.help}" for q in REGISTRY]
    lines.append("COMMANDS:")
    lines += [f"{c.name} {c.args}: {c.help}" for c in (*AGENT_COMMANDS.values(),
                                                        *STAGE_COMMANDS.values())]
    return lines


def refpage() -> str:
    """docs/obbligato.maxref.xml: what Max's reference window shows."""
    from xml.sax.saxutils import escape as e

    attrs = "\n".join(
        f'    <method name="{q.name}"><digest>{e(q.help)}</digest></method>' for q in REGISTRY)
    cmds = "\n".join(
        f'    <method name="{c.name}"><digest>{e(c.help)}</digest></method>'
        for c in (*AGENT_COMMANDS.values(), *STAGE_COMMANDS.values()))
    return f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<c74object name="obbligato" module="max" category="obbligato">
  <digest>A live agent that answers your playing (OSC front end)</digest>
  <description>Controls one agent of a running `obbligato serve`: plain messages in, parameter
  values, state, errors, events and the connection out. Generated from the parameter
  registry.</description>
  <objarglist>
    <objarg name="agent" optional="1" type="symbol"><digest>agent name (default
    {DEFAULT_AGENT})</digest></objarg>
    <objarg name="port" optional="1" type="int"><digest>the server's OSC port (default
    {DEFAULT_PORT})</digest></objarg>
  </objarglist>
  <methodlist>
{attrs}
{cmds}
  </methodlist>
</c74object>
"""


def overview(path: Path) -> None:
    """extras/obbligato.maxpat: the Extras menu's overview, the help's first page."""
    from py2max import Patcher

    p = Patcher(str(path))
    lines = ["obbligato overview: a live agent learns how one part answers another and plays",
             "its answer to you. Open the help of [obbligato] (right-click it, Open Help) to",
             "start; the package README walks you from install to sound."]
    text_tab(p, lines)
    p.save()


def package_info() -> str:
    return json.dumps({"name": "obbligato", "version": VERSION, "author": "obbligato developers",
                       "description": "OSC front end of obbligato, a live agent that answers "
                                      "your playing", "max_version_min": "8.0",
                       "os": {"macintosh": {"platform": ["ia64", "aarch64"],
                                            "min_version": "none"},
                              "windows": {"platform": ["x64"], "min_version": "none"}},
                       "tags": ["osc", "agent", "improvisation"], "website": ""}, indent=2) + "\n"


def write(root: Path) -> list[Path]:
    """The package's files under root (patches/max/obbligato)."""
    for sub in ("patchers", "help", "docs", "extras"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    abstraction(root / "patchers" / "obbligato.maxpat")
    server_patch(root / "patchers" / "obbligato.server.maxpat")
    help_patch(root / "help" / "obbligato.maxhelp")
    overview(root / "extras" / "obbligato.maxpat")
    (root / "docs" / "obbligato.maxref.xml").write_text(refpage())
    (root / "package-info.json").write_text(package_info())
    return [root / f for f in ("patchers/obbligato.maxpat", "patchers/obbligato.server.maxpat",
                               "help/obbligato.maxhelp",
                               "extras/obbligato.maxpat", "docs/obbligato.maxref.xml",
                               "package-info.json")]
