"""MIDI CC, learn and clock reach parameters."""
from __future__ import annotations

import os
import time

import mido
import pytest

from agent.control.midi import ClockFollower, MidiControl, load_map
from agent.control.stage import AgentControl

from conftest import needs


class FakePort:
    name = "test"


def midi_for(session: AgentControl, ccmap: dict[int, str]) -> MidiControl:
    m = MidiControl.__new__(MidiControl)  # no port: messages are fed straight to `handle`
    m.session, m.ccmap, m.learning, m.clock, m.clocks, m.bpm = session, ccmap, None, \
        ClockFollower(), 0, None
    m.port = FakePort()
    return m


def test_cc_map_learn_and_clock(tmp_path):
    f = tmp_path / "map.toml"
    f.write_text('[cc]\n21 = "top_p"\n22 = "mute"\n')
    s = AgentControl()
    m = midi_for(s, load_map(f))
    m.handle(mido.Message("control_change", control=21, value=127), 0)
    m.handle(mido.Message("control_change", control=22, value=100), 0)
    assert s.params.top_p == 1.0 and s.params.mute is True
    m.learn("temperature")
    m.handle(mido.Message("control_change", control=40, value=0), 0)
    m.handle(mido.Message("control_change", control=40, value=127), 0)
    assert m.ccmap[40] == "temperature" and s.params.temperature == 3.0
    s.set_param("midi_clock", 1)
    s.set_param("clock_beats", 1)
    for i in range(24 * 3):  # 120 BPM: 24 clocks per 0.5 s beat
        m.handle(mido.Message("clock"), i * 0.5 / 24)
    assert s.params.duration == pytest.approx(0.5, rel=0.01)
    bad = tmp_path / "bad.toml"
    bad.write_text('[cc]\n21 = "volume_knob"\n')
    with pytest.raises(ValueError, match="unknown parameter 'volume_knob'"):
        load_map(bad)


@needs("jackd", "jack_connect", "jack_lsp")
@pytest.mark.jack
def test_real_jack_midi_port_moves_a_parameter():
    from livekit import Jack

    jack = Jack(f"obbmidi{os.getpid()}")
    os.environ["JACK_DEFAULT_SERVER"] = jack.name
    os.environ["OBBLIGATO_MIDI_API"] = "UNIX_JACK"
    try:
        s = AgentControl()
        m = MidiControl(s, None, None)
        m.ccmap[7] = "gain"
        b = mido.Backend("mido.backends.rtmidi/UNIX_JACK")
        out = b.open_output("ctl", virtual=True)
        time.sleep(0.5)
        src = next(p for p in jack.ports() if "ctl" in p)
        dst = next(p for p in jack.ports() if "obbligato" in p)
        jack.connect(src, dst)
        time.sleep(0.3)
        out.send(mido.Message("control_change", control=7, value=127))
        for _ in range(50):
            if s.params.gain == 12.0:
                break
            time.sleep(0.05)
        assert s.params.gain == 12.0
        out.close()
        m.close()
    finally:
        os.environ.pop("OBBLIGATO_MIDI_API")
        os.environ.pop("JACK_DEFAULT_SERVER")
        jack.stop()
