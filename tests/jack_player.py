"""A JACK client (through PortAudio) that plays an audio file in a loop: the musician, in tests."""
import sys
import time

import numpy as np
import sounddevice as sd
import soundfile as sf

x, sr = sf.read(sys.argv[1], dtype="float32", always_2d=True)
seconds = float(sys.argv[2])
x = x.mean(axis=1)
pos = 0


def callback(outdata, frames, t, status):
    global pos
    idx = (pos + np.arange(frames)) % len(x)
    outdata[:, 0] = x[idx]
    pos += frames


with sd.OutputStream(channels=1, callback=callback, dtype="float32"):
    print("playing", flush=True)
    time.sleep(seconds)
