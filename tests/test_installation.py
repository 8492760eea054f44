"""Installation mode, feedback, normalization and auto-mix."""
from __future__ import annotations

import shutil

import numpy as np
import pytest
import soundfile as sf

from agent.control.params import Params
from agent.decision.agentdir import load_agent
from agent.decision.configs import TrainConfig
from agent.decision.train import train
from agent.engine.installation import GuideSource
from agent.engine.offline import render_guide
from agent.engine.tick import Engine
from agent.synthesis.target import load_target
from agent.tools.longrun import longest_repeat, simulate
from corpus.build import BuildConfig, build
from corpus.store import CorpusStore

from conftest import SR, obbligato, tone


@pytest.fixture
def own_corpus(corpus, tmp_path):
    c = tmp_path / "c"
    shutil.copytree(corpus, c)
    return c


def play_counts(agent, corpus, seconds_of_guide, seed=0) -> np.ndarray:
    target = load_target(corpus, agent.target_vocab, "bass")
    e = Engine(agent, target, Params(novelty=0.0, continuity=0.0), seed=seed)
    e.keep_events = False
    counts = np.zeros(len(target), int)
    for _ in range(int(seconds_of_guide / e.duration)):
        _, ev = e.next_tick(np.zeros(8000, np.float32) + 0.01)
        if ev.segment >= 0:  # a rest plays no segment
            counts[ev.segment] += 1
    return counts, target


def test_feedback_changes_choices_and_survives_a_restart(agent_dir, own_corpus):
    agent = load_agent(agent_dir)
    before, target = play_counts(agent, own_corpus, 300)
    top = int(np.argmax(before))
    sid = int(target.seg_id[top])
    r = obbligato("corpus", "feedback", str(own_corpus), "ban", "--segment", str(sid), check=True)
    assert "stored" in r.stdout
    after, _ = play_counts(agent, own_corpus, 300)  # a new process would load the same way
    assert after[top] == 0 and before[top] > 5
    # Played, but rarely, beside other segments of its label (a segment alone in its label
    # already has all of that label's plays: a like cannot raise its share).
    played = [i for i in np.flatnonzero(after > 0)
              if after[target.label == target.label[i]].sum() > after[i]]
    liked = int(min(played, key=lambda i: after[i]))
    obbligato("corpus", "feedback", str(own_corpus), "like", "--segment",
              str(int(target.seg_id[liked])), check=True)
    obbligato("corpus", "feedback", str(own_corpus), "like", "--segment",
              str(int(target.seg_id[liked])), check=True)
    boosted, _ = play_counts(agent, own_corpus, 300)
    same_label = target.label == target.label[liked]
    share = lambda c: c[liked] / max(c[same_label].sum(), 1)  # noqa: E731
    assert share(boosted) > share(after)
    listing = obbligato("corpus", "feedback", str(own_corpus), "ls", check=True).stdout
    assert "ban" in listing and listing.count("like") == 2
    obbligato("corpus", "feedback", str(own_corpus), "reset", check=True)
    again, _ = play_counts(agent, own_corpus, 300)
    assert np.array_equal(again, before)  # seeded: resetting feedback restores the choices


def test_normalization_reduces_level_jumps_and_is_idempotent(tmp_path, stems):
    src = tmp_path / "src"
    shutil.copytree(stems, src)
    rng = np.random.default_rng(1)
    for i, d in enumerate(sorted(p for p in src.iterdir() if p.is_dir())):  # +-12 dB per track
        for role in ("melody", "bass"):
            x, sr = sf.read(d / f"{role}.wav")
            steps = np.repeat(10 ** (rng.uniform(-12, 12, len(x) // (sr // 2) + 1) / 20), sr // 2)
            sf.write(d / f"{role}.wav", x * 0.2 * steps[: len(x)] * (4 if i % 2 else 0.25), sr)
    c = tmp_path / "c"
    build(src, c, BuildConfig(k=8), progress=False)
    agent = train(c, "melody", "bass", tmp_path / "a", TrainConfig(max_epochs=2,
                  steps_per_epoch=10, batch_size=8, seq_len=32), progress=False)

    def jumps() -> float:
        target = load_target(c, agent.target_vocab, "bass")
        r = render_guide(agent, src / "song06" / "melody.wav", target, Params(), seed=3)
        tick = int(agent.duration * r.sr)
        lev = [10 * np.log10(np.mean(r.b[i:i + tick] ** 2) + 1e-10)
               for i in range(0, len(r.b) - tick, tick)]
        sounding = [e.segment >= 0 for e in r.events]  # jumps into a chosen rest are decisions
        return float(np.mean([abs(b - a) for a, b, x, y in
                              zip(lev, lev[1:], sounding, sounding[1:]) if x and y]))

    raw = jumps()
    obbligato("corpus", "normalize", str(c), "--spectrum", check=True)
    with CorpusStore(c) as s:
        once = (s.segments().gain_db.copy(), [t["gain_db"] for t in s.tracks()])
    obbligato("corpus", "normalize", str(c), "--spectrum", check=True)
    with CorpusStore(c) as s:
        assert np.allclose(s.segments().gain_db, once[0])
        assert np.allclose([t["gain_db"] for t in s.tracks()], once[1])
    normalized = jumps()
    assert normalized < 0.7 * raw, (raw, normalized)


def test_automix_follows_the_input_loudness(agent_dir, corpus, tmp_path):
    import pyloudnorm as pyln

    agent = load_agent(agent_dir)
    target = load_target(corpus, agent.target_vocab, "bass")
    for level, offset in ((0.05, -3.0), (0.3, 0.0)):  # about -40 and -24 LUFS
        guide = tmp_path / f"g{level}.wav"
        rng = np.random.default_rng(0)
        sf.write(guide, level * tone(list(rng.uniform(300, 600, 60)), 0.5), SR)
        r = render_guide(agent, guide, target, Params(automix=True, automix_offset=offset))
        half = len(r.b) // 2  # after settling
        meter = pyln.Meter(r.sr)
        li = meter.integrated_loudness(r.a[half:])
        lo = meter.integrated_loudness(r.b[half:])  # channels' powers add up (BS.1770)
        assert abs(lo - (li + offset)) < 1.5, (level, li, lo)
        jump = np.abs(np.diff(r.b[:, 0])).max()
        assert jump < 0.5  # gain ramps: no zipper steps


def test_simulated_run_listening_to_itself_does_not_loop(agent_dir, corpus):
    """Six simulated minutes on the file clock; the 24 h run and its memory check are in
    `make bench` (tools/longrun.py)."""
    agent = load_agent(agent_dir)
    target = load_target(corpus, agent.target_vocab, "bass")
    engine = Engine(agent, target, Params(), seed=20261123)
    r = simulate(engine, hours=0.1, guide=GuideSource("self"))
    assert r.ticks == 720
    assert r.longest_repeat_ticks < 16
    assert longest_repeat(np.array([1, 2, 3, 9, 1, 2, 3, 7])) == 3


def test_playlist_and_alternating_guides(tmp_path, stems):
    g = GuideSource("alternate", [stems / "song00" / "melody.wav"], switch_ticks=2)
    own = np.ones((22050, 2), np.float32)
    w_self = g.window(0, 8000, own, 44100)
    w_list = g.window(2, 8000, own, 44100)
    assert len(w_self) == len(w_list) == 8000
    assert abs(np.median(w_self) - 1.0) < 0.05 and abs(np.median(w_list) - 1.0) > 0.5
    with pytest.raises(ValueError, match="needs a playlist"):
        GuideSource("playlist", [])
