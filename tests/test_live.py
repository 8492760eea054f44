"""Live: the engine on JACK's dummy backend, OSC control from Python and from a real Pure Data
process, and a flood of bad messages."""
from __future__ import annotations

import re
import subprocess
import time

import numpy as np
import pytest
import soundfile as sf

from conftest import needs
from livekit import OscClient, free_port, metrics_line, played_clean

pytestmark = [needs("jackd", "jack_connect", "jack_lsp", "jack_rec"), pytest.mark.jack]


def test_plays_ten_seconds_on_jack_dummy_without_dropouts(jack, agent_dir, corpus, stems, tmp_path):
    player = jack.player(stems / "song06" / "melody.wav", 40)
    jack.wait_for("PortAudio:out_0")
    before = set(jack.ports())
    port = free_port()
    proc = jack.obbligato("live", str(agent_dir), "--corpus", str(corpus), "--seconds", "16",
                          "--osc-port", str(port))
    rec = tmp_path / "out.wav"
    try:
        out, err = jack.play_and_record(proc, before, rec, 11)
    finally:
        proc.kill()
        player.kill()
    m = played_clean(proc, out, err)
    assert m["ticks"] >= 20  # 0.5 s ticks over 16 s
    # One tick plus the lead: whole JACK periods (1024 frames here) covering the worker's
    # time, and what the 44.1 -> 48 kHz resampler holds back (21 ms).
    period_ms = 1000 * 1024 / 48000
    assert m["engine_latency_ms"] == pytest.approx(500 + m["lead_ms"], abs=0.01)
    assert m["lead_ms"] > 2 * period_ms  # grows with the warm-up ticks on a busy machine
    assert m["reaction_latency_ms"] == pytest.approx(m["engine_latency_ms"]
                                                     + m["device_latency_ms"], abs=0.01)
    x, sr = sf.read(rec)
    assert sr == 48000 and len(x) >= 10 * sr
    assert np.sqrt(np.mean(x**2)) > 1e-3  # the agent answered


def test_osc_controls_and_survives_a_flood(jack, agent_dir, corpus, tmp_path):
    port = free_port()
    proc = jack.obbligato("serve", "--osc-port", str(port), "--seconds", "60", "--state-dir",
                          str(tmp_path / "state"))
    osc = OscClient(port)
    try:
        time.sleep(0.5)
        hello = []
        for _ in range(60):  # wait for the server to come up
            osc.send("/obbligato/get", "top_p")
            hello = osc.replies(0.5, until="/obbligato/param")
            if hello:
                break
        assert ("/obbligato/param", "top_p", pytest.approx(0.5)) in hello  # the default
        osc.send("/obbligato/load_agent", str(agent_dir))
        osc.send("/obbligato/load_corpus", str(corpus))
        osc.send("/obbligato/start")
        r = []
        for _ in range(3):  # load_agent, load_corpus, start: each answered (slow on a busy machine)
            r += osc.replies(60, until="/obbligato/ok")
        assert [x for x in r if x[0] == "/obbligato/ok"][-1][1] == "start", r
        osc.send("/obbligato/top_p", 7.0)  # out of range
        osc.send("/obbligato/temperature", "hot")  # wrong type
        osc.send("/obbligato/nonsense", 1)
        errs = [x for x in osc.replies(1.5) if x[0] == "/obbligato/error"]
        assert any("top_p" in e[1] and "out of range" in e[1] for e in errs)
        assert any("temperature" in e[1] for e in errs)
        assert any("unknown address" in e[1] for e in errs)
        rng = np.random.default_rng(0)
        for i in range(10000):  # malformed, out of range, wrong types, unknown, garbage bytes
            if i % 100 == 99:  # ~10,000 messages/s in bursts: the sender must not take the
                time.sleep(0.01)  # CPU the agent needs (on stage it is another machine/process)
            kind = i % 5
            if kind == 0:
                osc.raw(bytes(rng.integers(0, 256, rng.integers(1, 64), dtype=np.uint8)))
            elif kind == 1:
                osc.send("/obbligato/top_p", float(rng.uniform(1.5, 1e9)))
            elif kind == 2:
                osc.send("/obbligato/gain", "loud")
            elif kind == 3:
                osc.send(f"/obbligato/x{i}", i)
            else:
                osc.raw(b"/obbligato/top_p\x00\x00\x00\x00,f\x00")  # truncated argument
        time.sleep(2)
        osc.replies(2)
        osc.send("/obbligato/top_p", 0.5)
        osc.send("/obbligato/status")
        r = osc.replies(5)
        assert ("/obbligato/param", "top_p", 0.5) in r
        state = {x[0]: x[1:] for x in r}
        assert state["/obbligato/state/running"] == (1,)
        assert state["/obbligato/state/ticks"][0] > 2
        # Stage tools over OSC: preset, snapshot, region, each answered with ok or error.
        for msg in (("/obbligato/preset_save", "warm"), ("/obbligato/top_p", 0.3),
                    ("/obbligato/preset_load", "warm"), ("/obbligato/get", "top_p"),
                    ("/obbligato/snapshot_save", "take1"), ("/obbligato/snapshot_load", "take1"),
                    ("/obbligato/region", "labels", 0, 1, 2), ("/obbligato/region", "clear"),
                    ("/obbligato/guide", "self"), ("/obbligato/guide", "input"),
                    ("/obbligato/preset_load", "../etc/passwd")):
            osc.send(*msg)
        r = osc.replies(5)
        oks = [x[1] for x in r if x[0] == "/obbligato/ok"]
        for cmd in ("preset_save", "preset_load", "snapshot_save", "snapshot_load", "region",
                    "guide"):
            assert cmd in oks, r
        assert ("/obbligato/param", "top_p", 0.5) in r  # the preset restored 0.5
        assert any(x[0] == "/obbligato/error" and "passwd" in x[1] for x in r)
        osc.send("/obbligato/quit")
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    played_clean(proc, out, err)  # the flood cost no dropout


def pd_client_patch(port: int, reply: int, agent, corpus) -> str:
    """A Pd patch that loads, sets parameters, starts, asks for the state 4 s after the server
    says it started, prints every reply and quits: the patcher's side of a rehearsal, in
    vanilla objects."""
    from agent.tools.pdgen import PdPatch

    p = PdPatch()
    lb = p.obj(10, 10, "loadbang")
    send = p.obj(10, 500, "netsend -u -b")
    conn = p.msg(10, 40, f"connect 127.0.0.1 {port}")
    p.chain(lb, conn, send)
    pre = p.obj(10, 440, "list prepend send")
    trim = p.obj(10, 470, "list trim")
    p.chain(pre, trim, send)
    steps = [(300, "reply_to", str(reply)), (600, "load_agent", f"symbol {agent}"),
             (700, "load_corpus", f"symbol {corpus}"), (1200, "top_p", "0.5"),
             (1300, "continuity", "3"), (1400, "top_p", "9"), (1500, "start", "bang")]
    for i, (ms, addr, arg) in enumerate(steps):
        d = p.obj(200 + 150 * (i % 4), 80 + 100 * (i // 4), f"delay {ms}")
        m = p.msg(200 + 150 * (i % 4), 110 + 100 * (i // 4), arg)
        f = p.obj(200 + 150 * (i % 4), 140 + 100 * (i // 4), f"oscformat obbligato {addr}")
        p.chain(lb, d, m, f, pre)
    p.chain(lb, p.obj(10, 300, "delay 45000"), p.msg(10, 330, "; pd quit"))  # in any case
    recv = p.obj(600, 400, f"netreceive -u -b {reply}")
    parse = p.obj(600, 430, "oscparse")
    tr = p.obj(600, 460, "list trim")
    prt = p.obj(600, 490, "print obb")
    p.chain(recv, parse, tr, prt)
    # "obbligato ok start" -> 4 s of playing -> status -> 1 s for the answers -> quit
    started = [p.obj(800, 430 + 30 * i, f"route {w}") for i, w in enumerate(("obbligato", "ok",
                                                                             "start"))]
    wait = p.obj(800, 520, "delay 4000")
    status = p.msg(800, 550, "bang")
    p.chain(tr, *started, wait, status, p.obj(800, 580, "oscformat obbligato status"), pre)
    p.chain(status, p.obj(950, 580, "delay 1000"), p.msg(950, 610, "; pd quit"))
    return p.render()


@needs("pd")
def test_pure_data_drives_the_agent_over_osc(jack, agent_dir, corpus, tmp_path):
    from livekit import free_port

    port, reply = free_port(), free_port()
    patch = tmp_path / "client.pd"
    patch.write_text(pd_client_patch(port, reply, agent_dir, corpus))
    server = jack.obbligato("serve", "--osc-port", str(port), "--seconds", "60")
    try:
        ping = OscClient(port)
        for _ in range(120):  # the server imports torch and opens its socket: wait for it
            ping.send("/obbligato/get", "gain")
            if ping.replies(0.5, until="/obbligato/param"):
                break
        pd = subprocess.run(["pd", "-nogui", "-noaudio", "-nomidi", "-stderr", str(patch)],
                            capture_output=True, text=True, timeout=90)
    finally:
        server.terminate()
        out, err = server.communicate(timeout=30)
    printed = pd.stderr
    assert "obb: obbligato ok load_agent" in printed, printed + err[-2000:]
    assert "obb: obbligato param top_p 0.5" in printed
    assert "obb: obbligato param continuity 3" in printed
    assert re.search(r"obb: obbligato error .*top_p.*out.{0,2}of.{0,2}range", printed), printed
    assert "obb: obbligato ok start" in printed
    assert "obb: obbligato state running 1" in printed
    ticks = [float(x) for x in re.findall(r"obbligato state ticks ([\d.]+)", printed)]
    assert ticks and max(ticks) >= 5


WATCHDOG = """
import sys, time, json
from agent.control.stage import AgentControl
from agent.engine.installation import GuideSource, Supervisor
s = AgentControl()
s.load_agent(sys.argv[1]); s.load_corpus(sys.argv[2])
s.start()
s.live.guide = GuideSource("self")
sup = Supervisor(s.live, stale_s=1.0); sup.start()
time.sleep(2)
real = s.live.engine.next_tick
def boom(*a):  # once: kills the worker thread (not an Exception, so nothing catches it)
    s.live.engine.next_tick = real
    raise KeyboardInterrupt("injected")
s.live.engine.next_tick = boom
time.sleep(1.5)
t0 = s.live.engine.t
time.sleep(5)
m = s.status(); s.stop()
print(json.dumps({"restarts": sup.restarts, "ticks_after": m["ticks"] - t0,
                  "xruns": m["xruns"], "callbacks": m["callbacks"],
                  "gap_ms": m["callback_gap_max_ms"]}))
"""


def test_watchdog_restarts_the_worker_while_audio_runs(jack, agent_dir, corpus):
    import json
    import sys

    p = jack.run(sys.executable, "-c", WATCHDOG, str(agent_dir), str(corpus),
                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0, err[-2000:]
    r = json.loads(out.strip().splitlines()[-1])
    assert r["restarts"] >= 1
    assert r["ticks_after"] >= 6  # 0.5 s ticks went on after the restart
    assert r["callbacks"] > 1000, r  # the stream never stopped (xruns: the machine's)


def test_install_command_plays_and_logs(jack, agent_dir, corpus, tmp_path):
    logs = tmp_path / "logs"
    p = jack.obbligato("install", str(agent_dir), "--corpus", str(corpus), "--guide", "self",
                       "--seconds", "8", "--log-dir", str(logs), "--osc-port", str(free_port()),
                       "--channels", "8", "--placement", "roundrobin")
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0, err[-2000:]
    assert "stopped:" in out and "restarts 0" in out
    lines = (logs / "play.log").read_text().splitlines()
    assert len(lines) >= 8 and len(lines[-1].split("\t")) == 7


@needs("jackd")
def test_a_killed_audio_server_is_detected_and_the_agent_exits_cleanly(agent_dir, corpus):
    """jackd stopped under a playing agent: it used to go on reporting `running 1` and ignore
    SIGTERM (stuck in PortAudio). Now it says so within about a second, prints its stop line and
    exits with status 3 (a supervisor may restart it). The server gets SIGTERM here: a SIGKILLed
    jackd looks the same to the agent (its stream goes inactive within 0.5 s, measured), but it
    leaves its entry in JACK's shared server registry, and eight of those stop every new server
    on the machine from starting."""
    import os
    import signal

    from livekit import Jack

    jack = Jack(f"obbkill{os.getpid()}")
    before = set(jack.ports())
    proc = jack.obbligato("live", str(agent_dir), "--corpus", str(corpus), "--seconds", "60",
                          "--osc-port", str(free_port()))
    try:
        jack.agent_client(before)
        time.sleep(2.0)  # playing
        jack.proc.send_signal(signal.SIGTERM)
        killed = time.monotonic()
        out, err = proc.communicate(timeout=20)
        took = time.monotonic() - killed
    finally:
        proc.kill()
        jack.stop()
    assert proc.returncode == 3, (out, err[-2000:])
    assert "the audio server stopped" in err and "Traceback" not in err, err[-2000:]
    assert metrics_line(out)["ticks"] >= 3
    assert took < 5.0  # detected within about a second, then a clean exit


@needs("jackd")
def test_with_restart_the_agent_comes_back_when_the_audio_server_does(agent_dir, corpus):
    """--on-audio-loss restart: jackd stopped under a playing agent, then started again only once
    the agent's new self has found no server (so it must look again: PortAudio lists servers
    once, when it starts; CI once restarted JACK after that). The agent says so, replaces itself
    with a fresh run of the same command (same PID: nothing of the dead stream kept), waits for
    the server, plays again, and stops cleanly on SIGTERM."""
    import os
    import signal

    from livekit import Jack, Tail

    name = f"obbback{os.getpid()}"
    jack = Jack(name)
    before = set(jack.ports())
    proc = jack.obbligato("live", str(agent_dir), "--corpus", str(corpus), "--seconds", "120",
                          "--osc-port", str(free_port()), "--on-audio-loss", "restart")
    err = Tail(proc.stderr)
    try:
        jack.agent_client(before)
        time.sleep(1.5)
        jack.proc.send_signal(signal.SIGTERM)
        jack.proc.wait(timeout=20)
        err.wait_for("waiting for the audio server")  # the new self found no server
        time.sleep(2.5)  # and looked again at least once
        jack = Jack(name)
        jack.agent_client(set(jack.ports()) - {p for p in jack.ports() if ":in_0" in p})
        time.sleep(2.0)  # playing again
        proc.send_signal(signal.SIGTERM)
        out = proc.stdout.read()
        proc.wait(timeout=30)
    finally:
        proc.kill()
        jack.stop()
    err = err.rest()
    assert proc.returncode == 0, (out, err[-2000:])
    assert "the audio server stopped" in err and "restarting" in err, err[-2000:]
    assert out.count("playing: ") == 2 and "Traceback" not in err, (out, err[-2000:])
    assert metrics_line(out)["ticks"] >= 3


@needs("jackd")
def test_serve_started_before_its_audio_server_plays_once_the_server_is_up(agent_dir, corpus,
                                                                          tmp_path):
    """The patch (serve) opened first, JACK started after it: the first `start` is refused in
    one line, and the next, with JACK up, plays (PortAudio, which lists audio servers only when
    it starts, is made to look again)."""
    import os

    from livekit import Jack, jack_env, obbligato

    name, port = f"obblate{os.getpid()}", free_port()
    proc = obbligato(jack_env(name), "serve", "--osc-port", str(port), "--seconds", "90",
                     "--state-dir", str(tmp_path / "state"))
    osc, jack = OscClient(port), None
    try:
        for _ in range(60):  # wait for the server to come up
            osc.send("/obbligato/get", "top_p")
            if osc.replies(0.5, until="/obbligato/param"):
                break
        osc.send("/obbligato/load_agent", str(agent_dir))
        osc.send("/obbligato/load_corpus", str(corpus))
        osc.send("/obbligato/start")
        r = []
        for _ in range(3):  # ok, ok, and the refused start
            r += osc.replies(60, until="/obbligato/error")
            if any(x[0] == "/obbligato/error" for x in r):
                break
        refused = [x[1] for x in r if x[0] == "/obbligato/error"]
        assert refused and "cannot open audio device" in refused[0] and "\n" not in refused[0], r
        jack = Jack(name)
        osc.send("/obbligato/start")
        r = osc.replies(60, until="/obbligato/ok")
        assert ("/obbligato/ok", "start") in r, r
        time.sleep(2.0)
        osc.send("/obbligato/status")
        state = {x[0]: x[1:] for x in osc.replies(5)}
        assert state["/obbligato/state/running"] == (1,)
        osc.send("/obbligato/quit")
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
        if jack is not None:
            jack.stop()
    assert proc.returncode == 0 and "Traceback" not in err, err[-2000:]
    assert metrics_line(out)["ticks"] >= 1  # it played (few ticks when CI stalls it)
