"""Engine: the tick engine (perceive -> decide -> choose -> render), rings, the audio host
(callback, worker, metrics), voices, recording, the offline clock and the installation."""
