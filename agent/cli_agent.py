"""Agent subcommands: train, eval, sweep, render, demo, live, serve, devices, install."""
from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    pass
