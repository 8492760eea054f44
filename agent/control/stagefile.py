"""Stage files: several agents in one process, described in TOML.

    [[agent]]
    name = "bass"               # OSC: /obbligato/bass/...
    folder = "agents/bass"      # paths are relative to the stage file
    corpus = "corpora/bass"
    role = "bass"               # optional: one role of the corpus
    listen = "input"            # "input" (in_channel) or another agent's name (a chain)
    in_channel = 0              # optional
    [agent.params]              # optional: parameters over the command line's
    first_channel = 0
    channels = 2
"""
from __future__ import annotations

from pathlib import Path

import tomllib

from agent.control.stage import AgentControl, Stage

KEYS = {"name", "folder", "corpus", "role", "listen", "in_channel", "params"}


def load_stage(path: Path, stage: Stage, base: AgentControl) -> None:
    """Add the file's agents to `stage`, each loaded; `base` gives the defaults (parameters,
    seed, state folder). A bad file or agent raises ValueError naming the file and entry."""
    path = Path(path)
    try:
        doc = tomllib.loads(path.read_text())
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ValueError(f"{path}: {e}") from None
    agents = doc.get("agent")
    if not isinstance(agents, list) or not agents:
        raise ValueError(f"{path}: no [[agent]] entries")
    for i, a in enumerate(agents):
        where = f"{path}: agent {i + 1}"
        unknown = set(a) - KEYS
        if unknown or not {"name", "folder", "corpus"} <= set(a):
            raise ValueError(f"{where}: needs name, folder and corpus"
                             + (f"; unknown keys {sorted(unknown)}" if unknown else ""))
        try:
            s = AgentControl(params=base.params.with_values(a.get("params", {})),
                             seed=base.seed + i, state_dir=base.state_dir, region=base.region,
                             name=str(a["name"]), listen=str(a.get("listen", "input")),
                             in_channel=a.get("in_channel"), stage=stage)
            stage.add(s)
            s.load_agent(path.parent / a["folder"])
            s.load_corpus(path.parent / a["corpus"], a.get("role"))
        except (ValueError, OSError) as e:
            raise ValueError(f"{where} ({a['name']}): {e}") from None
    names = set(stage.sessions)
    for s in stage.sessions.values():
        if s.listen != "input" and s.listen not in names:
            raise ValueError(f"{path}: agent {s.name!r} listens to {s.listen!r}, which is not "
                             f"an agent of the file")
