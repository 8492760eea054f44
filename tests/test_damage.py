"""Damaged files end in one line naming the file and what is wrong, never a traceback (issue
16): agent folders with wrong types, missing keys, impossible model shapes, NaN weights, garbage
vocabularies; and a CLI whose reader went away (`| head`)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

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
