"""The Max package and the Pd abstraction are generated from the registry, pass Max's and Pd's
file checks, and the Pd abstraction plays its part against a real `obbligato serve`."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time

import pytest

from agent.control.params import REGISTRY
from agent.tools.maxgen import text_width
from agent.tools.pdgen import box_size

from conftest import ROOT, needs

PATCHES = ROOT / "patches"
MAX = PATCHES / "max" / "obbligato"
PD = PATCHES / "pd" / "obbligato"
MAX_FILES = ("patchers/obbligato.maxpat", "patchers/obbligato.server.maxpat",
             "help/obbligato.maxhelp", "extras/obbligato.maxpat")
# node.script ships with Max 8+ and runs the server launcher, but py2max's reference (taken from
# Max's own refpages) does not list it: the one object we vouch for ourselves.
NOT_IN_PY2MAX = {"node.script"}


def test_patches_are_generated_from_the_registry(tmp_path):
    from agent.tools.patchgen import generate

    for f in generate(tmp_path):
        rel = f.relative_to(tmp_path)
        assert f.read_text() == (PATCHES / rel).read_text(), \
            f"patches/{rel} is stale: run `make patches`"
    pd = (PD / "obbligato.pd").read_text()
    mx = (MAX / "patchers" / "obbligato.maxpat").read_text()
    doc = (PATCHES / "README.md").read_text()
    ref = (MAX / "docs" / "obbligato.maxref.xml").read_text()
    for q in REGISTRY:
        assert f"list prepend {q.name};" in pd and f'"prepend {q.name}"' in mx
        assert f"`/obbligato/{q.name}`" in doc and f'<method name="{q.name}">' in ref


def boxes_of(patcher: dict) -> list[dict]:
    """Every box of a Max patcher and of its subpatchers."""
    out = []
    for b in patcher["boxes"]:
        out.append(b["box"])
        if "patcher" in b["box"]:
            out += boxes_of(b["box"]["patcher"])
    return out


def overlaps(rects: list[tuple[float, float, float, float]]) -> list[tuple]:
    return [(a, b) for i, a in enumerate(rects) for b in rects[i + 1:]
            if a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and
            b[1] < a[1] + a[3]]


@pytest.mark.parametrize("name", MAX_FILES)
def test_max_files_pass_py2max_and_our_structural_check(name):
    """What Max would show: umenu items separated by "," (else one item holds them all), every
    box wide enough for its text in Arial 12, nothing overlapping in presentation, every object
    a Max object, folder dialogs answering POSIX paths."""
    from py2max import Patcher
    from py2max.maxref import get_object_info

    findings = [f for f in Patcher.from_file(MAX / name).lint()
                if not (f.code == "W-UNKNOWN-OBJECT" and f.message.split("'")[1] in NOT_IN_PY2MAX)]
    assert findings == []
    doc = json.loads((MAX / name).read_text())["patcher"]
    boxes = boxes_of(doc)
    for b in boxes:
        text = b.get("text", "")
        if b["maxclass"] in ("newobj", "message", "comment") and text:
            assert b["patching_rect"][2] >= text_width(text) + 8, f"{text!r} is cut off"
        if b["maxclass"] == "newobj":
            name = text.split()[0]
            assert name in NOT_IN_PY2MAX or get_object_info(name), f"{text!r}: not a Max object"
        if b["maxclass"] == "umenu":
            assert b["items"][1::2] == [","] * (len(b["items"]) // 2), b["items"]
    shown = [tuple(b["presentation_rect"]) for b in boxes if b.get("presentation")]
    assert not overlaps(shown), overlaps(shown)
    ids = {b["id"]: b for b in doc["boxes"] and [x["box"] for x in doc["boxes"]]}
    after = {ln["patchline"]["source"][0]: ids[ln["patchline"]["destination"][0]].get("text")
             for ln in doc["lines"]}
    for i, b in ids.items():
        if b.get("text", "").startswith("opendialog"):
            assert after[i] == "conformpath slash boot"


def test_max_package_layout():
    """What Max's package manager and help browser look for."""
    info = json.loads((MAX / "package-info.json").read_text())
    assert info["name"] == "obbligato" and info["version"]
    face = json.loads((MAX / "patchers" / "obbligato.maxpat").read_text())["patcher"]
    assert face["openinpresentation"] == 1  # a bpatcher shows the face
    shown = [b["box"] for b in face["boxes"] if b["box"].get("presentation")]
    assert {q.name for q in REGISTRY} <= {b.get("text") for b in shown if b["maxclass"] == "comment"}
    helpdoc = json.loads((MAX / "help" / "obbligato.maxhelp").read_text())["patcher"]
    tabs = [b["box"]["text"] for b in helpdoc["boxes"]
            if b["box"].get("patcher", {}).get("showontab")]
    assert tabs == ["p basic", "p reference", "p server"]
    assert (MAX / "docs" / "obbligato.maxref.xml").exists()


def pd_boxes(text: str) -> list[tuple[str, int, int, str]]:
    """(kind, x, y, text) of the boxes on a Pd file's top-level canvas."""
    depth, out = 0, []
    for line in text.split(";\n"):
        if line.startswith("#N canvas"):
            depth += 1
            continue
        if line.startswith("#X restore"):
            depth -= 1
        m = re.match(r"#X (obj|msg|text|floatatom|symbolatom|listbox|restore) (\d+) (\d+) ?(.*)",
                     line, re.S)
        if m and depth == 1:
            out.append((m[1], int(m[2]), int(m[3]), m[4].replace("\\", "")))
    return out


@pytest.mark.parametrize("name", ["obbligato.pd", "obbligato-help.pd"])
def test_pd_boxes_do_not_overlap(name):
    rects = []
    for kind, x, y, text in pd_boxes((PD / name).read_text()):
        w, h = box_size("obj" if kind == "restore" else kind, text)
        if w:
            rects.append((x, y, w, h))
    assert len(rects) > 10 and not overlaps(rects), overlaps(rects)


def test_pd_face_shows_every_parameter_and_follows_it():
    """Graph-on-parent face: a control per parameter, set (not banged) by the server's value."""
    text = (PD / "obbligato.pd").read_text()
    coords = re.search(r"#X coords 0 -1 1 1 (\d+) (\d+) 2", text)
    assert coords
    w, h = int(coords[1]), int(coords[2])
    face = [b for b in pd_boxes(text) if b[1] < w]
    assert all(y + box_size("obj" if k == "restore" else k, t)[1] <= h for k, _, y, t in face)
    for q in REGISTRY:
        assert re.search(rf"\\\$0-p-{q.name}-in", text), q.name
        assert f"s \\$0-p-{q.name}-in;" in text, q.name


@needs("pd")
@pytest.mark.parametrize("name", ["obbligato.pd", "obbligato-help.pd", "obbligato-meta.pd"])
def test_pd_files_open_without_errors(name):
    r = subprocess.run(["pd", "-nogui", "-noaudio", "-nomidi", "-stderr", "-send", "pd quit",
                        str(PD / name)], capture_output=True, text=True, timeout=30, cwd=PD)
    assert "couldn't create" not in r.stderr and "error" not in r.stderr.lower(), r.stderr


def pd_two_agents(port: int, quit_ms: int) -> str:
    """A patch with `[obbligato main PORT]` and `[obbligato bass PORT]`, each outlet printed
    (`main-params: top_p 0.5`), plain messages to `main` at set times, and a third, silent
    instance: whatever the abstraction itself prints shows up unprefixed."""
    from agent.tools.pdgen import PdPatch

    p = PdPatch()
    outs = ("params", "state", "errors", "events", "connected")
    inst = {}
    for k, agent in enumerate(("main", "bass")):
        inst[agent] = p.obj(10 + 500 * k, 300, f"obbligato {agent} {port}")
        for i, n in enumerate(outs):
            p.link(inst[agent], p.obj(10 + 500 * k + 95 * i, 700 + 30 * i, f"print {agent}-{n}"),
                   i)
    p.obj(10, 900, f"obbligato main {port}")
    lb = p.obj(10, 10, "loadbang")
    for i, (ms, text) in enumerate(((6000, "top_p 0.7"), (6400, "placement 2"),
                                    (6800, "bogus 1"))):
        d = p.obj(10 + 200 * i, 60, f"delay {ms}")
        m = p.msg(10 + 200 * i, 100, text)
        p.chain(lb, d, m, inst["main"])
    p.chain(lb, p.obj(800, 10, f"delay {quit_ms}"), p.msg(800, 60, "; pd quit"))
    return p.render()


def serve(port: int, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "agent.cli", "serve", "--osc-port", str(port),
                             "--seconds", "120", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def wait_for(client, until: str) -> list[tuple]:
    for _ in range(240):  # the server imports torch and opens its socket: wait for it
        client.send("/obbligato/get", "gain")
        if client.replies(0.5, until="/obbligato/param"):
            return client.replies(0.3)
    raise AssertionError("the server never answered")


@needs("pd")
def test_pd_abstraction_against_a_real_server(tmp_path):
    """Two `[obbligato]` objects control two agents of a real server: they connect and take
    every value from `schema`, show a change made by another client, report an error, survive
    the server's restart (reconnect, resync) and print nothing of their own."""
    from livekit import OscClient, free_port

    port = free_port()
    (tmp_path / "t.pd").write_text(pd_two_agents(port, 120000))
    server = serve(port, "--top-p", "0.55")
    client = OscClient(port)
    try:
        wait_for(client, "/obbligato/param")
        client.send("/obbligato/add_agent", "bass")
        client.replies(0.5)
        pd = subprocess.Popen(["pd", "-nogui", "-noaudio", "-nomidi", "-stderr",
                               "-path", str(PD), str(tmp_path / "t.pd")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        lines: list[str] = []  # what Pd prints, as it prints it
        reader = threading.Thread(target=lambda: [lines.append(ln) for ln in pd.stderr or []],
                                  daemon=True)
        reader.start()
        time.sleep(9)
        client.send("/obbligato/bass", "temperature", 1.5)  # another client, the plain form
        time.sleep(2)
        server.terminate()
        server.communicate(timeout=30)
        time.sleep(5)  # the objects notice (3 s without heartbeats)
        server = serve(port, "--top-p", "0.44")
        wait_for(client, "/obbligato/param")
        deadline = time.monotonic() + 60  # a heartbeat, a subscription, a resync (slower when busy)
        while "main-params: top_p 0.44" not in "".join(lines) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1)
        pd.terminate()
        pd.wait(timeout=30)
        reader.join(timeout=10)
        printed = "".join(lines)
    finally:
        server.terminate()
        server.communicate(timeout=30)
    lines = printed.splitlines()
    mine = [ln for ln in lines if re.match(r"(main|bass)-\w+: ", ln)]
    assert mine and len(mine) == len(lines), [ln for ln in lines if ln not in mine]
    cut = [m.start() for m in re.finditer("^main-connected: 0$", printed, re.M)]
    assert len(cut) == 2, printed  # at load, and when the server went away
    first, second = printed[:cut[1]], printed[cut[1]:]
    assert "main-connected: 1" in first and "bass-connected: 1" in first
    for q in REGISTRY:  # every control synced from schema, for both agents
        assert re.search(rf"^main-params: {q.name} \S+$", first, re.M), q.name
        assert re.search(rf"^bass-params: {q.name} \S+$", first, re.M), q.name
    assert "main-params: top_p 0.55" in first and "bass-params: top_p 0.5" in first
    assert "main-params: top_p 0.7" in first and "main-params: placement roundrobin" in first
    assert "bass-params: temperature 1.5" in first and "main-params: temperature 1.5" not in first
    assert re.search(r"^main-errors: error /obbligato/main/bogus: unknown address", first, re.M)
    assert "bass-errors" not in printed
    assert "main-connected: 1" in second and "main-params: top_p 0.44" in second  # resynced
    assert not re.search(r"^main-params: (load_agent|start)", printed, re.M)  # commands: not values


SHIM = """
const handlers = {};
require("module").Module._load = ((load) => function (request, ...rest) {
  if (request !== "max-api") return load.call(this, request, ...rest);
  return { addHandler: (n, f) => { handlers[n] = f; },
           outlet: (...a) => console.log(JSON.stringify(a)), post: () => {} };
})(require("module").Module._load);
require(process.argv[2]);
require("readline").createInterface({ input: process.stdin }).on("line", (line) => {
  const [name, ...args] = JSON.parse(line);
  handlers[name](...args);
});
"""


@needs("node")
def test_max_server_launcher_starts_and_stops_a_real_server(tmp_path):
    """javascript/obbligato-server.js as node.script runs it (max-api stood in for by a few
    lines): `start` runs `obbligato serve`, which answers OSC; `stop` ends it; a wrong
    program is one `status failed` line, not a crash."""
    from livekit import OscClient, free_port

    (tmp_path / "shim.js").write_text(SHIM)
    node = subprocess.Popen(["node", str(tmp_path / "shim.js"),
                             str(MAX / "javascript" / "obbligato-server.js")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)

    def say(*msg) -> None:
        node.stdin.write(json.dumps(msg) + "\n")
        node.stdin.flush()

    port = free_port()
    try:
        say("command", "/no/such/obbligato")
        say("start")
        assert json.loads(node.stdout.readline())[:2] == ["status", "failed"]
        say("command", sys.executable, "-m", "agent.cli")
        say("start", "--osc-port", str(port), "--seconds", "120")
        assert json.loads(node.stdout.readline())[:2] == ["status", "running"]
        wait_for(OscClient(port), "/obbligato/param")
        say("stop")
        out = [json.loads(node.stdout.readline())]
        while out[-1][:2] != ["status", "exited"]:  # its last log lines, then the exit
            out.append(json.loads(node.stdout.readline()))
    except Exception:
        node.kill()
        raise
    finally:
        node.stdin.close()
    node.wait(timeout=30)
    assert out[-1] == ["status", "exited", 0], out
