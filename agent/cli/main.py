"""`obbligato`: one CLI, thin subcommands that parse, call the stages and print."""
from __future__ import annotations

import argparse
import logging
import os
import sys

from corpus import cli as corpus_cli


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="obbligato", description=__doc__.split(":")[1].strip())
    p.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
    corpus_cli.add_parser(sub)
    for mod in _agent_modules():
        mod.add_parser(sub)
    return p


def _agent_modules() -> list:
    from agent.cli import learning, play

    return [learning, play]


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for name in ("agent", "corpus"):
        logging.getLogger(name).setLevel(logging.DEBUG if args.verbose else logging.INFO)
    try:
        if args.cmd == "corpus":
            return corpus_cli.run(args)
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `obbligato corpus info | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (OSError, ValueError, RuntimeError) as e:  # errors are for people: one line
        print(f"error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
