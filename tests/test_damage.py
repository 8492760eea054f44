"""Damaged files end in one line naming the file and what is wrong, never a traceback (issue
16): agent folders with wrong types, missing keys, impossible model shapes, NaN weights, garbage
vocabularies; and a CLI whose reader went away (`| head`)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest
from safetensors.torch import load_file, save_file

from agent.decision.agentdir import AgentError, load_agent

from conftest import ROOT, obbligato


def edit_json(d, fn) -> None:
    meta = json.loads((d / "agent.json").read_text())
    fn(meta)
    (d / "agent.json").write_text(json.dumps(meta))


def nan_weights(d) -> None:
    w = load_file(str(d / "model.safetensors"))
    k = next(k for k, v in w.items() if v.is_floating_point())
    w[k] = w[k].clone()
    w[k].view(-1)[0] = float("nan")
    save_file(w, str(d / "model.safetensors"))


DAMAGE = {
    "format as a string": (lambda d: edit_json(d, lambda m: m.update(format="1")),
                           "agent format '1'"),
    "agent.json not an object": (lambda d: (d / "agent.json").write_text("[1, 2]"),
                                 "agent.json: not an object"),
    "missing key": (lambda d: edit_json(d, lambda m: m.pop("target_role")),
                    "missing key 'target_role'"),
    "n_heads not dividing d_model": (
        lambda d: edit_json(d, lambda m: m["model"].update(n_heads=3)), "does not divide"),
    "lag beyond the context": (lambda d: edit_json(d, lambda m: m["model"].update(lag=1000000)),
                               "lag 1000000"),
    "model size as a string": (lambda d: edit_json(d, lambda m: m["model"].update(d_model="64")),
                               "d_model must be a positive integer"),
    "segment duration zero": (lambda d: edit_json(d, lambda m: m["segment"].update(duration=0)),
                              "segment duration 0"),
    "NaN weights": (nan_weights, "NaN or infinite weights"),
    "truncated model": (lambda d: (d / "model.safetensors").write_bytes(
        (d / "model.safetensors").read_bytes()[:200]), "model.safetensors: not a readable"),
    "garbage vocabulary": (lambda d: (d / "guide_vocab.safetensors").write_bytes(b"\x00" * 64),
                           "guide_vocab.safetensors: not a readable vocabulary"),
}


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_damaged_agent_folder_is_one_line(agent_dir, tmp_path, case):
    d = tmp_path / "agent"
    shutil.copytree(agent_dir, d)
    damage, expect = DAMAGE[case]
    damage(d)
    with pytest.raises(AgentError) as e:
        load_agent(d)
    msg = str(e.value)
    assert expect in msg and "\n" not in msg and str(d) in msg, msg


def test_the_cli_says_one_line_for_a_damaged_agent(agent_dir, tmp_path, stems):
    d = tmp_path / "agent"
    shutil.copytree(agent_dir, d)
    nan_weights(d)
    guide = next(stems.rglob("*.wav"))
    r = obbligato("render", str(d), str(guide), "--corpus", str(tmp_path), "--out",
                  str(tmp_path / "out.wav"))
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "NaN" in r.stderr, r.stderr
    assert not (tmp_path / "out.wav").exists()


def test_a_reader_that_goes_away_is_not_an_error(corpus):
    """`obbligato corpus info | head`: the reader is gone before the first line is written
    (closed at once), so every write meets a broken pipe: rc 0, nothing on stderr."""
    p = subprocess.Popen([sys.executable, "-m", "agent.cli", "corpus", "info", str(corpus)],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    p.stdout.close()
    err = p.stderr.read()
    assert p.wait(timeout=120) == 0 and err == "", err


def test_model_config_refuses_what_cannot_build_a_model():
    from agent.decision.configs import ModelConfig

    assert ModelConfig().lag == 1
    for bad in ({"n_heads": 5}, {"lag": -1}, {"context": 0}, {"dropout": 1.5}):
        with pytest.raises(ValueError):
            ModelConfig(**bad)
    assert ModelConfig(d_model=60, n_heads=5).n_heads == 5


def flip_pages(d) -> None:
    db = d / "corpus.db"
    data = bytearray(db.read_bytes())
    rng = np.random.default_rng(0)
    for page in range(1, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 200] = rng.integers(0, 256, 192, np.uint8).tobytes()
    db.write_bytes(bytes(data))


STORE_DAMAGE = {
    "zero-byte database": (lambda d: (d / "corpus.db").write_bytes(b""), "empty file (0 bytes)"),
    "truncated database": (lambda d: (d / "corpus.db").write_bytes(
        (d / "corpus.db").read_bytes()[:5000]), "damaged database"),
    "flipped bytes": (flip_pages, "damaged database"),
    "config with wrong types": (lambda d: (d / "config.json").write_text(
        '{"encoder": "descriptors", "segment": 0.5}'), "not a corpus config"),
    "config not JSON": (lambda d: (d / "config.json").write_text("{encoder"), "not valid JSON"),
}


@pytest.mark.parametrize("case", sorted(STORE_DAMAGE))
def test_damaged_corpus_store_is_one_line_and_not_recreated(corpus_copy, tmp_path, case):
    from corpus.store import CorpusStore, StoreError

    d = corpus_copy
    for wal in d.glob("corpus.db-*"):  # the damage is to the database file itself
        wal.unlink()
    damage, expect = STORE_DAMAGE[case]
    damage(d)
    before = (d / "corpus.db").read_bytes()
    with pytest.raises(StoreError) as e:
        CorpusStore(d).close()
    assert expect in str(e.value) and "\n" not in str(e.value), str(e.value)
    assert (d / "corpus.db").read_bytes() == before  # nothing rewritten over the evidence
    r = obbligato("corpus", "info", str(d)) if case == "flipped bytes" else None
    if r is not None:
        assert r.returncode == 1 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_garbage_vocabulary_in_a_corpus_is_one_line(corpus_copy, tmp_path):
    from corpus.store import CorpusStore

    d = corpus_copy
    v = next((d / "vocab").glob("*.safetensors"))
    v.write_bytes(b"\x08\x00\x00\x00\x00\x00\x00\x00{}garbage")
    with CorpusStore(d) as s, pytest.raises(ValueError, match="not a vocabulary file") as e:
        s.vocabulary(v.stem)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("damage", ["truncated", "deleted"])
def test_a_damaged_track_file_is_left_out_with_a_line_and_the_render_goes_on(
        agent_dir, corpus_copy, tmp_path, stems, damage):
    d = corpus_copy
    from corpus.store import CorpusStore

    with CorpusStore(d) as s:
        track = next(t for t in s.tracks("bass"))
    wav = d / "audio" / f"{track['key']}.wav"
    if damage == "deleted":
        wav.unlink()
    else:
        wav.write_bytes(wav.read_bytes()[: len(wav.read_bytes()) // 3])
    guide = next(stems.rglob("*.wav"))
    out = tmp_path / "out.wav"
    r = obbligato("render", str(agent_dir), str(guide), "--corpus", str(d), "--out", str(out))
    assert r.returncode == 0, r.stderr
    lines = [x for x in r.stderr.splitlines() if track["key"] in x]
    assert len(lines) == 1 and ("missing" in lines[0] or "truncated" in lines[0]), r.stderr
    assert "Traceback" not in r.stderr and out.is_file()


def test_build_names_dangling_links_and_bad_song_names_and_cleans_killed_runs_files(tmp_path):
    """A build goes on past a dangling symlink and a song name with a newline, naming each in
    one line; temporary files of a killed run are removed, a live writer's are kept."""
    from conftest import write_stems

    src = write_stems(tmp_path / "stems", n_songs=2, n_steps=8, test_songs=0)
    (src / "song00" / "lost.wav").symlink_to(tmp_path / "nowhere.wav")
    bad = src / "bad\nname"
    bad.mkdir()
    shutil.copy(src / "song01" / "melody.wav", bad / "melody.wav")
    out = tmp_path / "corpus"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = out / f".corpus.db.{dead.pid}.tmp.db"
    stale.write_bytes(b"half a file")
    mine = out / f".config.json.{__import__('os').getpid()}.tmp.json"
    mine.write_bytes(b"being written")
    r = obbligato("corpus", "build", str(src), str(out), "--k", "4")
    errors = [x for x in r.stderr.splitlines() if x.startswith("error:")]
    assert r.returncode == 1 and len(errors) == 2, r.stderr
    assert "dangling symlink" in r.stderr and "lost.wav" in r.stderr
    assert "song name 'bad\\nname'" in r.stderr and "Traceback" not in r.stderr
    assert not stale.exists() and mine.exists()
    ls = obbligato("corpus", "ls", str(out), check=True).stdout
    assert "song00" in ls and "song01" in ls and "bad" not in ls


def test_two_runs_adding_the_same_track_at_once_lose_nothing(corpus_copy, tmp_path):
    """Two `corpus add` of one song and role from different files, at the same time: one adds
    it, the other says so in one line with rc 1, and the stored audio is the winner's."""
    import soundfile as sf

    from corpus.store import CorpusStore

    from conftest import tone

    d = corpus_copy
    files = []
    for i, f0 in enumerate((220.0, 330.0)):
        files.append(tmp_path / f"take{i}.wav")
        sf.write(files[-1], tone([f0] * 8, 0.5), 16000)
    procs = [subprocess.Popen([sys.executable, "-m", "agent.cli", "corpus", "add", str(d),
                               str(f), "--song", "duet", "--roles", "bass"], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for f in files]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    assert sorted(rc for rc, _ in results) == [0, 1], results
    loser = next(err for rc, err in results if rc == 1)
    assert "already in the corpus" in loser and "Traceback" not in loser, loser
    with CorpusStore(d) as s:
        t = next(t for t in s.tracks("bass") if t["song"] == "duet")
        stored = s.track_audio(t["key"])[:, 0]
    winner = sf.read(t["source"], dtype="float32")[0]
    assert np.allclose(stored[: len(winner)], winner, atol=1e-4)


def test_adding_other_audio_as_a_stored_track_says_so(corpus_copy, tmp_path):
    import soundfile as sf

    from conftest import tone

    d = corpus_copy
    f = tmp_path / "other.wav"
    sf.write(f, tone([300.0] * 8, 0.5), 16000)
    from corpus.store import CorpusStore

    with CorpusStore(d) as s:
        song = s.tracks("bass")[0]["song"]
    r = obbligato("corpus", "add", str(d), str(f), "--song", song, "--roles", "bass")
    assert r.returncode == 1 and "is already in the corpus" in r.stderr, (r.stdout, r.stderr)


def test_two_builds_of_one_corpus_at_once_end_whole(tmp_path):
    """Two `corpus build` into one folder at the same time: no traceback, each says what it
    did, and the store holds every track once, as a single build would."""
    from corpus.store import CorpusStore

    from conftest import write_stems

    src = write_stems(tmp_path / "stems", n_songs=4, n_steps=8, test_songs=1)
    out = tmp_path / "corpus"
    procs = [subprocess.Popen([sys.executable, "-m", "agent.cli", "corpus", "build", str(src),
                               str(out), "--k", "4"], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stdout.read(), p.stderr.read()) for p in procs]
    for rc, out_, err in results:
        assert "Traceback" not in err and f"{out}:" in out_, (rc, out_, err[-2000:])
    with CorpusStore(out) as s:
        tracks = s.tracks()
        assert len(tracks) == 8 and len({(t["song"], t["role"]) for t in tracks}) == 8
        assert all(s.track_problem(t) is None for t in tracks)
        assert s.vocab_id("melody") and s.vocab_id("bass")


OPEN_AT_ONCE = """
import json, multiprocessing as mp, sys
from pathlib import Path

def opener(args):
    from corpus.store import CorpusStore
    root, config = args
    try:
        CorpusStore(Path(root), create=True, config=config).close()
        return "ok"
    except Exception as e:
        return str(e)

if __name__ == "__main__":
    base, config = Path(sys.argv[1]), json.loads(sys.argv[2])
    with mp.get_context("fork").Pool(8) as pool:
        for trial in range(20):
            for r in pool.map(opener, [(str(base / str(trial)), config)] * 8):
                print(r)
"""


def test_opening_one_new_corpus_from_many_processes_waits_its_turn(corpus, tmp_path):
    """Eight processes create one new corpus at once, twenty times: SQLite can answer "database
    is locked" while one of them switches the journal to WAL. That is contention, not damage:
    every opening succeeds (before, about 1 in 80 said "damaged database")."""
    config = (corpus / "config.json").read_text()
    r = subprocess.run([sys.executable, "-c", OPEN_AT_ONCE, str(tmp_path), config], cwd=ROOT,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    results = r.stdout.split("\n")[:-1]
    assert len(results) == 160 and set(results) == {"ok"}, sorted(set(results))
