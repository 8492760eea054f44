"""A JACK client (through PortAudio) that plays an audio file in a loop: the musician, in tests.
Its callback only copies from a preallocated buffer, like the agent's."""
import sys
import time

import numpy as np
import sounddevice as sd
import soundfile as sf

x, sr = sf.read(sys.argv[1], dtype="float32", always_2d=True)
seconds = float(sys.argv[2])
loop = np.tile(x.mean(axis=1), 2)[:, None].copy()  # twice: any block fits without wrapping
n = len(x)
pos = 0


def callback(outdata, frames, t, status):
    global pos
    outdata[:] = loop[pos : pos + frames]
    pos = (pos + frames) % n


with sd.OutputStream(channels=1, callback=callback, dtype="float32", blocksize=256):
    print("playing", flush=True)
    time.sleep(seconds)
