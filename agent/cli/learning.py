"""`obbligato train`, `eval` and `sweep`: learning the relationship and measuring it (the
playing subcommands are in agent/cli/play.py, corpus curation in corpus/cli.py)."""
from __future__ import annotations

import argparse
import json
from dataclasses import fields
from pathlib import Path

from agent.cli.options import add_param_args, params_from_args
from agent.decision.configs import ModelConfig, SamplingConfig, SweepConfig, TrainConfig

_T, _M = TrainConfig(), ModelConfig()
MODEL_ARGS = ("d_model", "n_layers", "n_heads", "d_ff", "dropout", "context", "lag", "prior_order")


def add_sampling_args(p: argparse.ArgumentParser) -> None:
    add_param_args(p, ["top_p", "temperature"])


def sampling_from(args: argparse.Namespace) -> SamplingConfig:
    p = params_from_args(args)
    return SamplingConfig(top_p=p.top_p, temperature=p.temperature)


def add_train_args(p: argparse.ArgumentParser) -> None:
    for f in fields(TrainConfig):
        if f.name == "seed":
            continue
        p.add_argument(f"--{f.name.replace('_', '-')}", type=type(f.default), default=f.default,
                       help=f"(default {f.default})")
    p.add_argument("--seed", type=int, default=_T.seed)
    for name in MODEL_ARGS:
        default = getattr(_M, name)
        p.add_argument(f"--{name.replace('_', '-')}", type=type(default), default=None,
                       help=f"model {name} (default {default}"
                            + (", context: about 32 s of ticks)" if name == "context" else ")"))


def train_config_from(args: argparse.Namespace) -> tuple[TrainConfig, dict]:
    tcfg = TrainConfig(**{f.name: getattr(args, f.name) for f in fields(TrainConfig)})
    overrides = {n: getattr(args, n) for n in MODEL_ARGS if getattr(args, n) is not None}
    return tcfg, overrides


def add_parser(sub: argparse._SubParsersAction) -> None:
    t = sub.add_parser("train", help="train an agent on a corpus (guide role -> target role)")
    t.add_argument("corpus", type=Path)
    t.add_argument("--guide", required=True, help="role of the live input (track A)")
    t.add_argument("--target", required=True, help="role the agent plays (track B)")
    t.add_argument("--out", type=Path, required=True, help="agent folder to write")
    t.add_argument("--resume", action="store_true", help="continue an interrupted training")
    t.add_argument("--k", type=int, help="use each role's vocabulary of this size (needed when "
                   "a role has several)")
    t.add_argument("--guide-k", type=int, help="use the guide role's vocabulary of this size "
                   "(default --k): the agent hears more finely than it answers, e.g. --k 16 "
                   "--guide-k 64")
    t.add_argument("--guide-vocab", help="vocabulary id for the guide role")
    t.add_argument("--target-vocab", help="vocabulary id for the target role")
    add_train_args(t)
    t.set_defaults(func=cmd_train)

    e = sub.add_parser("eval", help="TPP and LCP on held-out songs against random baselines")
    e.add_argument("agent", type=Path)
    e.add_argument("corpus", type=Path)
    e.add_argument("--samples", type=int, default=4, help="generations per song")
    e.add_argument("--seed", type=int, default=0)
    e.add_argument("--out", type=Path, help="folder for eval.csv and eval.png (default AGENT/eval)")
    add_sampling_args(e)
    e.set_defaults(func=cmd_eval)

    s = sub.add_parser("sweep", help="the paper's sweep: vocabulary size x segment duration")
    s.add_argument("stems", type=Path, help="folder of stems (as for `corpus build`)")
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--guide", default="soprano")
    s.add_argument("--target", default="bass")
    s.add_argument("--durations", default="0.25,0.5,1.0")
    s.add_argument("--ks", default="16,64,256,1024")
    s.add_argument("--samples", type=int, default=4)
    s.add_argument("--guide-k", type=int, default=SweepConfig.guide_k,
                   help="the guide's vocabulary has max(K, this) clusters; 0: the target's K "
                   f"(default {SweepConfig.guide_k})")
    s.add_argument("--seeds", help="comma-separated seeds, each a whole replicate (vocabularies, "
                   "training, sampling) on the same corpus and test songs; sweep_seeds.md sums "
                   "them up (default: --seed)")
    from corpus.cli import add_encoder_args

    add_encoder_args(s)
    add_sampling_args(s)
    add_train_args(s)
    s.set_defaults(func=cmd_sweep)


def cmd_train(args: argparse.Namespace) -> int:
    from agent.decision.correction import correction_note
    from agent.decision.model import n_params
    from agent.decision.train import train

    tcfg, overrides = train_config_from(args)
    agent = train(args.corpus, args.guide, args.target, args.out, tcfg, overrides, args.resume,
                  guide_vocab=args.guide_vocab, target_vocab=args.target_vocab, k=args.k,
                  guide_k=args.guide_k)
    h = json.loads(json.dumps(agent.info.get("history", {})))
    print(f"wrote agent {args.out}: {n_params(agent.model):,} parameters, best validation loss "
          f"{h.get('best_val', float('nan')):.3f} at epoch {h.get('best_epoch', -1) + 1}, "
          f"{correction_note(agent.model, agent.info)}; loss curve {args.out / 'loss.png'}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from agent.decision.agentdir import load_agent
    from agent.decision.evaluate import markdown_table
    from agent.decision.experiments import (
        EVAL_COLS,
        eval_agent,
        margin_lines,
        plot_eval,
        write_csv,
    )

    agent = load_agent(args.agent)
    results, truth, tf = eval_agent(agent, args.corpus, sampling_from(args), args.samples,
                                    args.seed)
    rows = [r.row() for r in results] + [truth]
    out = args.out or args.agent / "eval"
    write_csv(rows, out / "eval.csv")
    out.mkdir(parents=True, exist_ok=True)
    plot_eval(results, out / "eval.png")
    print(markdown_table(rows, EVAL_COLS))
    print("\n" + "\n".join(margin_lines(results)))
    print(f"teacher-forced next-label accuracy (not free-running): {tf:.1f}%")
    print(f"wrote {out / 'eval.csv'} and {out / 'eval.png'}")
    return 0


def cmd_sweep(args: argparse.Namespace) -> int:
    from agent.decision.evaluate import markdown_table
    from agent.decision.experiments import sweep
    from corpus.build import BuildConfig
    from corpus.encoders import spec_from_arg

    cfg = SweepConfig(durations=[float(x) for x in args.durations.split(",")],
                      ks=[int(x) for x in args.ks.split(",")], guide=args.guide,
                      target=args.target, samples=args.samples, guide_k=args.guide_k,
                      seeds=[int(x) for x in (args.seeds or str(args.seed)).split(",")])
    tcfg, overrides = train_config_from(args)  # --lag 0: the offline re-generation setting
    rows = sweep(args.stems, args.out, cfg, BuildConfig(encoder=spec_from_arg(args.encoder,
                                                                              args.layer)),
                 tcfg, sampling_from(args), overrides)
    print(markdown_table(rows, list(rows[0])) if rows else "no configuration could run")
    if len(cfg.seeds) > 1 and rows:
        print("\nover the seeds:\n" + (args.out / "sweep_seeds.md").read_text())
    print(f"\nwrote {args.out / 'sweep.csv'}, {args.out / 'sweep.md'} and {args.out / 'sweep.png'}")
    return 0
