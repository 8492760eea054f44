"""obbligato: corpus curation (ingest, segmentation, vocabulary, store)."""
import os as _os

# torch and faiss each bring an OpenMP runtime; with the default (active) wait policy their idle
# threads spin against each other and a 1 ms model step takes 10 ms. Must precede their import.
_os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
