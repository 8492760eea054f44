"""Live corpus recording (the musician's input becomes playable corpus during the performance)
and several agents in one process (shared stream and perception, chains, per-agent OSC)."""
from __future__ import annotations

import subprocess
import sys
import time

import numpy as np
import pytest
import soundfile as sf

from corpus.build import rms_db

from conftest import ROOT, needs


def melody_windows(stems, sr: int, n: int, dur: float = 0.5) -> list[np.ndarray]:
    from corpus.ingest import resample

    x, file_sr = sf.read(stems / "song00" / "melody.wav", dtype="float32")
    x = resample(x, file_sr, sr)
    step = int(dur * sr)
    return [x[i * step:(i + 1) * step] for i in range(n)]


def test_a_live_track_survives_a_crash_and_is_joined_later(corpus_copy):
    from corpus.store import CorpusStore

    with CorpusStore(corpus_copy) as s:
        vid = s.vocab_id("bass")
        tid, key = s.begin_live_track("live-take", "bass", 48000, ("live",))
        n_before = len(s.segments())
        rng = np.random.default_rng(0)
        natives = [rng.standard_normal(24000).astype(np.float32) * 0.1 for _ in range(4)]
        for i, x in enumerate(natives[:3]):
            s.add_live_segment(tid, key, i, x, x[::3], np.full(s.vocabulary(vid).dim, i, np.float32),
                               (0.5 * i, 0.5 * (i + 1)), -20.0, {vid: i})
        # A crash while segment 3 is being stored: its file is written, its rows never commit.
        (corpus_copy / "live" / key / "000003.npz").write_bytes(b"half a file")
        s.begin_live_track("live-empty", "bass", 48000, ("live",))  # killed before a segment
    with CorpusStore(corpus_copy) as s:  # reopened after the crash: three segments, readable
        assert len(s.segments()) == n_before + 3
        assert np.allclose(s.track_audio(key)[:, 0], np.concatenate(natives[:3]), atol=2 ** -22)
        ids, emb = s.embeddings()
        assert len(ids) == n_before + 3 and np.allclose(emb[-1], 2)
        assert [s.labels(vid)[int(i)] for i in ids[-3:]] == [0, 1, 2]
        assert s.finish_live_tracks() == 1  # the empty take is dropped, not joined
        assert not any((corpus_copy / "live").iterdir())
        assert "live-empty" not in {x[1] for x in s.songs()}
        assert np.allclose(s.track_audio(key)[:, 0], np.concatenate(natives[:3]), atol=2 ** -22)
        assert len(s.embeddings()[0]) == n_before + 3
        assert s.track_tags()[tid] == ["live"]


def test_recorded_input_is_labelled_stored_and_playable_the_next_tick(agent_dir, corpus_copy,
                                                                      stems):
    from agent.control.params import Params
    from agent.decision.agentdir import load_agent
    from agent.engine.record import Recorder
    from agent.engine.tick import Engine
    from agent.synthesis.regions import Region, apply_region
    from agent.synthesis.target import load_agent_target
    from corpus.encoders import make_encoder
    from corpus.ingest import resample
    from corpus.store import CorpusStore

    agent = load_agent(agent_dir)
    target = load_agent_target(agent, corpus_copy)
    n0 = len(target)
    engine = Engine(agent, target, Params())
    apply_region(target, Region(tracks=("song00",)))
    rec = Recorder(corpus_copy, agent.target_vocab, agent.target_role, 48000, target.sr)
    windows = melody_windows(stems, 48000, 6)
    enc = make_encoder(agent.encoder)
    w16 = [resample(w, 48000, 16000) for w in windows]
    for w, x in zip(windows, w16):
        rec.push(w, x, enc.encode([x])[0])
    for _ in range(200):
        if rec.segments == 6:
            break
        time.sleep(0.05)
    assert rec.drain(target) == 6 and len(target) == n0 + 6
    assert not target.region[n0:].any()  # the region rule (song00 only) masks new segments too
    assert target.next[n0:n0 + 5].tolist() == list(range(n0 + 1, n0 + 6))  # contiguous take
    # Resampled 48 kHz -> corpus rate as a stream: aligned, the newest ~15 ms still in the filter.
    assert 0 <= 3.0 * target.sr - len(target.audio[-1]) <= 0.02 * target.sr
    apply_region(target, Region(tags=("live",)))
    for x in w16[:2]:  # two more, inside the region this time
        rec.push(resample(x, 16000, 48000), x, enc.encode([x])[0])
    while rec.segments < 8:
        time.sleep(0.05)
    assert rec.drain(target) == 2 and target.region[-2:].all()
    grown = [c.copy() for c in target.by_label], target.allowed.copy()
    target.set_mask(target.region)  # the incremental update equals a rebuild from scratch
    assert all(np.array_equal(a, b) for a, b in zip(grown[0], target.by_label))
    assert np.array_equal(grown[1], target.allowed)
    events = [engine.next_tick(x)[1] for x in w16 * 3]
    played = [ev for ev in events if ev.segment >= 0]  # rests play nothing
    assert played and all(ev.source.startswith(rec.song) for ev in played)  # the musician's sound
    summary = rec.stop()
    assert summary["segments"] == 8 and summary["errors"] == 0
    with CorpusStore(corpus_copy) as s:
        song_tracks = [t for t in s.tracks() if t["song"] == rec.song]
        assert len(song_tracks) == 1 and song_tracks[0]["sr"] == 48000
        seg = s.segments([song_tracks[0]["id"]])
        assert len(seg) == 8 and seg.end[5] == pytest.approx(3.0)
        expect = agent.target_vocab.assign(enc.encode(w16 + w16[:2]), rms_db(w16 + w16[:2]))
        assert [s.labels(agent.target_vocab.id)[int(i)] for i in seg.id] == expect.tolist()
        for (vid,) in s.db.execute("SELECT id FROM vocabularies").fetchall():
            assert all(int(i) in s.labels(vid) for i in seg.id)  # every vocabulary labels it
        import faiss

        assert faiss.read_index(str(corpus_copy / "segments.faiss")).ntotal == len(s.segments())


def test_output_running_dry_is_told_once_per_interval_by_the_worker(agent_dir, corpus, caplog):
    """Callbacks that find the ring short count dropouts (the callback cannot log); the worker's
    next tick says so in one warning line with the slowest tick and the lead, and stays quiet
    for the next few seconds however often it happens again."""
    import logging

    from agent.control.params import Params
    from agent.decision.agentdir import load_agent
    from agent.engine.host import AudioConfig, AudioHost
    from agent.engine.tick import Engine
    from agent.synthesis.target import load_agent_target

    agent = load_agent(agent_dir)
    live = AudioHost(Engine(agent, load_agent_target(agent, corpus), Params(), 1),
                     AudioConfig(blocksize=512, compensation_ms=20))
    live.prepare(44100, 1, 2)
    block = np.zeros((512, 1), np.float32)

    def play(callbacks: int) -> None:  # the device asks, the worker never answers in between
        for _ in range(callbacks):
            live.audio_callback(block, np.zeros((512, 2), np.float32), 512, None, 0)

    with caplog.at_level(logging.WARNING, logger="agent.engine.host"):
        while live.work_once():
            pass
        assert live.dropouts == 0 and not caplog.records
        play(3 * live.engine.tick_samples(0, 44100) // 512)  # the worker is three ticks late
        assert live.dropouts > 0
        assert live.work_once()
        told = [r.getMessage() for r in caplog.records]
        assert len(told) == 1 and "output ran dry" in told[0] and "20 ms lead" in told[0], told
        play(100)
        while live.work_once():
            pass
        assert len(caplog.records) == 1  # within 5 s: not told again


def test_voices_share_one_perception_pass_and_a_chain_hears_its_source(agent_dir, corpus, stems):
    from agent.control.params import Params
    from agent.decision.agentdir import load_agent
    from agent.engine.host import AudioConfig, AudioHost
    from agent.engine.tick import Engine
    from agent.engine.voices import Voice
    from agent.perception.listen import heard_output
    from agent.synthesis.target import load_agent_target
    from corpus.encoders import make_encoder

    agent = load_agent(agent_dir)
    enc = make_encoder(agent.encoder)
    calls = []
    real = enc.encode
    enc.encode = lambda waves: calls.append(len(waves)) or real(waves)

    def engine(first_channel: int, seed: int) -> Engine:
        p = Params().with_values({"first_channel": first_channel, "channels": 2})
        return Engine(agent, load_agent_target(agent, corpus), p, seed, enc)

    a, b = Voice("a", engine(0, 1)), Voice("b", engine(2, 2))
    c = Voice("c", engine(4, 3), listen="a")
    live = AudioHost([a, b, c], AudioConfig(compensation_ms=10))
    live.prepare(44100, 1, 6)
    for x in melody_windows(stems, 44100, 4):
        calls.clear()
        a_out = a.last_out
        live.tick_all(x[:, None])
        assert len(calls) == 2  # the input once for a and b, a's output once for c
        assert a.last_event.heard == b.last_event.heard >= 0
        n16 = int(round(len(x) * 16000 / 44100))
        heard = heard_output(a_out, a.engine.target.sr, n16)
        chain = agent.guide_vocab.assign(real([heard]), rms_db([heard]))
        assert c.last_event.heard == int(chain[0])
    frames = np.zeros((live.engine.tick_samples(0, 44100) * 4, 6), np.float32)
    for v, (lo, hi) in ((a, (0, 2)), (b, (2, 4)), (c, (4, 6))):
        n = v.out_ring.read_into(frames)
        own = np.abs(frames[:n]).max(axis=0)
        assert own[lo:hi].max() > 0 and np.delete(own, np.s_[lo:hi]).max() == 0
    with pytest.raises(ValueError, match="listens to 'x'"):
        AudioHost([Voice("a", a.engine), Voice("b", b.engine, listen="x")])
    slow = Engine(agent, a.engine.target, Params().with_value("duration", 0.25))
    with pytest.raises(ValueError, match="share one grid"):
        AudioHost([Voice("a", a.engine), Voice("s", slow)])


def test_stage_file_errors_name_the_file_and_agent(agent_dir, corpus, tmp_path):
    from agent.control.stage import AgentControl, Stage
    from agent.control.stagefile import load_stage

    f = tmp_path / "stage.toml"
    f.write_text(f'[[agent]]\nname = "lead"\nfolder = "{agent_dir}"\ncorpus = "{corpus}"\n'
                 f'[[agent]]\nname = "top_p"\nfolder = "{agent_dir}"\ncorpus = "{corpus}"\n')
    with pytest.raises(ValueError, match=r"stage.toml: agent 2 \(top_p\): agent name"):
        load_stage(f, Stage(), AgentControl())
    f.write_text(f'[[agent]]\nname = "lead"\nfolder = "{agent_dir}"\ncorpus = "{corpus}"\n'
                 'listen = "ghost"\n')
    with pytest.raises(ValueError, match="listens to 'ghost'"):
        load_stage(f, Stage(), AgentControl())


# --------------------------------------------------------------------------- on JACK
jack_only = needs("jackd", "jack_connect", "jack_lsp", "jack_rec")


def ask(osc, address: str, *args, until: str, seconds: float = 5.0) -> list[tuple]:
    """Send and collect replies up to `until`; state sent periodically before is skipped."""
    osc.replies(0.25)
    osc.send(address, *args)
    return osc.replies(seconds, until=until)


@jack_only
def test_recording_on_jack_is_stored_labelled_and_then_played(jack, agent_dir, corpus_copy,
                                                              stems):

    from corpus.store import CorpusStore

    from livekit import OscClient, free_port, played_clean

    player = jack.player(stems / "song01" / "melody.wav", 60)
    jack.wait_for("PortAudio:out_0")
    before = set(jack.ports())
    port = free_port()
    proc = jack.obbligato("live", str(agent_dir), "--corpus", str(corpus_copy), "--seconds",
                          "30", "--osc-port", str(port))
    osc = OscClient(port)
    try:
        client = jack.agent_client(before)
        jack.connect("PortAudio:out_0", f"{client}:in_0")
        time.sleep(1.0)
        r = subprocess.run([sys.executable, "-m", "agent.cli", "record", "start", "--osc-port",
                            str(port)], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert r.returncode == 0 and r.stdout.startswith("record_start live-"), r.stderr
        song = r.stdout.split()[1]
        recorded = 0
        for _ in range(40):  # segments arrive one per 0.5 s tick
            state = {x[0]: x[1:] for x in ask(osc, "/obbligato/status", until="/obbligato/state/"
                                              "source")}
            recorded = state.get("/obbligato/state/recorded_segments", (0,))[0]
            if recorded >= 6:
                break
            time.sleep(0.5)
        assert recorded >= 6, state
        # While still recording: answer only with what was recorded (region by tag).
        assert ("/obbligato/ok", "region", "tag") in ask(osc, "/obbligato/region", "tag", "live",
                                                         until="/obbligato/ok")
        time.sleep(1.5)
        sources = []
        for _ in range(6):
            state = {x[0]: x[1:] for x in ask(osc, "/obbligato/status",
                                              until="/obbligato/state/source")}
            sources.append(state["/obbligato/state/source"][0])
            time.sleep(0.5)
        assert any(sources) and all(s.startswith(song) for s in sources if s), sources  # "": rest
        r = subprocess.run([sys.executable, "-m", "agent.cli", "record", "stop", "--osc-port",
                            str(port)], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        n_stored = int(r.stdout.split()[2])
        osc.send("/obbligato/quit")
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
        player.kill()
    played_clean(proc, out, err)
    from agent.decision.agentdir import load_agent

    vocab = load_agent(agent_dir).target_vocab
    with CorpusStore(corpus_copy) as s:
        t = next(t for t in s.tracks() if t["song"] == song)
        seg = s.segments([t["id"]])
        assert len(seg) == n_stored >= 10
        labels = s.labels(vocab.id)
        ids, emb = s.embeddings([t["id"]])
        assert ids.tolist() == seg.id.tolist()
        assert [labels[int(i)] for i in ids] == vocab.assign(emb, s.levels(ids)).tolist()
        assert s.track_tags()[t["id"]] == ["live"]
        x = s.track_audio(t["key"])
        assert len(x) == t["frames"] and np.sqrt(np.mean(x ** 2)) > 1e-3  # the melody, heard
    assert not (corpus_copy / "live").exists() or not any((corpus_copy / "live").iterdir())


@jack_only
def test_two_agents_one_chained_play_on_one_stream_without_dropouts(jack, agent_dir, corpus,
                                                                 tmp_path):

    from livekit import OscClient, free_port, played_clean

    stage = tmp_path / "stage.toml"
    stage.write_text(f"""
[[agent]]
name = "lead"
folder = "{agent_dir}"
corpus = "{corpus}"
role = "melody"
[agent.params]
first_channel = 0
channels = 1
# It hears only silence: at the default decoding (top-p 0.5, temperature 0.5) this small model
# answers a steady guide with one label; sampled wider, its answer varies for the echo to hear.
top_p = 0.9
temperature = 1.0

[[agent]]
name = "echo"
folder = "{agent_dir}"
corpus = "{corpus}"
listen = "lead"
[agent.params]
first_channel = 1
channels = 2
""")
    before = set(jack.ports())
    port = free_port()
    proc = jack.obbligato("live", "--stage", str(stage), "--seconds", "40", "--osc-port",
                          str(port))
    osc = OscClient(port)
    try:
        client = jack.agent_client(before, "out_2")
        rec = tmp_path / "out.wav"
        # Nothing is connected to the input: the lead hears silence, the echo hears the lead
        # (which plays melody segments at their own level on one output here, so that the
        # echo's melody vocabulary tells them apart: in this synthetic corpus every note has one
        # level, and the descriptor labels move with level as much as with pitch).
        heard: dict[str, list[int]] = {"lead": [], "echo": []}
        jr = jack.run("jack_rec", "-f", str(rec), "-d", "8", *[f"{client}:out_{i}"
                                                               for i in range(3)],
                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        polls = 0
        while polls < 12:
            for name, pre in (("lead", "/obbligato"), ("echo", "/obbligato/echo")):
                state = {x[0]: x[1:] for x in ask(osc, f"{pre}/status",
                                                  until=f"{pre}/state/source")}
                if state.get(f"{pre}/state/ticks", (0,))[0] >= 3 and f"{pre}/state/heard" in state:
                    heard[name].append(state[f"{pre}/state/heard"][0])  # (a busy machine may drop one)
            polls += len(heard["echo"]) > 0
            time.sleep(0.5)
        jr.wait(timeout=60)
        r = ask(osc, "/obbligato/echo/top_p", 0.8, until="/obbligato/echo/param")
        assert ("/obbligato/echo/param", "top_p", pytest.approx(0.8)) in r
        r = ask(osc, "/obbligato/get", "top_p", until="/obbligato/param")
        assert ("/obbligato/param", "top_p", pytest.approx(0.9)) in r  # the lead's own value
        r = ask(osc, "/obbligato/agents", until="/obbligato/ok")
        agents = [x for x in r if x[0] == "/obbligato/agent"]
        assert [(a[1], a[4]) for a in agents] == [("lead", "input"), ("echo", "lead")]
        # The grid is shared: a new tick duration reaches every agent (at one tick boundary).
        r = ask(osc, "/obbligato/duration", 0.25, until="/obbligato/param")
        assert ("/obbligato/param", "duration", 0.25) in r
        r = ask(osc, "/obbligato/echo/get", "duration", until="/obbligato/echo/param")
        assert ("/obbligato/echo/param", "duration", 0.25) in r
        r = ask(osc, "/obbligato/ghost/top_p", 0.5, until="/obbligato/error")
        assert any(x[0] == "/obbligato/error" and "unknown address" in x[1] for x in r)
        osc.send("/obbligato/quit")
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    played_clean(proc, out, err)
    assert "playing: lead" in out and "playing: echo" in out
    assert len(set(heard["lead"])) == 1  # silence has one label ...
    assert len(set(heard["echo"])) > 1, heard  # ... the lead's answer has many
    x, sr = sf.read(rec)
    level = np.sqrt(np.mean(x ** 2, axis=0))
    assert (level > 1e-3).all(), level  # both agents sound, each on its own outputs


def test_a_failed_load_leaves_the_agent_as_it_was(agent_dir, corpus_copy, tmp_path):
    import sqlite3

    from agent.control.stage import AgentControl

    s = AgentControl()
    s.load_agent(agent_dir)
    s.load_corpus(corpus_copy)
    before = (s.agent, s.target, s.corpus_path)
    with pytest.raises(ValueError, match="not a corpus"):
        s.load_corpus(tmp_path / "nowhere")
    db = sqlite3.connect(corpus_copy / "corpus.db")  # the corpus loses the agent's vocabulary
    db.execute("DELETE FROM vocabularies WHERE id=?", (s.agent.target_vocab.id,))
    db.commit()
    db.close()
    with pytest.raises(ValueError, match="not labelled with the agent's target vocabulary"):
        s.load_agent(agent_dir)  # the agent loads, its corpus does not: nothing changes
    assert (s.agent, s.target, s.corpus_path) == before


def test_agents_are_added_and_addressed_over_osc(agent_dir, corpus):
    from agent.control.osc import AGENT_COMMANDS, STAGE_COMMANDS, OscControl
    from agent.control.params import REGISTRY
    from agent.control.stage import AgentControl

    from livekit import OscClient, free_port

    osc_server = OscControl(AgentControl(), port=free_port())
    osc_server.start()
    osc = OscClient(osc_server.port)
    try:
        r = ask(osc, "/obbligato/add_agent", "bass", str(agent_dir), str(corpus),
                until="/obbligato/ok", seconds=30)
        assert ("/obbligato/ok", "add_agent", "bass") in r, r
        r = ask(osc, "/obbligato/agents", until="/obbligato/ok")
        assert [(x[1], x[3]) for x in r if x[0] == "/obbligato/agent"] == [
            ("main", ""), ("bass", str(corpus))]
        assert ("/obbligato/bass/param", "top_p", pytest.approx(0.3)) in ask(
            osc, "/obbligato/bass/top_p", 0.3, until="/obbligato/bass/param")
        assert ("/obbligato/param", "top_p", pytest.approx(0.5)) in ask(
            osc, "/obbligato/main/get", "top_p", until="/obbligato/param")  # main: unprefixed
        # focus: the addresses without an agent name (the patches) now control bass
        assert ("/obbligato/ok", "focus", "bass") in ask(osc, "/obbligato/focus", "bass",
                                                        until="/obbligato/ok")
        assert ("/obbligato/param", "top_p", pytest.approx(0.4)) in ask(
            osc, "/obbligato/top_p", 0.4, until="/obbligato/param")
        assert ("/obbligato/main/param", "top_p", pytest.approx(0.5)) in ask(
            osc, "/obbligato/main/get", "top_p", until="/obbligato/main/param")
        assert osc_server.stage.sessions["bass"].params.top_p == pytest.approx(0.4)
        ask(osc, "/obbligato/focus", "main", until="/obbligato/ok")
        for bad, why in ((("/obbligato/add_agent", "top_p"), "not a parameter"),
                         (("/obbligato/focus", "ghost"), "no agent named 'ghost'"),
                         (("/obbligato/add_agent", "bass"), "taken"),
                         (("/obbligato/bass/listen", "ghost"), "no agent named 'ghost'"),
                         (("/obbligato/bass/record_start",), "start playing first")):
            errs = [x[1] for x in ask(osc, *bad, until="/obbligato/error")
                    if x[0] == "/obbligato/error"]
            assert errs and why in errs[0], (bad, errs)
        r = ask(osc, "/obbligato/schema", until="/obbligato/schema_end")
        rows = [x[1] for x in r if x[0] == "/obbligato/schema"]
        assert "/obbligato/bass/top_p" in rows and "/obbligato/top_p" in rows
        assert r[-1] == ("/obbligato/schema_end", 2 * (len(REGISTRY) + len(AGENT_COMMANDS))
                         + len(STAGE_COMMANDS))
    finally:
        osc_server.close()


@jack_only
def test_a_recording_killed_mid_take_keeps_what_was_stored(jack, agent_dir, corpus_copy, stems):
    """SIGKILL while recording: every segment reported stored is in the corpus, readable and
    playable; the next recording joins them into an ordinary track."""
    import signal

    from agent.decision.agentdir import load_agent
    from agent.synthesis.target import load_agent_target
    from corpus.store import CorpusStore

    from livekit import OscClient, free_port

    player = jack.player(stems / "song02" / "melody.wav", 60)
    jack.wait_for("PortAudio:out_0")
    before = set(jack.ports())
    port = free_port()
    proc = jack.obbligato("live", str(agent_dir), "--corpus", str(corpus_copy), "--record",
                          "--seconds", "60", "--osc-port", str(port))
    osc = OscClient(port)
    try:
        jack.connect("PortAudio:out_0", f"{jack.agent_client(before)}:in_0")
        stored = 0
        for _ in range(60):
            state = {x[0]: x[1:] for x in ask(osc, "/obbligato/status",
                                              until="/obbligato/state/source")}
            stored = state.get("/obbligato/state/recorded_segments", (0,))[0]
            if stored >= 6:
                break
            time.sleep(0.5)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        proc.kill()
        player.kill()
    assert stored >= 6
    with CorpusStore(corpus_copy) as s:
        take = [t for t in s.tracks() if t["song"].startswith("live-")]
        assert len(take) == 1 and (corpus_copy / "live" / take[0]["key"]).is_dir()
        seg = s.segments([take[0]["id"]])
        assert len(seg) >= stored  # nothing reported stored was lost
        assert len(s.track_audio(take[0]["key"])) == take[0]["frames"]
    agent = load_agent(agent_dir)
    target = load_agent_target(agent, corpus_copy)
    assert f"{take[0]['song']}/bass" in target.track_names  # playable after the crash
    from agent.engine.record import Recorder

    Recorder(corpus_copy, agent.target_vocab, "bass", 48000, 44100).stop()  # the next take
    with CorpusStore(corpus_copy) as s:
        assert (corpus_copy / "audio" / f"{take[0]['key']}.wav").is_file()
        assert len(s.segments([take[0]["id"]])) == len(seg)
        assert not any((corpus_copy / "live").iterdir())
        assert [t["song"] for t in s.tracks() if t["song"].startswith("live-")] == [
            take[0]["song"]]  # the empty take just made was dropped


def test_a_full_disk_stops_the_take_not_the_show(agent_dir, corpus_copy, stems, caplog):
    """The OS refuses writes (RLIMIT_FSIZE: every write past 1 byte fails with EFBIG, as on a
    full disk) from the fourth segment on: one warning line, the stored segments kept, the
    summary returned; with space again, the next open joins them into a track."""
    import resource
    import signal

    from agent.decision.agentdir import load_agent
    from agent.engine.record import Recorder
    from corpus.encoders import make_encoder
    from corpus.ingest import resample
    from corpus.store import CorpusStore

    agent = load_agent(agent_dir)
    rec = Recorder(corpus_copy, agent.target_vocab, agent.target_role, 48000, 44100)
    enc = make_encoder(agent.encoder)
    windows = melody_windows(stems, 48000, 8)
    w16 = [resample(w, 48000, 16000) for w in windows]
    for w, x in zip(windows[:3], w16):
        rec.push(w, x, enc.encode([x])[0])
    while rec.segments < 3:
        time.sleep(0.05)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1, hard))
    try:
        for w, x in zip(windows[3:], w16[3:]):
            rec.push(w, x, enc.encode([x])[0])
        for _ in range(100):
            if rec.failed:
                break
            time.sleep(0.05)
        summary = rec.stop()
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old)
    assert summary["segments"] == 3 and summary["failed"], summary
    warnings = [r for r in caplog.records if r.levelname == "WARNING" and "record" in r.message]
    assert warnings and all(r.exc_info is None for r in warnings)
    assert sum("stopped after 3 segments" in r.message for r in warnings) == 1
    with CorpusStore(corpus_copy) as s:
        take = [t for t in s.tracks() if t["song"] == rec.song]
        assert len(take) == 1 and take[0]["frames"] == 3 * 24000
