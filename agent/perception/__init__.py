"""Live listening: windows at the perception rate, one vector per input and encoder, the
silence gate and the guide label."""
