"""What musicians coming from Somax2 / Dicy2 expect: regions, presets, snapshots, the schema."""
from __future__ import annotations

import numpy as np
import pytest

from agent.control.params import REGISTRY, Params
from agent.control.presets import load_preset, load_snapshot, save_preset, save_snapshot
from agent.decision.agentdir import load_agent
from agent.engine.tick import Engine
from agent.synthesis.regions import Region, apply_region
from agent.synthesis.target import load_target
from corpus.ingest import load_mono16k
from corpus.store import CorpusStore


def windows(stems, song="song06"):
    g = load_mono16k(stems / song / "melody.wav")
    return [None] + [g[i * 8000:(i + 1) * 8000] for i in range(len(g) // 8000 - 1)]


@pytest.mark.parametrize("region", [Region(tracks=("song01", "song02/bass")),
                                    Region(time=(2.0, 6.0)), Region(labels=(1, 3)),
                                    Region(tags=("dark",))])
def test_no_choice_falls_outside_the_region(agent_dir, corpus, stems, tmp_path, region):
    import shutil

    c = tmp_path / "c"
    shutil.copytree(corpus, c)
    with CorpusStore(c) as s:
        s.set_tags("song03", "bass", ["dark"])
    agent = load_agent(agent_dir)
    target = load_target(c, agent.target_vocab, "bass")
    apply_region(target, region)
    inside = target.region
    assert 0 < inside.sum() < len(target)
    for seed in range(3):
        e = Engine(agent, target, Params(), seed=seed)
        for w in windows(stems) * 3:
            _, ev = e.next_tick(w)
            assert ev.segment == -1 or inside[ev.segment], (region, ev)  # -1: a rest
            assert target.allowed[ev.decided]  # the decoding honours the region too
    with pytest.raises(ValueError, match="selects no segment"):
        apply_region(target, Region(tracks=("no-such-song",)))


def test_presets_round_trip_and_refuse_bad_values(tmp_path):
    p = Params().with_values({"top_p": 0.42, "placement": "random", "mute": True})
    save_preset(p, tmp_path / "a.toml")
    assert load_preset(tmp_path / "a.toml") == p
    (tmp_path / "bad.toml").write_text("[params]\ntop_p = 3.0\n")
    with pytest.raises(ValueError, match="bad.toml: top_p"):
        load_preset(tmp_path / "bad.toml")
    (tmp_path / "unk.toml").write_text("[params]\nvolume = 3.0\n")
    with pytest.raises(ValueError, match="unknown parameters volume"):
        load_preset(tmp_path / "unk.toml")


def test_snapshot_file_resumes_a_rehearsal_exactly(agent_dir, corpus, stems, tmp_path):
    agent = load_agent(agent_dir)
    target = load_target(corpus, agent.target_vocab, "bass")
    ws = windows(stems)
    k = len(ws) // 2
    whole = Engine(agent, target, Params(), seed=5)
    ref = [whole.next_tick(w)[0] for w in ws]
    e = Engine(agent, target, Params(), seed=5)
    for w in ws[:k]:
        e.next_tick(w)
    save_snapshot(e.snapshot(), tmp_path / "rehearsal")
    fresh = Engine(load_agent(agent_dir), load_target(corpus, agent.target_vocab, "bass"),
                   Params(temperature=2.0), seed=123)
    fresh.restore(load_snapshot(tmp_path / "rehearsal"))
    rest = [fresh.next_tick(w)[0] for w in ws[k:]]
    for x, y in zip(ref[k:], rest):
        assert np.array_equal(x, y)
    with pytest.raises(ValueError, match="snapshot file missing"):
        load_snapshot(tmp_path / "nothing")


def test_schema_lists_every_parameter_and_a_client_can_set_them_all():
    """A client that knows only /obbligato/schema sets every parameter it lists."""
    import subprocess
    import sys

    from conftest import ROOT
    from livekit import OscClient, free_port

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "agent.cli", "serve", "--osc-port",
                               str(port), "--seconds", "60"], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        osc = OscClient(port)
        for _ in range(120):
            osc.send("/obbligato/schema")
            rows = osc.replies(1.0, until="/obbligato/schema_end")
            if rows:
                break
        rows += osc.replies(1.0, until="/obbligato/schema_end")
        schema = [r for r in rows if r[0] == "/obbligato/schema"]
        params = [r for r in schema if r[2] in ("f", "i", "s") and r[5] != ""]
        assert len(params) >= len(REGISTRY)
        for _, addr, types, lo, hi, value, _help in params:
            if types == "s":
                continue
            new = hi if value != hi else lo
            osc.send(addr, float(new) if types == "f" else int(new))
        osc.send("/obbligato/placement", "random")
        got = {r[1]: r[2] for r in osc.replies(3.0) if r[0] == "/obbligato/param"}
        assert len(got) == len(REGISTRY), set(q.name for q in REGISTRY) - set(got)
        osc.send("/obbligato/quit")
        server.wait(timeout=30)
    finally:
        server.kill()



def test_hostile_datagrams_are_counted_and_the_server_answers_on(tmp_path):
    """The datagrams that hung, flooded or crashed python-osc's parser (a bundle element of
    negative size, bundles nested 1,500 deep, invalid UTF-8, garbage) are checked before any
    parser runs: counted, dropped, reported; the server answers the next message at once and
    exits cleanly."""
    import socket
    import subprocess
    import sys

    from pythonosc.osc_message_builder import OscMessageBuilder

    from conftest import ROOT
    from livekit import OscClient, free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "agent.cli", "serve", "--osc-port", str(port),
                             "--seconds", "60", "--state-dir", str(tmp_path)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    osc = OscClient(port)
    msg = OscMessageBuilder("/obbligato/get")
    msg.add_arg("top_p")
    get = msg.build().dgram
    nested = get
    for _ in range(1500):
        nested = b"#bundle\0" + bytes(8) + len(nested).to_bytes(4, "big") + nested
    hostile = [b"#bundle\0" + bytes(8) + b"\xff\xff\xff\xf8" + get,  # the 48-byte hang
               nested, b"/ob\xff\0\0\0\0", b"/obbligato/get\0\0,s\0\0\xc3\x28\0\0",
               b"\x00\x01garbage", b"#bundle\0" + bytes(8) + (1 << 30).to_bytes(4, "big")]
    try:
        for _ in range(60):  # wait for the server to come up
            osc.send("/obbligato/get", "top_p")
            if osc.replies(0.5, until="/obbligato/param"):
                break
        for data in hostile:
            osc.raw(data)
            osc.raw(get)
            assert ("/obbligato/param", "top_p", pytest.approx(0.5)) in osc.replies(
                2.0, until="/obbligato/param"), data[:24]
        state = [r for r in osc.replies(2.5) if r[0] == "/obbligato/state/osc"]
        assert state and state[-1][1] == len(hostile)
        # No reflector: replies go to the sender's host only (127.0.0.2 was not named at start).
        third = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        third.bind(("127.0.0.2", 0))
        third.settimeout(1.5)
        osc.send("/obbligato/reply_to", third.getsockname()[1], "127.0.0.2")
        errors = [r for r in osc.replies(1.0) if r[0] == "/obbligato/error"]
        assert any("reply host 127.0.0.2 is not the sender's" in e[1] for e in errors), errors
        osc.send("/obbligato/schema")
        with pytest.raises(OSError):  # a timeout: nothing reached the third host
            third.recvfrom(65536)
        third.close()
        osc.send("/obbligato/quit")
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0 and f"osc_malformed {len(hostile)}" in out, out
    assert "Traceback" not in err and len(err) < 2000, err[-2000:]


def test_names_durations_and_agent_count_that_broke_things_are_refused_or_kept_apart(
        agent_dir, corpus, stems, tmp_path):
    """`duration 0.000001` made every tick fail; `take.1` and `take.2` wrote the same snapshot
    files; `x\\n` became a file name; 3,000 agents made one `schema` 108,000 datagrams."""
    from agent.control.presets import checked_name
    from agent.control.stage import MAX_AGENTS, AgentControl, Stage

    with pytest.raises(ValueError, match="duration"):
        Params().with_value("duration", 0.000001)
    assert Params().with_value("duration", 0).duration == 0.0  # the agent's own
    assert Params().with_value("duration", 0.05).duration == 0.05
    agent = load_agent(agent_dir)
    e = Engine(agent, load_target(corpus, agent.target_vocab, "bass"), Params(), seed=1)
    for name in ("take.1", "take.2", "take.toml"):
        e.next_tick(None)
        save_snapshot(e.snapshot(), tmp_path / checked_name(name))
    assert [load_snapshot(tmp_path / n)["t"] for n in ("take.1", "take.2", "take.toml")] == [1, 2, 3]
    with pytest.raises(ValueError, match="name"):
        checked_name("x\n")
    stage = Stage()
    for i in range(MAX_AGENTS):
        stage.add(AgentControl(params=Params(), name=f"a{i}"))
    with pytest.raises(ValueError, match=f"{MAX_AGENTS} agents"):
        stage.add(AgentControl(params=Params(), name="one_more"))


def test_osc_beyond_loopback_needs_an_allow_list_and_refuses_other_hosts():
    """Listening on every interface needs --osc-allow; a datagram from a host not named is
    dropped before any parser and counted (127.0.0.2 and .3 stand in for two machines)."""
    import socket

    from pythonosc.osc_message_builder import build_msg

    from agent.control.osc import OscControl
    from agent.control.stage import AgentControl

    from livekit import free_port

    with pytest.raises(ValueError, match="--osc-allow"):
        OscControl(AgentControl(), host="0.0.0.0", port=free_port())
    server = OscControl(AgentControl(), host="0.0.0.0", port=free_port(), allow=("127.0.0.2",))
    server.start()
    try:
        got = {}
        for host in ("127.0.0.2", "127.0.0.3"):
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.bind((host, 0))
            s.settimeout(1.5)
            s.sendto(build_msg("/obbligato/get", ["top_p"]).dgram, ("127.0.0.1", server.port))
            try:
                got[host] = s.recv(4096)
            except socket.timeout:
                got[host] = None
            s.close()
        assert got["127.0.0.2"] and b"top_p" in got["127.0.0.2"]
        assert got["127.0.0.3"] is None
        assert server.counters()["osc_refused"] == 1
    finally:
        server.close()


def test_osc_conveniences_for_patchers(tmp_path):
    """Address patterns over agents, an enumeration's index, names sent as numbers, and an
    integer heartbeat (a float32 Unix time would be rounded to 128 s)."""
    from agent.control.osc import OscControl, pattern
    from agent.control.stage import AgentControl

    from livekit import OscClient, free_port

    main = AgentControl(state_dir=tmp_path)
    for name in ("bass", "drums"):
        main.stage.add(AgentControl(name=name, state_dir=tmp_path))
    server = OscControl(main, port=free_port())
    server.start()
    osc = OscClient(server.port)
    try:
        osc.send("/obbligato/*/mute", 1)
        osc.send("/obbligato/{bass,drums}/gain", -6.0)
        osc.send("/obbligato/b?ss/placement", 2)
        osc.send("/obbligato/preset_save", 1)
        r = osc.replies(2.5, until="/obbligato/heartbeat")
        agents = main.stage.sessions
        assert all(s.params.mute for s in agents.values())
        assert [agents[n].params.gain for n in ("main", "bass", "drums")] == [0.0, -6.0, -6.0]
        assert agents["bass"].params.placement == "roundrobin"
        assert agents["drums"].params.placement == "center"
        assert (tmp_path / "presets" / "1.toml").is_file()
        beat = next(x for x in r if x[0] == "/obbligato/heartbeat")
        assert all(isinstance(v, int) for v in beat[1:]), beat
        assert not [x for x in r if x[0] == "/obbligato/error"], r
    finally:
        server.close()
    assert pattern("[!a-c]x").fullmatch("dx") and not pattern("[!a-c]x").fullmatch("bx")


def test_a_subscribed_patch_hears_its_agent_and_every_change_to_it(tmp_path):
    """A patch subscribed to `bass` gets bass's values on `schema`, every change to bass from
    anyone (OSC, a preset), nothing of another agent's, its own errors as words, and may
    write `/obbligato/bass NAME args`, as a Max [prepend] makes it."""
    from agent.control.osc import OscControl
    from agent.control.stage import AgentControl

    from livekit import OscClient, free_port

    main = AgentControl(state_dir=tmp_path)
    main.stage.add(AgentControl(name="bass", state_dir=tmp_path))
    server = OscControl(main, port=free_port())
    server.start()
    patch, other = OscClient(server.port), OscClient(server.port)
    try:
        patch.send("/obbligato/bass", "subscribe", "bass")
        patch.send("/obbligato/bass", "top_p", 0.6)
        patch.send("/obbligato/bass", "preset_save", "verse")
        patch.send("/obbligato/bass", "schema")
        r = patch.replies(1.5, until="/obbligato/bass/schema_end")
        assert ("/obbligato/bass/ok", "subscribe", "bass") in r
        assert ("/obbligato/bass/param", "top_p", 0.6000000238418579) in r
        schema = {x[1]: x[5] for x in r if x[0] == "/obbligato/bass/schema"}
        assert len(schema) == len(REGISTRY) and schema["top_p"] == pytest.approx(0.6)
        assert {x[1] for x in r if x[0] == "/obbligato/bass/command"} >= {"region", "load_agent"}
        other.send("/obbligato/bass/gain", -6.0)
        other.send("/obbligato/gain", -3.0)  # main's: not the patch's business
        other.send("/obbligato/bass/preset_load", "verse")  # gain back to 0 for bass
        other.send("/obbligato/bass/top_p", 7)  # another client's error: to that client
        patch.send("/obbligato/bass", "top_p", 9)
        r = patch.replies(1.5)
        params = [x[1:] for x in r if x[0] == "/obbligato/bass/param"]
        assert params == [("gain", -6.0), ("gain", 0.0)], r
        errors = [x for x in r if x[0].endswith("/error")]
        assert len(errors) == 1 and errors[0][:3] == ("/obbligato/bass/error",
                                                      "/obbligato/bass/top_p:", "top_p:")
        assert not [x for x in r if x[0] == "/obbligato/param"]
    finally:
        server.close()


def test_a_flood_is_read_no_faster_than_the_osc_rate_and_the_server_answers_after_it():
    """A sender far faster than any patch (a runaway loop) must not hold the GIL the audio
    callback needs: the server reads at most OSC_RATE datagrams a second past a burst, counts
    the time it paced, and answers the next message once the flood is over."""
    import socket
    import subprocess
    import sys
    import time

    from pythonosc.osc_message_builder import build_msg

    from agent.control.osc import OSC_BURST, OSC_RATE, OscControl
    from agent.control.stage import AgentControl

    from livekit import free_port

    server = OscControl(AgentControl(), port=free_port())
    server.start()
    flood = ("import socket, sys, time\n"
             "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); n = 0\n"
             "end = time.monotonic() + 1.5\n"
             "while time.monotonic() < end:\n"
             "    s.sendto(b'junk', ('127.0.0.1', int(sys.argv[1]))); n += 1\n"
             "print(n)\n")
    try:
        t0 = time.monotonic()
        sent = int(subprocess.run([sys.executable, "-c", flood, str(server.port)], check=True,
                                  capture_output=True, text=True).stdout)
        time.sleep(0.5)  # what the socket still held is read
        read, elapsed = server.counters()["osc_malformed"], time.monotonic() - t0
        assert sent > 3 * (OSC_BURST + OSC_RATE * elapsed), sent  # a flood, beyond the rate
        assert 0 < read <= OSC_BURST + OSC_RATE * elapsed, (read, elapsed)
        assert server.counters()["osc_paced_ms"] > 0
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.settimeout(2.0)
        s.sendto(build_msg("/obbligato/get", ["top_p"]).dgram, ("127.0.0.1", server.port))
        assert b"top_p" in s.recv(4096)
        s.close()
    finally:
        server.close()
