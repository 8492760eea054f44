"""Control: the parameter registry, presets and snapshots, the command table, sessions and
the stage, OSC and MIDI."""
