"""Offline rendering: the engine driven by a file clock, as fast as the machine goes.

Writes track B alone, a stereo mix of A and B, a timeline PNG and the output-quality report
(`agent.synthesis.quality`, measured on the rendered audio). Output files are written atomically: a
failure leaves no partial file behind."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf
from tqdm import tqdm

from agent.decision.agentdir import Agent
from agent.engine.tick import Engine, TickEvent
from agent.synthesis import quality
from agent.synthesis.placement import pan_gains
from agent.synthesis.renderer import read_track
from agent.synthesis.target import TargetCorpus
from corpus.atomic import atomic_path, write_text
from corpus.ingest import load_audio, resample, to_mono16k


@dataclass
class RenderResult:
    b: np.ndarray  # (frames, channels) at sr
    a: np.ndarray  # guide, mono, at sr
    sr: int
    events: list[TickEvent]
    seconds: float  # wall time of the engine loop
    quality: dict  # agent.synthesis.quality.report of b


BATCH = 64  # windows perceived at once


def run_engine(engine: Engine, guide16k: np.ndarray, progress: bool = False) -> list[np.ndarray]:
    """Feed the guide tick by tick; output tick t is rendered after hearing window t-1. A file
    clock knows every window in advance, so they are perceived in batches first (the same
    vectors, a heavy encoder's batches run faster)."""
    n_ticks = int(np.floor(len(guide16k) / (engine.duration * 16000) + 1e-9))
    bounds = np.cumsum([0] + [engine.tick_samples(t, 16000) for t in range(n_ticks)])
    windows = [guide16k[a:b] for a, b in zip(bounds[:-1], bounds[1:])]
    chunks: list[np.ndarray] = []
    vectors: list[np.ndarray] = []
    for t in tqdm(range(n_ticks), desc="render", unit="tick", disable=not progress):
        if t == 0:
            out, _ = engine.next_tick(None)
        else:
            if t - 1 >= len(vectors):  # the next batch of windows
                vectors += list(engine.encoder.encode(windows[t - 1 : t - 1 + BATCH]))
            out, _ = engine.next_tick(windows[t - 1], vectors[t - 1])
        chunks.append(out)
    return chunks


def render_guide(agent: Agent, guide: Path, target: TargetCorpus, params, seed: int = 0,
                 progress: bool = False, encoder=None) -> RenderResult:
    import time

    audio = load_audio(guide)
    g16 = to_mono16k(audio.native, audio.sr)
    engine = Engine(agent, target, params, seed, encoder)
    t0 = time.perf_counter()
    chunks = run_engine(engine, g16, progress)
    secs = time.perf_counter() - t0
    if not chunks:
        raise ValueError(f"{guide}: shorter than one tick ({engine.duration} s)")
    b = np.concatenate(chunks)
    a = resample(audio.native.mean(axis=1), audio.sr, target.sr)[: len(b)]
    a = np.pad(a, (0, len(b) - len(a)))
    ticks = intended_ticks(engine.events, target, [len(c) for c in chunks])
    return RenderResult(b, a, target.sr, engine.events, secs,
                        {**quality.report(b, target.sr, ticks), **engine.limiter.report()})


def intended_ticks(events: list[TickEvent], target: TargetCorpus, lengths: list[int],
                   offset: int = 0) -> list[quality.Tick]:
    """What each tick meant to play, from the engine's events: the source audio from the cut on
    at the segment's gain (None for a rest or a muted tick), and what the source played just
    before the cut and would have played after the tick; ticks start at `offset`."""
    ticks, start = [], offset
    w = int(quality.QualityConfig().level_ms * target.sr / 1000)
    for ev, n in zip(events, lengths):
        intended = lead_in = follow_on = None
        if ev.segment >= 0 and ev.gain > 0:
            audio, g = target.audio[int(target.track[ev.segment])], np.float32(ev.gain)
            cut = int(round(ev.source_time * target.sr))
            intended = read_track(audio, cut, n) * g
            lead_in, follow_on = read_track(audio, cut - w, w) * g, read_track(audio, cut + n, w) * g
        ticks.append(quality.Tick(start, ev.continuation, intended, lead_in, follow_on))
        start += n
    return ticks


def stereo_mix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """A a little left, B a little right, both equal-power panned; peak-limited to -1 dBFS."""
    bm = b.mean(axis=1) if b.ndim == 2 else b
    mix = a[:, None] * pan_gains(0.3, 2)[None, :] + bm[:, None] * pan_gains(0.7, 2)[None, :]
    peak = float(np.max(np.abs(mix))) if len(mix) else 0.0
    return mix / max(1.0, peak / 10 ** (-1 / 20))


def write_outputs(r: RenderResult, out: Path, title: str = "") -> list[Path]:
    """out.wav (B), out_guide.wav (A alone, at B's rate), out_mix.wav (A+B stereo),
    out_timeline.png, out_quality.json; each written atomically."""
    out = Path(out)
    guide_path = out.with_name(out.stem + "_guide.wav")
    mix_path = out.with_name(out.stem + "_mix.wav")
    png = out.with_name(out.stem + "_timeline.png")
    report = out.with_name(out.stem + "_quality.json")
    with atomic_path(out) as tmp:
        sf.write(str(tmp), r.b, r.sr, subtype="FLOAT", format="WAV")
    with atomic_path(guide_path) as tmp:
        sf.write(str(tmp), r.a, r.sr, subtype="FLOAT", format="WAV")
    with atomic_path(mix_path) as tmp:
        sf.write(str(tmp), stereo_mix(r.a, r.b), r.sr, subtype="FLOAT", format="WAV")
    with atomic_path(png) as tmp:
        plot_timeline(r.events, tmp, title)
    write_text(report, json.dumps(r.quality, indent=1))
    return [out, guide_path, mix_path, png, report]


def plot_timeline(events: list[TickEvent], out: Path, title: str = "") -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    t = np.array([e.time for e in events])
    fig, axes = plt.subplots(3, 1, figsize=(12, 6.5), sharex=True)
    axes[0].step(t, [e.heard for e in events], where="post", color="C0")
    axes[0].set_ylabel("A label heard")
    axes[1].step(t, [e.decided for e in events], where="post", color="C1")
    axes[1].set_ylabel("B label played")
    played = [e for e in events if e.segment >= 0]  # rests play no source
    sources = sorted({e.source for e in played})
    ypos = {s: i for i, s in enumerate(sources)}
    for e in played:
        axes[2].plot([e.time, e.time + (t[1] - t[0] if len(t) > 1 else 0.5)],
                     [ypos[e.source]] * 2, lw=6, color=plt.get_cmap("tab20")(ypos[e.source] % 20),
                     solid_capstyle="butt")
        axes[2].text(e.time, ypos[e.source] + 0.25, f"{e.source_time:.1f}", fontsize=5)
    axes[2].set_yticks(range(len(sources)), sources, fontsize=6)
    axes[2].set_ylabel("source (s in it)")
    axes[2].set_xlabel("time (s)")
    axes[0].set_title(title or "obbligato render timeline")
    fig.tight_layout()
    fig.savefig(out, dpi=100, format="png")
    plt.close(fig)
