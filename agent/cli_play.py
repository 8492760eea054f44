"""Playing subcommands: render (file clock), demo (the whole pipeline)."""
from __future__ import annotations

import argparse
from pathlib import Path

from agent.params import add_param_args, params_from_args


def add_parser(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("render", help="render a guide file into the agent's answer (offline)")
    r.add_argument("agent", type=Path)
    r.add_argument("guide", type=Path, help="audio file of track A")
    r.add_argument("--corpus", type=Path, required=True, help="target corpus to play from")
    r.add_argument("--out", type=Path, required=True, help="output .wav (B alone); _mix.wav and "
                   "_timeline.png are written beside it")
    add_target_args(r)
    r.add_argument("--seed", type=int, default=0)
    add_param_args(r)
    r.set_defaults(func=cmd_render)

    d = sub.add_parser("demo", help="chorales -> corpus -> agent -> sweep -> render, with results")
    d.add_argument("out", type=Path, help="folder for everything the demo makes")
    d.add_argument("--limit", type=int, default=40, help="number of chorales")
    d.add_argument("--sweep", action=argparse.BooleanOptionalAction, default=True,
                   help="run the vocabulary-size x duration sweep (the longest part)")
    d.set_defaults(func=cmd_demo)


def add_target_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--role", help="only this role's tracks of the corpus (default: the agent's "
                   "target role if the corpus has it, else all)")
    p.add_argument("--split", choices=["train", "test"], help="only this split's songs")


def open_target(agent, corpus: Path, role: str | None, split: str | None = None):
    from agent.synthesis import load_target
    from corpus.store import CorpusStore

    if role is None:
        with CorpusStore(corpus) as s:
            role = agent.target_role if agent.target_role in s.roles() else None
    return load_target(corpus, agent.target_vocab, role, split=split)


def cmd_render(args: argparse.Namespace) -> int:
    from agent.agentdir import load_agent
    from agent.render import render_guide, write_outputs

    params = params_from_args(args)
    agent = load_agent(args.agent)
    target = open_target(agent, args.corpus, args.role, args.split)
    r = render_guide(agent, args.guide, target, params, args.seed, progress=True)
    paths = write_outputs(r, args.out, f"{args.guide.name} -> {agent.target_role}")
    dur = len(r.b) / r.sr
    print(f"rendered {dur:.1f} s in {r.seconds:.2f} s ({dur / max(r.seconds, 1e-9):.0f}x real time)")
    for p in paths:
        print(f"wrote {p}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from agent.demo import run_demo

    run_demo(args.out, args.limit, args.sweep)
    return 0
