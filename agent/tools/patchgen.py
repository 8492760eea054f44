"""Generate patches/ from the parameter registry: the Pd abstraction and the Max package (a
control for every parameter and command, every state value shown) and patches/README.md (the
walkthrough and the OSC address space).
Run `make patches` after changing agent/control/params.py or agent/control/commands.py; a
test checks they agree."""
from __future__ import annotations

import sys
from pathlib import Path

from agent.control.commands import AGENT_COMMANDS, PREFIX, STAGE_COMMANDS, STATE
from agent.control.osc import OSC_RATE
from agent.control.params import REGISTRY
from agent.tools import maxgen, pdgen
from agent.tools.pdgen import DEFAULT_PORT

PATCHES = Path(__file__).resolve().parents[2] / "patches"
def readme() -> str:
    rows = ["| address | arguments | range | default | what it does |", "|---|---|---|---|---|"]
    for q in REGISTRY:
        rng = f"{q.lo:g}..{q.hi:g}" if q.lo is not None else (
            " / ".join(q.choices) if q.choices else "0 / 1")
        rows.append(f"| `{PREFIX}/{q.name}` | {q.osc_types} | {rng} | {q.default} | {q.help} |")
    for c in AGENT_COMMANDS.values():
        rows.append(f"| `{PREFIX}/{c.name}` | {c.args or '-'} | | | {c.help} |")
    stage = [f"| `{PREFIX}/{c.name}` | {c.args or '-'} | {c.help} |"
             for c in STAGE_COMMANDS.values()]
    state = "\n".join(f"- `{PREFIX}/state/{k}`" for k in STATE)
    return f"""# Controlling obbligato from Max/MSP and Pure Data

Generated from `agent/control/params.py` and `agent/control/commands.py` by `make patches`; do
not edit by hand.

What is here:

- `pd/obbligato/`: a Pure Data folder ready for deken (vanilla Pd 0.52+): the `[obbligato]`
  abstraction, its help patch with a `[pd reference]` subpatch, `obbligato-meta.pd`.
- `max/obbligato/`: a Max package (Max 8+): `package-info.json`, `patchers/obbligato.maxpat` (the
  `[obbligato]` abstraction; its face is in presentation mode, so it is also a bpatcher),
  `patchers/obbligato.server.maxpat` with `javascript/obbligato-server.js` (starts and stops the
  server through `node.script`),
  `help/obbligato.maxhelp` (tabs: basic, reference, server), `docs/obbligato.maxref.xml` (the
  reference window), `extras/obbligato.maxpat` (the Extras menu's overview).

Both are one object per agent: `[obbligato AGENT PORT]` (defaults `{pdgen.DEFAULT_AGENT}` and
`{DEFAULT_PORT}`). Its inlet takes plain messages (`top_p 0.8`, `start`, `load_agent
/path/to/agent`, `region track song1`); its outlets give 1 parameter values (`NAME VALUE`), 2
state (`KEY VALUE`), 3 errors and warnings, 4 events and acknowledgements, 5 the connection (1 /
0). Its face has a control for every parameter and every command, every state value, the last
error or warning, and a light that is on while the server's heartbeats arrive.

## From install to sound

1. **Install the server** (the Python program that listens and plays), once, in a terminal:
   `git clone <this repository> && cd obbligato && make demo` (it creates `.venv/`, installs
   everything, builds a demo corpus and agent into `demo/` and renders one answer). Then
   `.venv/bin/obbligato serve` starts the server: idle, listening for OSC on 127.0.0.1:{DEFAULT_PORT}.
   Leave it running (Ctrl-C stops it). In Max you can start and stop it from the patch instead:
   the help's server tab (or a bpatcher of `obbligato.server.maxpat`) runs
   `javascript/obbligato-server.js` in `node.script`: send it `command
   /path/to/obbligato/.venv/bin/obbligato` once, then `start` (extra words are options of serve,
   e.g. `start --device 3`) and `stop`; it shows `running PID`, `exited CODE` or `failed ...` and
   the server's last log line. Vanilla Pd cannot start a program (it has no shell): start the
   server in a terminal.
2. **Install the patch side**.
   - Max: copy `patches/max/obbligato` into `~/Documents/Max 8/Packages/` (or `Max 9`), restart
     Max. Extras > obbligato opens the overview; in a new patcher type `obbligato main`, or add a
     bpatcher with `obbligato.maxpat` and arguments `main {DEFAULT_PORT}`.
   - Pd: copy `patches/pd/obbligato` into your externals folder (Help > Find externals shows it;
     or add the folder in Preferences > Path). Put `[obbligato main {DEFAULT_PORT}]` in a patch;
     right-click > Help opens its help and the `[pd reference]` subpatch.
3. **Connect**: the light turns on within a second of the server answering, and every control
   takes the agent's current value. Start the server before or after the patch, restart it
   mid-show: the object subscribes again every {pdgen.RETRY_MS // 1000} s while no heartbeat arrives
   ({pdgen.HEARTBEAT_TIMEOUT_MS // 1000} s) and resyncs every control when they come back.
4. **Load**: `load_agent` and `load_corpus` (Max: choose... opens a folder dialog; Pd: type the
   path in the box and press Return): `demo/agent` and `demo/corpus` after `make demo`.
5. **Play**: connect your instrument to the audio interface the server uses (`obbligato devices`
   lists them; `obbligato serve --device N`), click `start`, play. The state boxes show ticks,
   xruns, dropouts, latency and the corpus segment playing now; `stop` stops.
6. **Several agents**: `add_agent bass` (while stopped), then a second object `[obbligato bass
   {DEFAULT_PORT}]`. Each object subscribes for its own agent on its own socket (Pd: the sending
   socket hears the replies; Max: a random reply port), so instances never clash on a port.

What was tested: the Pd abstraction, headless (`pd -nogui -noaudio`), against a real
`obbligato serve`: it connects, syncs every control from `schema`, shows a value changed by
another client, survives a server restart, two instances control two agents, nothing is printed in
steady state. The Max files are not run in Max (there is no Max on Linux): a test checks them
against Max's file format (every umenu's items separated, every box wide enough for its text in
Arial 12, no overlapping boxes in presentation, every object a Max object) and py2max's lint
(`node.script` is the one object py2max's reference lacks: it ships with Max 8). The server
launcher's script runs under Node.js in a test (with `max-api` stood in for) and starts, and
stops, a real `obbligato serve`.

The server listens on 127.0.0.1 only unless started with `--osc-host 0.0.0.0`. Other clients:
`{PREFIX}/subscribe AGENT [PORT]` sends one agent's replies (as `{PREFIX}/AGENT/...`) and the
process's to PORT, or back to the sending port; `{PREFIX}/reply_to PORT` sends everyone's to
PORT; without either, replies go back to the sender. `{PREFIX}/AGENT NAME args` is
`{PREFIX}/AGENT/NAME args` (what a Max `[prepend {PREFIX}/bass]` makes).

## Addresses of an agent

{chr(10).join(rows)}

Every address above belongs to one agent. The first agent (the only one, usually), or the one
chosen with `{PREFIX}/focus <agent>`, answers at `{PREFIX}/<name>`. Any agent also answers at
`{PREFIX}/<agent>/<name>` (e.g. `{PREFIX}/bass/top_p 0.8`), and its replies and state carry the
prefix the message came with (`{PREFIX}/bass/param`, `{PREFIX}/bass/ok`,
`{PREFIX}/bass/state/...`).

## Addresses of the process (every agent at once)

| address | arguments | what it does |
|---|---|---|
{chr(10).join(stage)}

Several agents share one audio stream: each has its own agent folder, target corpus, parameters
and output channels (`first_channel`, `channels`), and hears the input (`listen input [CHANNEL]`)
or another agent's output (`listen AGENT`: a chain). Agents are added with `add_agent` while
stopped, or from a stage file (`obbligato live --stage stage.toml`, see the main README); they
must share one tick duration.

A value out of range or of the wrong type is refused: the parameter keeps its value and the
server replies `{PREFIX}/error "<name>: <what is wrong>"`. Unknown addresses get an error reply
too; datagrams that are not well-formed OSC (sizes, nesting, UTF-8) are dropped and counted
(`/obbligato/state/osc MALFORMED ERRORS REFUSED PACED_MS`, once a second). Timetags are ignored.

Patchers' conveniences: a name may be sent as a number (`preset_save 1`, `region track 7`); an
enumeration takes its index as well as its name (`placement 2` is `roundrobin`, what a `umenu` or
`[hradio]` sends); the agent part of an address may be an OSC 1.0 pattern
(`{PREFIX}/*/mute 1` mutes every agent, `{PREFIX}/{{bass,drums}}/gain -6`).

## Replies

- `{PREFIX}/param <name> <value>` after each accepted change (from any client, MIDI, a preset
  or a snapshot) or `get`
- `{PREFIX}/ok <command> ...` after each command, `{PREFIX}/error <message>` on failure
- `{PREFIX}/heartbeat <running> <seconds since start>` once per second (both ints)
- `{PREFIX}/state/osc <malformed datagrams> <error replies> <refused: from hosts not allowed>
  <paced ms>` once per second, since start (paced: time the server waited because a sender went
  faster than {OSC_RATE:,} datagrams/s; the excess waits in the socket or is dropped)
- `{PREFIX}/event <name> ...` (started, stopped, MIDI learn, ...); numbers stay numbers
- `{PREFIX}/warning <level> <message>`: warnings and errors of the agent (a failed tick, a
  restarted worker)
- `{PREFIX}/schema <address> <types> <min> <max> <value> <help>` per address, then
  `{PREFIX}/schema_end <count>`; to a subscribed patch, its agent's only:
  `{PREFIX}/AGENT/schema <name> <types> <min> <max> <value> <help>` per parameter,
  `{PREFIX}/AGENT/command <name> <types> <help>` per command, then `{PREFIX}/AGENT/schema_end`
- a subscribed patch gets its agent's replies as `{PREFIX}/AGENT/param`, `/ok`, `/error`,
  `/state/...`, and errors and warnings as words (a message box shows them as written)
- state, `state_rate` times per second while playing:

{state}
- `{PREFIX}/state/source <track> <seconds>`: where the segment playing now comes from
"""


def generate(out: Path = PATCHES) -> list[Path]:
    """patches/: README.md, the Pd folder (pd/obbligato, ready for deken) and the Max package
    (max/obbligato)."""
    pd = out / "pd" / "obbligato"
    pd.mkdir(parents=True, exist_ok=True)
    written = [out / "README.md"]
    (out / "README.md").write_text(readme())
    for name, text in pdgen.files().items():
        (pd / name).write_text(text)
        written.append(pd / name)
    return written + maxgen.write(out / "max" / "obbligato")


if __name__ == "__main__":
    for f in generate(Path(sys.argv[1]) if len(sys.argv) > 1 else PATCHES):
        print(f"wrote {f}")
