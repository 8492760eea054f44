"""Shared fixtures: every test makes its own audio (sines, noise, fluidsynth-rendered chorales)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
if os.environ.get("PYTEST_XDIST_WORKER"):  # two workers on two cores: one math thread each
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # (and in the CLI processes they start)

SR = 44100
ROOT = Path(__file__).resolve().parent.parent


def tone(freqs: list[float], step: float, sr: int = SR, amp: float = 0.3) -> np.ndarray:
    """A sequence of notes (Hz, 0 = rest), each `step` seconds, with short fades (no clicks)."""
    n = int(round(step * sr))
    t = np.arange(n) / sr
    env = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.01)
    return np.concatenate([amp * env * np.sin(2 * np.pi * f * t) if f else np.zeros(n)
                           for f in freqs]).astype(np.float32)


def synth_song(rng: np.random.Generator, n_steps: int, step: float = 0.5) -> dict[str, np.ndarray]:
    """A melody and a bass that answers it one step later (a canon: learnable by a causal model
    that decides one tick ahead)."""
    scale = np.array([0, 2, 4, 5, 7, 9, 11])
    degrees = rng.integers(0, 7, size=n_steps)
    melody = [440 * 2 ** (scale[d] / 12) for d in degrees]
    bass = [0.0] + [110 * 2 ** (scale[(d + 3) % 7] / 12) for d in degrees[:-1]]
    return {"melody": tone(melody, step), "bass": tone(bass, step)}


def write_stems(root: Path, n_songs: int = 8, n_steps: int = 32, seed: int = 0,
                test_songs: int = 2) -> Path:
    rng = np.random.default_rng(seed)
    splits = {}
    for i in range(n_songs):
        song = root / f"song{i:02d}"
        song.mkdir(parents=True, exist_ok=True)
        for role, x in synth_song(rng, n_steps).items():
            sf.write(song / f"{role}.wav", x, SR)
        splits[song.name] = "test" if i >= n_songs - test_songs else "train"
    import json

    (root / "splits.json").write_text(json.dumps(splits))
    return root


@pytest.fixture(scope="session")
def stems(tmp_path_factory) -> Path:
    return write_stems(tmp_path_factory.mktemp("stems"))


@pytest.fixture(scope="session")
def corpus(stems, tmp_path_factory) -> Path:
    from corpus.build import BuildConfig, build

    out = tmp_path_factory.mktemp("corpus") / "c"
    build(stems, out, BuildConfig(k=8), progress=False)
    return out


@pytest.fixture()
def corpus_copy(corpus, tmp_path):
    """A test that writes into (or damages) the corpus: each test gets its own copy."""
    return shutil.copytree(corpus, tmp_path / "corpus")


@pytest.fixture(scope="session")
def agent_dir(corpus, tmp_path_factory) -> Path:
    """A quickly trained melody -> bass agent (test modules that need a learned model train
    their own)."""
    from agent.decision.configs import TrainConfig
    from agent.decision.train import train

    out = tmp_path_factory.mktemp("agent") / "a"
    train(corpus, "melody", "bass", out, TrainConfig(max_epochs=3, steps_per_epoch=10,
                                                     batch_size=8, seq_len=32), progress=False)
    return out


@pytest.fixture(scope="session")
def tiny_w2v(tmp_path_factory) -> Path:
    """A small Wav2Vec 2.0 saved with save_pretrained: the offline stand-in for a hub model,
    loaded through the same code path."""
    from transformers import Wav2Vec2Config, Wav2Vec2Model

    d = tmp_path_factory.mktemp("w2v")
    cfg = Wav2Vec2Config(hidden_size=64, num_hidden_layers=2, num_attention_heads=4,
                         intermediate_size=128, conv_dim=(32,) * 7, num_conv_pos_embeddings=16,
                         num_conv_pos_embedding_groups=4)
    import torch

    torch.manual_seed(0)
    Wav2Vec2Model(cfg).save_pretrained(d)
    return d


def obbligato(*args: str, check: bool = False, timeout: float = 600,
              env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the CLI as a user would, in a subprocess (with `env` added to the environment)."""
    r = subprocess.run([sys.executable, "-m", "agent.cli", *args], cwd=ROOT, capture_output=True,
                       text=True, timeout=timeout, env={**os.environ, **(env or {})})
    if check and r.returncode != 0:
        raise AssertionError(f"obbligato {' '.join(args)} failed:\n{r.stdout}\n{r.stderr}")
    return r


def needs(*programs: str):
    missing = [p for p in programs if shutil.which(p) is None]
    return pytest.mark.skipif(bool(missing), reason=f"missing {', '.join(missing)} "
                              "(make setup installs them as root)")


def pytest_configure(config: pytest.Config) -> None:
    """Compile librosa's numba code once, here, before the xdist workers start. numba writes a
    cached gufunc's two files separately, and two workers compiling the same one at once on a
    fresh environment can pair files from different processes and crash in a later call
    (numba/numba#10128; a fresh clone's `make test` segfaulted in `onset_detect`, 2026-12-05).
    The workers then load what this process cached."""
    if hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None):
        return  # a worker (the controller has done it), or no workers to race
    from corpus.segment import SegmentConfig, onset_boundaries

    onset_boundaries(tone([440.0, 0.0, 660.0, 550.0], 0.25), SR, SegmentConfig())


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test on the `jack` fixture carries the `jack` mark, as the tests that start their own
    JACK server do. `make test` runs the others on two pytest-xdist workers, then these one at a
    time: beside a test of the other worker and a busy machine's load, a real-time audio test on
    two cores measures the machine, not the agent."""
    for item in items:
        if "jack" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.jack)


@pytest.fixture(scope="module")
def jack():
    """A private JACK server on the dummy backend for one test module."""
    from livekit import Jack

    j = Jack(f"obb{os.getpid()}")
    yield j
    j.stop()
