"""MIDI control with mido: CC -> parameter (a TOML map, or MIDI learn over OSC) and MIDI clock
driving the grid (tick = `clock_beats` quarter notes at the incoming tempo).

Backends: rtmidi's ALSA API, or its JACK API where ALSA's sequencer is missing (containers);
set OBBLIGATO_MIDI_API=UNIX_JACK or LINUX_ALSA to choose."""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import tomllib

from agent.control.params import BY_NAME

log = logging.getLogger(__name__)
CLOCKS_PER_BEAT = 24


def backend():
    import mido

    apis = [os.environ["OBBLIGATO_MIDI_API"]] if os.environ.get("OBBLIGATO_MIDI_API") else \
        ["LINUX_ALSA", "UNIX_JACK", None]
    last = None
    for api in apis:
        try:
            b = mido.Backend(f"mido.backends.rtmidi/{api}" if api else "mido.backends.rtmidi",
                             load=True)
            b.get_input_names()
            return b
        except Exception as e:  # ALSA without /dev/snd/seq, JACK without a server, ...
            last = e
    raise OSError(f"no MIDI backend works here ({last})")


def list_inputs() -> list[str]:
    try:
        return backend().get_input_names()
    except OSError:
        return []


def load_map(path: Path | None) -> dict[int, str]:
    """TOML: a [cc] table of CC number = parameter name."""
    if path is None:
        return {}
    try:
        data = tomllib.loads(Path(path).read_text())
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ValueError(f"{path}: cannot read MIDI map ({e})") from None
    out = {}
    for cc, name in data.get("cc", {}).items():
        if not str(cc).isdigit() or not 0 <= int(cc) <= 127:
            raise ValueError(f"{path}: CC {cc!r} is not 0..127")
        if name not in BY_NAME:
            raise ValueError(f"{path}: CC {cc} maps to unknown parameter {name!r}")
        out[int(cc)] = name
    return out


class ClockFollower:
    """Tempo from MIDI clock: the mean interval of the last beat's worth of clocks."""

    def __init__(self):
        self.times: list[float] = []
        self.running = True

    def clock(self, t: float) -> float | None:
        """Feed one clock; returns the tempo (BPM) once a beat has been seen."""
        self.times.append(t)
        del self.times[: -(CLOCKS_PER_BEAT + 1)]
        if len(self.times) <= CLOCKS_PER_BEAT:
            return None
        per_clock = (self.times[-1] - self.times[0]) / CLOCKS_PER_BEAT
        return 60.0 / (per_clock * CLOCKS_PER_BEAT) if per_clock > 0 else None


class MidiControl:
    def __init__(self, session, port: str | None = None, map_file: Path | None = None):
        self.session = session
        self.map_file = map_file
        self.ccmap = load_map(map_file)
        self.learning: str | None = None
        self.clock = ClockFollower()
        self.clocks = 0
        self.bpm: float | None = None
        b = backend()
        if port:
            self.port = b.open_input(port, callback=self._on_message)
        else:
            self.port = b.open_input("obbligato", virtual=True, callback=self._on_message)
        self.port_name = self.port.name

    def close(self) -> None:
        self.port.close()

    def learn(self, name: str) -> None:
        if name not in BY_NAME:
            raise ValueError(f"unknown parameter {name!r}")
        self.learning = name

    def _on_message(self, msg) -> None:
        try:
            self.handle(msg, time.monotonic())
        except Exception as e:  # a bad controller message must not stop the performance
            log.warning("MIDI %s ignored: %s", msg, e)

    def handle(self, msg, t: float) -> None:
        if msg.type == "control_change":
            if self.learning is not None:
                self.ccmap[msg.control] = self.learning
                self.session.emit("midi_learned", cc=msg.control, param=self.learning)
                self.learning = None
            name = self.ccmap.get(msg.control)
            if name:
                self.session.set_param(name, BY_NAME[name].from_unit(msg.value / 127))
        elif msg.type == "clock":
            self.clocks += 1
            bpm = self.clock.clock(t)
            p = self.session.params
            if bpm and p.midi_clock and self.clocks % CLOCKS_PER_BEAT == 0:
                self.bpm = bpm
                dur = min(max(p.clock_beats * 60.0 / bpm, 0.05), 4.0)
                if abs(dur - (p.duration or 0)) > 0.01 * dur:
                    self.session.set_param("duration", round(dur, 4))
        elif msg.type in ("start", "stop", "continue"):
            self.clock = ClockFollower()
            self.session.emit(f"midi_{msg.type}")
