"""Experiments over corpora: evaluate an agent on held-out songs, and the paper's sweep over
vocabulary size and segment duration. Results are printed as Markdown and saved as CSV and PNG."""
from __future__ import annotations

import csv
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from agent.agentdir import Agent, load_agent
from agent.configs import SamplingConfig, TrainConfig
from agent.evaluate import EvalResult, evaluate, markdown_table, teacher_forced_accuracy
from agent.train import load_pairs, train
from corpus import vocabulary
from corpus.build import BuildConfig, build
from corpus.store import CorpusStore

EVAL_COLS = ["method", "constrained", "tpp_mean", "tpp_median", "lcp_mean", "songs"]


def check_vocab(agent: Agent, store: CorpusStore) -> None:
    for name, v in (("guide", agent.guide_vocab), ("target", agent.target_vocab)):
        if not store.has_vocabulary(v.id):
            raise ValueError(
                f"{store.root}: not labelled with the agent's {name} vocabulary {v.id}; run "
                f"`obbligato corpus label {store.root} --vocab {agent.path}` (same encoder needed)")


def eval_agent(agent: Agent, corpus: Path, sampling: SamplingConfig, samples: int = 4,
               seed: int = 0, split: str = "test") -> tuple[list[EvalResult], float]:
    """Free-running results (constrained and not) and teacher-forced accuracy on `split`."""
    with CorpusStore(corpus) as store:
        check_vocab(agent, store)
        test = load_pairs(store, agent.guide_role, agent.target_role, agent.guide_vocab.id,
                          agent.target_vocab.id, split)
        tr = load_pairs(store, agent.guide_role, agent.target_role, agent.guide_vocab.id,
                        agent.target_vocab.id, "train")
    if not test.names:
        raise ValueError(f"{corpus}: no {split} songs with both {agent.guide_role} and "
                         f"{agent.target_role}")
    prior = np.bincount(np.concatenate(tr.b), minlength=agent.target_vocab.k) + 1.0
    results = []
    for constrained in (False, True):
        results += evaluate(agent.model, test.a, test.b, prior, sampling, constrained, samples,
                            seed)
    return results, teacher_forced_accuracy(agent.model, test.a, test.b)


def write_csv(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def plot_eval(results: list[EvalResult], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(11, 3.8))
    for c, ax in zip((False, True), axes):
        for r in (r for r in results if r.constrained == c):
            ax.plot(r.lcp_curve[:64], label=f"{r.method} (TPP {r.tpp_mean:.1f}%)")
        ax.set_yscale("symlog", linthresh=0.1)
        ax.set_xlabel("position i (ticks)")
        ax.set_ylabel("mean LCP_i")
        ax.set_title("constrained" if c else "unconstrained")
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)


@dataclass
class SweepConfig:
    durations: list[float] = field(default_factory=lambda: [0.25, 0.5, 1.0])
    ks: list[int] = field(default_factory=lambda: [16, 64, 256, 1024])
    guide: str = "soprano"
    target: str = "bass"
    samples: int = 4
    seed: int = 0


def sweep(stems: Path, out: Path, cfg: SweepConfig, build_cfg: BuildConfig,
          train_cfg: TrainConfig, sampling: SamplingConfig) -> list[dict]:
    rows: list[dict] = []
    pattern = rf"(?P<song>[^/]+)/(?P<role>{cfg.guide}|{cfg.target})"
    for dur in cfg.durations:
        corpus = out / f"corpus_{dur:g}s"
        bc = replace(build_cfg, segment=replace(build_cfg.segment, duration=dur), pattern=pattern,
                     k=min(cfg.ks))
        build(stems, corpus, bc)
        for k in cfg.ks:
            with CorpusStore(corpus) as store:
                _, emb = store.embeddings()
                seg = store.segments()
                roles = {t["id"]: t["role"] for t in store.tracks()}
                role_arr = np.array([roles[t] for t in seg.track_id])
                vids = {}
                for role in (cfg.guide, cfg.target):
                    x = emb[role_arr == role]
                    if len(x) < k:
                        print(f"sweep: skipping K={k} at {dur:g} s ({len(x)} {role} segments)",
                              file=sys.stderr)
                        break
                    v = vocabulary.fit(x, k, store.encoder, seed=cfg.seed, role=role)
                    vids[role] = store.save_vocabulary(v, f"{role}@K{k}")
            if len(vids) < 2:
                continue
            agent_dir = out / f"agent_{dur:g}s_K{k}"
            agent = (load_agent(agent_dir) if (agent_dir / "agent.json").exists() and not
                     (agent_dir / "train_state.pt").exists() else
                     train(corpus, cfg.guide, cfg.target, agent_dir, train_cfg,
                           guide_vocab=vids[cfg.guide], target_vocab=vids[cfg.target],
                           resume=(agent_dir / "train_state.pt").exists(), progress=False))
            (agent_dir / "train_state.pt").unlink(missing_ok=True)
            results, tf = eval_agent(agent, corpus, sampling, cfg.samples, cfg.seed)
            for constrained in (False, True):
                r = {x.method: x for x in results if x.constrained == constrained}
                rows.append({"duration_s": dur, "K": k, "constrained": constrained,
                             "tpp_model": round(r["model"].tpp_mean, 2),
                             "tpp_uniform": round(r["uniform"].tpp_mean, 2),
                             "tpp_unigram": round(r["unigram"].tpp_mean, 2),
                             "lcp_model": round(r["model"].lcp_mean, 3),
                             "lcp_uniform": round(r["uniform"].lcp_mean, 3),
                             "lcp_unigram": round(r["unigram"].lcp_mean, 3),
                             "teacher_forced_acc": round(tf, 2)})
            print(f"sweep: {dur:g} s K={k}: TPP model {rows[-2]['tpp_model']} / "
                  f"{rows[-1]['tpp_model']} (constrained), unigram {rows[-2]['tpp_unigram']}",
                  file=sys.stderr)
    if rows:
        write_csv(rows, out / "sweep.csv")
        plot_sweep(rows, out / "sweep.png")
        (out / "sweep.md").write_text(markdown_table(rows, list(rows[0])) + "\n")
    return rows


def plot_sweep(rows: list[dict], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    durs = sorted({r["duration_s"] for r in rows})
    fig, axes = plt.subplots(1, len(durs), figsize=(4.2 * len(durs), 3.6), squeeze=False)
    for ax, d in zip(axes[0], durs):
        for c, ls in ((False, "-"), (True, "--")):
            sel = [r for r in rows if r["duration_s"] == d and r["constrained"] == c]
            ks = [r["K"] for r in sel]
            tag = "constrained" if c else "free"
            ax.plot(ks, [r["tpp_model"] for r in sel], "o" + ls, color="C0", label=f"model {tag}")
            ax.plot(ks, [r["tpp_unigram"] for r in sel], "s" + ls, color="C1",
                    label=f"unigram {tag}")
            ax.plot(ks, [r["tpp_uniform"] for r in sel], "^" + ls, color="C2",
                    label=f"uniform {tag}")
        ax.set_xscale("log", base=2)
        ax.set_yscale("log")
        ax.set_xlabel("vocabulary size K")
        ax.set_ylabel("TPP (%)")
        ax.set_title(f"segments of {d:g} s")
    axes[0][0].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)
