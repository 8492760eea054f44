"""Vocabulary: k-means centroids (faiss) that turn perception vectors into labels.

Vectors are standardized with statistics of the fitting set first, so no descriptor dimension
dominates the distance; mean, scale and centroids travel together in one safetensors file.

Silence is not a cluster: a rest is a musical event, not a timbre. With a loudness gate
(`silence_db`), segments quieter than it get one reserved label, `rest` = K, outside the K
clusters, which are fitted on sounding segments only; the decision model can still decide a
rest, and the synthesizer plays it as silence."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np
from safetensors.numpy import load_file, save_file

from corpus.atomic import atomic_path

K_RANGE = (2, 1024)


@dataclass
class Vocabulary:
    centroids: np.ndarray  # (K, d) in standardized space
    mean: np.ndarray  # (d,)
    scale: np.ndarray  # (d,)
    encoder: dict  # EncoderSpec.to_dict() of the vectors it labels
    role: str = ""  # the role it was fitted on (informational)
    silence_db: float | None = None  # segments below this level (RMS dBFS) get the rest label

    def __post_init__(self) -> None:
        self._index: faiss.Index | None = None

    @property
    def k(self) -> int:
        return len(self.centroids)

    @property
    def rest(self) -> int | None:
        """The reserved label of silent segments (K), or None without a gate."""
        return None if self.silence_db is None else self.k

    @property
    def n_labels(self) -> int:
        """Labels a sequence can hold: the K clusters, and the rest label when gated."""
        return self.k + (self.silence_db is not None)

    @property
    def dim(self) -> int:
        return self.centroids.shape[1]

    @property
    def id(self) -> str:
        """Content hash: two vocabularies with the same id label identically."""
        h = hashlib.sha1()
        for a in (self.centroids, self.mean, self.scale):
            h.update(np.ascontiguousarray(a, np.float32).tobytes())
        if self.silence_db is not None:
            h.update(f"silence {self.silence_db:g}".encode())
        return h.hexdigest()[:12]

    def _standardize(self, x: np.ndarray) -> np.ndarray:
        return np.ascontiguousarray((np.asarray(x, np.float32) - self.mean) / self.scale, np.float32)

    def index(self) -> faiss.Index:
        if self._index is None:
            self._index = faiss.IndexFlatL2(self.dim)
            self._index.add(np.ascontiguousarray(self.centroids, np.float32))
        return self._index

    def assign(self, x: np.ndarray, levels_db: np.ndarray | list[float] | None = None
               ) -> np.ndarray:
        """Nearest-centroid label for each row of x; with a gate and the segments' levels
        (RMS dBFS), the rest label for those below it."""
        if x.ndim != 2 or x.shape[1] != self.dim:
            raise ValueError(f"vectors of shape {x.shape} do not fit a {self.dim}-d vocabulary")
        if len(x) == 0:
            return np.empty(0, np.int64)
        _, lab = self.index().search(self._standardize(x), 1)
        lab = lab[:, 0].astype(np.int64)
        if self.silence_db is not None:
            if levels_db is None:
                raise ValueError("this vocabulary gates silence: pass the segments' levels")
            lab[np.asarray(levels_db) < self.silence_db] = self.k
        return lab

    def neighbours(self) -> np.ndarray:
        """(K, K) labels sorted by centroid distance, self first: the fallback order for labels
        that a target corpus lacks."""
        _, order = self.index().search(np.ascontiguousarray(self.centroids, np.float32), self.k)
        return order.astype(np.int64)

    def save(self, path: Path) -> None:
        meta = {"encoder": json.dumps(self.encoder), "role": self.role}
        if self.silence_db is not None:
            meta["silence_db"] = repr(float(self.silence_db))
        with atomic_path(Path(path)) as tmp:
            save_file({"centroids": self.centroids, "mean": self.mean, "scale": self.scale},
                      str(tmp), metadata=meta)

    @classmethod
    def load(cls, path: Path) -> "Vocabulary":
        from safetensors import safe_open

        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"{path}: vocabulary file missing")
        try:
            t = load_file(str(path))
            with safe_open(str(path), "np") as f:
                meta = f.metadata() or {}
            gate = meta.get("silence_db")
            v = cls(t["centroids"], t["mean"], t["scale"], json.loads(meta.get("encoder", "{}")),
                    meta.get("role", ""), None if gate is None else float(gate))
        except Exception as e:  # garbage, truncated, or another kind of safetensors file
            what = str(e).splitlines()[0] if str(e) else type(e).__name__
            raise ValueError(f"{path}: not a vocabulary file ({what})") from None
        if v.centroids.ndim != 2 or not np.isfinite(v.centroids).all():
            raise ValueError(f"{path}: damaged vocabulary (centroids not a finite 2-D array)")
        return v


def fit(x: np.ndarray, k: int, encoder: dict, seed: int = 0, role: str = "",
        niter: int = 25, levels_db: np.ndarray | None = None,
        silence_db: float | None = None) -> Vocabulary:
    """faiss k-means on standardized vectors; deterministic for a seed. With a gate, only the
    sounding segments (level at or above `silence_db`) are clustered."""
    if not K_RANGE[0] <= k <= K_RANGE[1]:
        raise ValueError(f"vocabulary size K={k} outside {K_RANGE[0]}..{K_RANGE[1]}")
    x = np.asarray(x, np.float32)
    if silence_db is not None:
        if levels_db is None:
            raise ValueError("a silence gate needs the segments' levels")
        x = x[np.asarray(levels_db) >= silence_db]
    if len(x) < k:
        raise ValueError(f"K={k} needs at least {k} segments, the corpus has {len(x)}")
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    z = np.ascontiguousarray((x - mean) / scale, np.float32)
    km = faiss.Kmeans(z.shape[1], k, niter=niter, seed=seed, verbose=False,
                      max_points_per_centroid=100000, min_points_per_centroid=1)
    km.train(z)
    return Vocabulary(km.centroids.copy(), mean, scale, encoder, role, silence_db)
