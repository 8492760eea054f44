"""Corpus curation: ingest, segmentation, vocabulary, store, CLI (real files, SQLite, faiss)."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from corpus.build import BuildConfig, build
from corpus.ingest import IngestError, load_audio
from corpus.segment import SegmentConfig, cut, onset_boundaries, uniform_boundaries
from corpus.store import CorpusStore

from conftest import ROOT, SR, needs, obbligato, synth_song, tone, write_stems


def folder_digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


@pytest.fixture
def bad_files(tmp_path) -> dict[str, Path]:
    d = tmp_path / "bad"
    d.mkdir()
    files = {"empty": d / "empty.wav", "garbage": d / "garbage.wav", "short": d / "short.wav",
             "silent": d / "silent.flac", "nan": d / "nan.wav"}
    sf.write(files["empty"], np.zeros((0, 1), np.float32), SR)
    files["garbage"].write_bytes(b"RIFF not really a wave file" * 10)
    sf.write(files["short"], tone([440], 0.1), SR)
    sf.write(files["silent"], np.zeros(SR * 2, np.float32), SR)
    x = tone([440] * 4, 0.5)
    x[100] = np.nan
    sf.write(files["nan"], x, SR, subtype="FLOAT")
    return files


def test_ingest_rejects_bad_files_with_their_names(bad_files):
    reasons = {"empty": "empty", "garbage": "unreadable", "short": "too short",
               "silent": "silent", "nan": "NaN"}
    for kind, path in bad_files.items():
        with pytest.raises(IngestError) as e:
            load_audio(path)
        msg = str(e.value)
        assert str(path) in msg and reasons[kind] in msg and "\n" not in msg


@pytest.mark.parametrize("fmt,sr,ch", [("wav", 48000, 2), ("flac", 22050, 1), ("ogg", 44100, 2),
                                       ("aiff", 32000, 6)])
def test_ingest_any_format_rate_and_channels(tmp_path, fmt, sr, ch):
    x = np.stack([tone([330, 440, 550], 0.5, sr=sr)] * ch, axis=1)
    p = tmp_path / f"x.{fmt}"
    sf.write(p, x, sr)
    a = load_audio(p)
    assert a.sr == sr and a.channels == ch and abs(a.duration - 1.5) < 0.01
    from corpus.ingest import to_mono16k

    assert abs(len(to_mono16k(a.native, a.sr)) - 1.5 * 16000) <= 1


def test_uniform_and_onset_grids():
    b = uniform_boundaries(2.3, 0.5)
    assert b.shape == (4, 2) and np.allclose(b[:, 1] - b[:, 0], 0.5)
    x = tone([440, 0, 660, 0, 550, 0, 330, 0], 0.25, sr=16000)
    ob = onset_boundaries(x, 16000, SegmentConfig(mode="onset", min_duration=0.1, max_duration=1.0))
    assert ob[0, 0] == 0 and np.all(np.diff(ob[:, 0]) > 0) and ob[-1, 1] == pytest.approx(2.0)
    assert np.all(ob[:, 1] - ob[:, 0] <= 1.0 + 1e-9)
    assert len(ob) >= 3
    segs = cut(x, 16000, ob)
    assert sum(len(s) for s in segs) == len(x)


@pytest.mark.parametrize("mode", ["uniform", "onset"])
def test_pair_tracks_share_boundaries(tmp_path, stems, mode):
    out = tmp_path / "c"
    build(stems, out, BuildConfig(k=4, segment=SegmentConfig(mode=mode)), progress=False)
    with CorpusStore(out) as s:
        seg = s.segments()
        for _, song, _ in s.songs():
            tids = [t["id"] for t in s.tracks() if t["song"] == song]
            assert len(tids) == 2
            b = [np.stack([seg.start[seg.track_id == t], seg.end[seg.track_id == t]], 1)
                 for t in tids]
            assert b[0].shape == b[1].shape and np.array_equal(b[0], b[1])


def test_labels_are_stable_for_a_seed(tmp_path, stems):
    labels = []
    for name in ("a", "b"):
        build(stems, tmp_path / name, BuildConfig(k=8, seed=3), progress=False)
        with CorpusStore(tmp_path / name) as s:
            labels.append([s.label_sequences(s.vocab_id(r), r) for r in s.roles()])
    for x, y in zip(*labels):
        assert x.keys() == y.keys() and all(np.array_equal(x[k], y[k]) for k in x)


def test_transposed_training_copies_do_not_move_the_vocabulary(tmp_path, stems):
    """Copies in other keys than the held-out songs' (`NAME_t+7`, augmentation) are labelled
    but not fitted on: the vocabulary is the one fitted without them. Under another name (not
    a transposition) the same audio is fitted on, and the vocabulary moves."""
    centroids = {}
    for name in ("", "song00_t+7", "song00_extra"):
        src = shutil.copytree(stems, tmp_path / f"stems{name}")
        if name:
            (src / name).mkdir()
            for role, x in synth_song(np.random.default_rng(9), 32).items():
                sf.write(src / name / f"{role}.wav", 0.5 * x + 0.5 * np.roll(x, 777) ** 2, SR)
            splits = json.loads((src / "splits.json").read_text()) | {name: "train"}
            (src / "splits.json").write_text(json.dumps(splits))
        build(src, tmp_path / f"corpus{name}", BuildConfig(k=8), progress=False)
        with CorpusStore(tmp_path / f"corpus{name}") as s:
            vid = s.vocab_id("bass")
            centroids[name] = s.vocabulary(vid).centroids
            assert not name or len(s.label_sequences(vid, "bass")[name])  # labelled, to train on
    assert np.allclose(centroids[""], centroids["song00_t+7"])
    assert not np.allclose(centroids[""], centroids["song00_extra"])


def test_bad_files_leave_store_unchanged(tmp_path, corpus, bad_files):
    c = tmp_path / "c"
    shutil.copytree(corpus, c)
    with CorpusStore(c):
        pass  # checkpoint the WAL so the digest sees the settled database
    before = folder_digest(c)
    r = obbligato("corpus", "add", str(c), *map(str, bad_files.values()), "--song", "bad",
                  "--roles", "a,b,c,d,e")
    assert r.returncode == 1
    for p in bad_files.values():
        assert str(p) in r.stderr
    assert folder_digest(c) == before


def test_build_reports_bad_files_and_adds_the_rest(tmp_path, bad_files):
    src = write_stems(tmp_path / "src", n_songs=3)
    (src / "song00" / "broken.wav").write_bytes(bad_files["garbage"].read_bytes())
    r = obbligato("corpus", "build", str(src), str(tmp_path / "c"), "--k", "4")
    assert r.returncode == 1, r.stderr
    assert "broken.wav: unreadable" in r.stderr
    with CorpusStore(tmp_path / "c") as s:
        assert len(s.tracks()) == 6  # 3 songs x (melody, bass); the broken one is left out


def test_killed_build_resumes_to_the_same_corpus(tmp_path):
    src = write_stems(tmp_path / "src", n_songs=8, n_steps=40)
    ref = tmp_path / "ref"
    build(src, ref, BuildConfig(k=8), progress=False)
    out = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, "-m", "agent.cli", "corpus", "build", str(src),
                             str(out), "--k", "8"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    n = 0
    while time.time() < deadline and proc.poll() is None:
        if (out / "corpus.db").exists():
            try:
                with sqlite3.connect(out / "corpus.db", timeout=1) as db:
                    n = db.execute("SELECT count(*) FROM tracks").fetchone()[0]
            except sqlite3.OperationalError:
                n = 0
            if n >= 3:
                break
        time.sleep(0.02)
    assert proc.poll() is None, "build finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with CorpusStore(out) as s:  # the last good state is readable
        partial = len(s.tracks())
    assert 3 <= partial < 16
    report = build(src, out, BuildConfig(k=8), progress=False)
    assert report.skipped == partial and report.added == 16 - partial
    with CorpusStore(ref) as a, CorpusStore(out) as b:
        ia, ea = a.embeddings()
        ib, eb = b.embeddings()
        assert np.allclose(ea, eb)
        for role in a.roles():
            la = a.label_sequences(a.vocab_id(role), role)
            lb = b.label_sequences(b.vocab_id(role), role)
            assert la.keys() == lb.keys() and all(np.array_equal(la[k], lb[k]) for k in la)


def test_wav2vec2_path_with_local_model(tmp_path, stems, tiny_w2v):
    r = obbligato("corpus", "build", str(stems), str(tmp_path / "w"), "--encoder", str(tiny_w2v),
                  "--layer", "1", "--k", "4")
    assert r.returncode == 0, r.stderr
    with CorpusStore(tmp_path / "w") as s:
        assert s.encoder["kind"] == "wav2vec2" and s.encoder["layer"] == 1
        _, emb = s.embeddings()
        assert emb.shape[1] == 64 and np.isfinite(emb).all()


def test_cli_curation_commands(tmp_path, corpus):
    c = tmp_path / "c"
    shutil.copytree(corpus, c)
    info = obbligato("corpus", "info", str(c), check=True).stdout
    assert "segments" in info and "role melody" in info and "histogram" in info
    assert "song00" in obbligato("corpus", "ls", str(c), check=True).stdout
    obbligato("corpus", "tag", str(c), "song00", "bright", "--role", "melody", check=True)
    assert "[bright]" in obbligato("corpus", "ls", str(c), check=True).stdout
    obbligato("corpus", "rm", str(c), "song01", check=True)
    assert "song01" not in obbligato("corpus", "ls", str(c), check=True).stdout
    assert obbligato("corpus", "rm", str(c), "nope").returncode == 1
    bad = obbligato("corpus", "demo", str(tmp_path / "stems"), "--augment=-3,two")
    assert bad.returncode != 0 and "--augment '-3,two'" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1 and not (tmp_path / "stems").exists()
    obbligato("corpus", "plot", str(c), "--out", str(tmp_path / "m.png"), check=True)
    assert (tmp_path / "m.png").read_bytes()[:4] == b"\x89PNG"
    r = obbligato("corpus", "info", str(tmp_path / "missing"))
    assert r.returncode == 1 and "not a corpus" in r.stderr and len(r.stderr.splitlines()) == 1
    for cmd in (["--help"], ["corpus", "build", "--help"], ["corpus", "plot", "--help"]):
        assert obbligato(*cmd).returncode == 0


def test_vocabulary_labels_another_corpus(tmp_path, corpus):
    from corpus.vocabulary import Vocabulary

    src = write_stems(tmp_path / "src2", n_songs=2, seed=7)
    build(src, tmp_path / "other", BuildConfig(k=4), progress=False)
    with CorpusStore(corpus) as s:
        vid = s.vocab_id("bass")
        vfile = corpus / "vocab" / f"{vid}.safetensors"
    obbligato("corpus", "label", str(tmp_path / "other"), "--vocab", str(vfile), check=True)
    with CorpusStore(tmp_path / "other") as o:
        assert o.has_vocabulary(vid)
        assert len(o.labels(vid)) == len(o.segments())
        ids, emb = o.embeddings()
        lab = o.labels(vid)
        assert [lab[i] for i in ids.tolist()] == Vocabulary.load(vfile).assign(
            emb, o.levels(ids)).tolist()


@pytest.mark.parametrize("layer", [-1, 1, 0, -2])
def test_wav2vec2_computes_only_the_layers_it_uses(tiny_w2v, layer):
    """With --layer N the layers after N are dropped, never run; the vectors equal the full
    model's hidden state N (the reference path)."""
    import torch
    from transformers import Wav2Vec2Model

    from corpus.encoders import EncoderSpec, make_encoder

    enc = make_encoder(EncoderSpec(kind="wav2vec2", model=str(tiny_w2v), layer=layer))
    assert len(enc.model.encoder.layers) == layer % 3
    rng = np.random.default_rng(0)
    waves = [rng.standard_normal(8000).astype(np.float32) * 0.1 for _ in range(3)]
    full = Wav2Vec2Model.from_pretrained(str(tiny_w2v)).eval()
    x = np.stack(waves)
    x = (x - x.mean(1, keepdims=True)) / np.sqrt(x.var(1, keepdims=True) + 1e-7)
    with torch.inference_mode():
        ref = full(torch.from_numpy(x), output_hidden_states=True).hidden_states[layer]
    assert np.allclose(enc.encode(waves), ref.mean(dim=1).numpy(), atol=1e-5)


@pytest.mark.parametrize("stable", [False, True])
def test_the_onnx_runtime_path_equals_the_pytorch_path(tmp_path, tiny_w2v, stable):
    """The graph exported into a folder's bundle gives the reference path's vectors for any
    batch and length (shorter than one receptive field too), for the cut model and for a
    stable-layer-norm one that reads a hidden state; it is what a CPU runs by default."""
    from transformers import Wav2Vec2Config, Wav2Vec2Model

    from corpus.encoders import EncoderSpec, OnnxWav2Vec2Encoder, Wav2Vec2Encoder, bundle, make_encoder

    model = tiny_w2v
    if stable:
        model = tmp_path / "stable"
        cfg = Wav2Vec2Config.from_pretrained(tiny_w2v)
        cfg.do_stable_layer_norm, cfg.feat_extract_norm = True, "layer"
        Wav2Vec2Model(cfg).save_pretrained(model)
    rng = np.random.default_rng(1)
    waves = [0.1 * rng.standard_normal(n).astype(np.float32) for n in (300, 400, 1000, 8000, 8000, 12345)]
    for layer in (-1, 1):
        spec = EncoderSpec(kind="wav2vec2", model=str(model), layer=layer)
        folder = tmp_path / f"f{layer}"
        folder.mkdir()
        bundle(spec, folder)
        fast, ref = make_encoder(spec, folder), make_encoder(spec, folder, runtime="torch")
        assert isinstance(fast, OnnxWav2Vec2Encoder) and isinstance(ref, Wav2Vec2Encoder)
        assert fast.dim == ref.dim
        assert np.allclose(fast.encode(waves), ref.encode(waves), atol=1e-4)


def test_a_folder_without_the_graph_says_so_in_one_line(tmp_path, tiny_w2v):
    import json

    from corpus.encoders import EncoderSpec, Wav2Vec2Encoder, bundle, make_encoder

    spec = EncoderSpec(kind="wav2vec2", model=str(tiny_w2v))
    bundle(spec, tmp_path)
    record = json.loads((tmp_path / "encoder" / "checksum.json").read_text())
    del record["onnx"]  # as bundled before the ONNX Runtime path
    (tmp_path / "encoder" / "checksum.json").write_text(json.dumps(record))
    assert isinstance(make_encoder(spec, tmp_path), Wav2Vec2Encoder)  # auto: PyTorch plays it
    with pytest.raises(ValueError, match="no ONNX graph") as e:
        make_encoder(spec, tmp_path, runtime="onnx")
    assert "\n" not in str(e.value)


@needs("fluidsynth")
def test_rendering_reads_the_scores_not_music21s_pickle_cache(tmp_path):
    """Workers rendering one chorale's transpositions at once must not go through music21's
    cache of gzipped pickles in the temp folder: on a fresh machine they read each other's
    half-written files, a chorale was skipped and the demo's split changed. Nothing is cached;
    the training chorale is rendered in both keys (`augment`: training pieces only) and the
    held-out one as written."""
    code = ("from corpus.demo import DemoConfig, make_demo; import sys; "
            "make_demo(sys.argv[1], DemoConfig(limit=2, test_every=2, transpositions=(0,), "
            "augment=(2,), voices=('soprano', 'bass')), progress=False)")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path / "stems")], cwd=ROOT,
                       capture_output=True, text=True, timeout=600,
                       env={**os.environ, "TMPDIR": str(tmp)})
    assert r.returncode == 0, r.stderr[-2000:]
    splits = json.loads((tmp_path / "stems" / "splits.json").read_text())
    (train, *copies), test = sorted(s for s, v in splits.items() if v == "train"), \
        [s for s, v in splits.items() if v == "test"]
    assert copies == [f"{train}_t+2"] and len(test) == 1 and "_t" not in test[0], splits
    assert len(list((tmp_path / "stems").rglob("bass.wav"))) == 3, r.stderr[-2000:]
    assert not list(tmp.rglob("*.p.gz")), sorted(p.name for p in tmp.rglob("*"))


@needs("fluidsynth")
def test_corpus_build_labels_agree_between_onnx_runtime_and_pytorch(tmp_path, tiny_w2v):
    """Real audio (chorales rendered with fluidsynth) through the whole `corpus build`, once on
    the default CPU path (ONNX Runtime) and once on the reference (PyTorch): the vectors agree,
    and the first corpus's vocabulary gives the second's vectors the same label on >= 99% of
    segments."""
    from corpus.demo import DemoConfig, make_demo
    from corpus.vocabulary import Vocabulary

    stems = make_demo(tmp_path / "stems", DemoConfig(limit=2, transpositions=(0,),
                                                     voices=("soprano", "bass")), progress=False)
    assert not list(stems.rglob("alto.wav"))  # only the voices asked for are rendered
    for name, runtime in (("fast", "auto"), ("ref", "torch")):
        obbligato("corpus", "build", str(stems), str(tmp_path / name), "--encoder", str(tiny_w2v),
                  "--k", "16", check=True, env={"OBBLIGATO_ENCODER_RUNTIME": runtime})
    assert (tmp_path / "fast" / "encoder" / "model.onnx").is_file()
    with CorpusStore(tmp_path / "fast") as f, CorpusStore(tmp_path / "ref") as r:
        ids, fast = f.embeddings()
        ids_r, ref = r.embeddings()
        assert np.array_equal(ids, ids_r) and len(ids) > 100
        assert np.allclose(fast, ref, atol=1e-3)
        vid = f.vocab_id("bass")
        vocab = Vocabulary.load(tmp_path / "fast" / "vocab" / f"{vid}.safetensors")
        stored = f.labels(vid)  # the bass segments' labels
        bass = np.isin(ids, list(stored))
        assert bass.sum() > 50
        again = vocab.assign(ref[bass], r.levels(ids[bass]))
        assert np.mean(np.array([stored[i] for i in ids[bass].tolist()]) == again) >= 0.99


def test_madrigal_voices_sound_their_notes_not_the_chord_symbols(tmp_path):
    """Monteverdi's madrigals carry figured-bass chord symbols. Written as MIDI they became
    zero-length chords whose note-off comes before the note-on: notes left hanging, and
    fluidsynth rendered an oboe held for an hour. Every note of a voice's MIDI ends, and the
    file lasts as long as the voice."""
    import mido
    from music21 import corpus, harmony

    from corpus.demo import _voice_midi, chorale_paths, voices_of

    path = chorale_paths("monteverdi")[0]
    assert path.suffix == ".mxl"
    part = voices_of(corpus.parse(str(path)))["soprano"]
    assert part.flatten().getElementsByClass(harmony.ChordSymbol)  # the case that broke it
    _voice_midi(part, 68, 100.0, tmp_path / "s.mid")
    mid = mido.MidiFile(str(tmp_path / "s.mid"))
    sounding: set[int] = set()
    for m in (m for t in mid.tracks for m in t if m.type in ("note_on", "note_off")):
        if m.type == "note_on" and m.velocity > 0:
            sounding.add(m.note)
        else:
            assert m.note in sounding, f"note-off {m.note} before its note-on"
            sounding.discard(m.note)
    assert not sounding, f"notes left hanging: {sorted(sounding)}"
    assert abs(mid.length - part.highestTime * 60 / 100.0) < 2.0


def test_a_wav2vec2_corpus_and_agent_play_after_the_model_and_caches_are_gone(tmp_path, stems,
                                                                             tiny_w2v):
    """The corpus and the agent keep the model they were built with (save_pretrained files and a
    checksum): with the model's folder deleted and no hub (offline, an empty cache) the agent
    still renders; a damaged copy is named in one line."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    model = tmp_path / "w2v"
    shutil.copytree(tiny_w2v, model)
    corpus, agent = tmp_path / "c", tmp_path / "a"
    obbligato("corpus", "build", str(stems), str(corpus), "--encoder", str(model), "--k", "4",
              check=True)
    obbligato("train", str(corpus), "--guide", "melody", "--target", "bass", "--out", str(agent),
              "--max-epochs", "1", "--steps-per-epoch", "2", check=True)
    assert (corpus / "encoder" / "checksum.json").is_file()
    assert (agent / "encoder" / "model.safetensors").is_file()
    assert (agent / "encoder" / "model.onnx").is_file()
    shutil.rmtree(model)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "HF_HOME": str(tmp_path / "no-cache")}
    guide = next(stems.rglob("melody.wav"))

    def render() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "agent.cli", "render", str(agent), str(guide),
                               "--corpus", str(corpus), "--out", str(tmp_path / "out.wav")],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)

    r = render()
    assert r.returncode == 0, r.stderr[-2000:]
    for name in ("model.onnx", "model.safetensors"):  # the graph a CPU plays, the weights
        weights = agent / "encoder" / name
        data = bytearray(weights.read_bytes())
        data[-10] ^= 0xFF
        weights.write_bytes(bytes(data))
        r = render()
        assert r.returncode == 1 and "checksum" in r.stderr and name in r.stderr, r.stderr
        assert "Traceback" not in r.stderr
        data[-10] ^= 0xFF
        weights.write_bytes(bytes(data))


def _harmonic_notes(seed: int = 0) -> tuple[list[np.ndarray], np.ndarray]:
    """Two octaves of notes, each three times with random partial weights and levels."""
    rng = np.random.default_rng(seed)
    t = np.arange(8000) / 16000
    waves, pitch_classes = [], []
    for midi in range(40, 64):
        for _ in range(3):
            f = 440.0 * 2 ** ((midi - 69) / 12)
            amps = rng.uniform(0.1, 1.0, 6) * 10 ** (rng.uniform(-24, 0) / 20)
            waves.append(0.2 * sum(a * np.sin(2 * np.pi * f * (h + 1) * t)
                                   for h, a in enumerate(amps)))
            pitch_classes.append(midi % 12)
    return waves, np.array(pitch_classes)


def test_pitch_encoder_labels_are_mostly_notes():
    """12 clusters of `pitch` vectors mostly group notes by pitch class whatever their timbre
    and level; the descriptors' clusters do not (they mostly see the mel bands)."""
    from corpus.encoders import EncoderSpec, make_encoder, spec_from_arg
    from corpus.vocabulary import fit

    assert spec_from_arg("pitch") == EncoderSpec(kind="pitch")  # `--encoder pitch`
    waves, pcs = _harmonic_notes()
    purity = {}
    for kind in ("pitch", "descriptors"):
        x = make_encoder(EncoderSpec(kind=kind)).encode(waves)
        lab = fit(x, 12, EncoderSpec(kind=kind).to_dict(), seed=0).assign(x)
        purity[kind] = sum(np.bincount(pcs[lab == u], minlength=12).max()
                           for u in np.unique(lab)) / len(lab)
    assert purity["pitch"] >= 0.6 and purity["pitch"] > purity["descriptors"] + 0.2, purity


def test_demo_voices_are_checked_in_one_line():
    from corpus.demo import DemoConfig

    with pytest.raises(ValueError, match="voices: none given"):
        DemoConfig(voices=())
    with pytest.raises(ValueError, match="voices: unknown lute "):
        DemoConfig(voices=("bass", "lute"))
    with pytest.raises(ValueError, match="transpositions: none given"):
        DemoConfig(transpositions=())


def test_trecento_songs_are_named_once_and_render_the_voices_they_have(tmp_path):
    """The trecento's file names have spaces and apostrophes, a backup copy and pieces stored
    twice: each piece is one song with a plain name. Its songs have two to five voices: a
    two-voice song renders its top and lowest as soprano and bass, and asked for an alto it is
    skipped in one line naming what it lacks."""
    import re

    import soundfile as sf
    from music21 import corpus

    from corpus.demo import chorale_name, chorale_paths, render_chorale, voices_of

    paths = chorale_paths("trecento")
    names = [chorale_name(p) for p in paths]
    assert len(paths) > 60 and len(set(names)) == len(names)
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", n) for n in names)
    assert not [p for p in paths if p.stem.endswith("_bak")]
    duo = paths[0]
    score = corpus.parse(str(duo))
    assert len(score.parts) == 2
    assert set(voices_of(score)) == {"soprano", "bass"}
    err = render_chorale(duo, tmp_path, 100.0, voices=("soprano", "alto"))
    assert err == f"{duo.name}: skipped (no alto in 2 parts)"
    assert render_chorale(duo, tmp_path, 100.0, voices=("soprano", "bass")) is None
    top, sr = sf.read(tmp_path / chorale_name(duo) / "soprano.wav")
    low, _ = sf.read(tmp_path / chorale_name(duo) / "bass.wav")
    assert sr == 44100 and len(top) == len(low) > 60 * sr
    assert np.abs(top).max() > 0.01 and np.abs(low).max() > 0.01


def test_the_seguente_is_the_lowest_sounding_note_held_where_it_is_held():
    """The basso seguente follows the lowest voice that sounds: a held note stays one note when
    another voice moves above it, a sung-again note is sung again, and it rests only where all
    voices rest. On a madrigal whose bass part rests almost half the time, it never rests."""
    from music21 import corpus, note, stream

    from corpus.demo import chorale_paths, seguente, voices_of

    def part(*events):
        p = stream.Part()
        for e in events:
            p.append(note.Rest(quarterLength=e) if isinstance(e, float) else note.Note(
                e[0], quarterLength=e[1]))
        return p

    score = stream.Score([part(("E4", 2), ("F4", 2), 4.0), part(1.0, ("C3", 2), ("C3", 1), 4.0)])
    line = [(e.nameWithOctave if e.isNote else "rest", e.offset, e.quarterLength)
            for e in seguente(score).flatten().notesAndRests]
    assert line == [("E4", 0, 1), ("C3", 1, 2), ("C3", 3, 1), ("rest", 4, 4)]

    madrigal = corpus.parse(str(chorale_paths("monteverdi")[0]))
    bass_rests = sum(e.quarterLength for e in voices_of(madrigal)["bass"].flatten().notesAndRests
                     if e.isRest)
    low = seguente(madrigal).flatten().notesAndRests
    assert bass_rests > 100 and not [e for e in low if e.isRest]
    assert low.stream().highestTime == madrigal.highestTime
