"""Perception: a batch of 16 kHz mono waveforms -> one vector per waveform.

Corpus segments and the live window heard at each tick go through the same `encode`, with the
same context (the segment alone), so the vocabulary is fitted on exactly the vectors it labels."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import scipy.fft

SR = 16000
BUNDLE = "encoder"  # a corpus or agent folder keeps its Wav2Vec 2.0 model here
ONNX = "model.onnx"  # ... and the ONNX graph of the layers it uses
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EncoderSpec:
    """What builds an encoder; stored in every corpus and agent folder."""

    kind: str = "descriptors"  # "descriptors", "pitch" or "wav2vec2"
    model: str = "facebook/wav2vec2-base"  # hub id or local folder (wav2vec2 only)
    layer: int = -1  # hidden layer to pool (wav2vec2 only); -1 is the last
    batch_size: int = 64

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "EncoderSpec":
        return cls(**{k: d[k] for k in cls.__dataclass_fields__ if k in d})

    @property
    def space(self) -> tuple:
        """What the vectors depend on (not the batch size): equal spaces share vectors."""
        return (self.kind, self.model if self.kind == "wav2vec2" else "", self.layer)

    def same_space(self, other: "EncoderSpec") -> bool:
        """Whether vectors of both specs can share a vocabulary."""
        return self.space == other.space


class Encoder(Protocol):
    spec: EncoderSpec
    dim: int
    runtime: str  # what computes it: "numpy", "torch" or "onnx"

    def encode(self, waves: list[np.ndarray]) -> np.ndarray: ...


def _by_length(waves: list[np.ndarray]) -> dict[int, list[int]]:
    groups: dict[int, list[int]] = {}
    for i, w in enumerate(waves):
        groups.setdefault(len(w), []).append(i)
    return groups


class _SpectralEncoder:
    """Short-time power spectra of equal-length waveforms, in batches; subclasses say what they
    keep of them. No weights, hundreds of times real time."""

    runtime = "numpy"
    N_FFT = 1024
    HOP = 256

    def __init__(self, spec: EncoderSpec, dim: int):
        self.spec = spec
        self.dim = dim
        self._window = np.hanning(self.N_FFT).astype(np.float32)

    def _frames(self, x: np.ndarray) -> np.ndarray:
        """(batch, n) -> power spectra (batch, frames, bins); short inputs are zero-padded."""
        n = x.shape[1]
        if n < self.N_FFT:
            x = np.pad(x, ((0, 0), (0, self.N_FFT - n)))
            n = self.N_FFT
        n_frames = 1 + (n - self.N_FFT) // self.HOP
        idx = np.arange(self.N_FFT)[None, :] + self.HOP * np.arange(n_frames)[:, None]
        spec = scipy.fft.rfft(x[:, idx] * self._window, axis=-1)  # float32 in, complex64 out
        return spec.real**2 + spec.imag**2

    @staticmethod
    def _pitch_classes(power: np.ndarray, chroma_filter: np.ndarray) -> np.ndarray:
        """(batch, 12) mean of per-frame chroma that sums to 1: the pitch-class profile."""
        chroma = power @ chroma_filter.T
        return (chroma / (chroma.sum(axis=-1, keepdims=True) + 1e-10)).mean(axis=1)

    @staticmethod
    def _loudness(x: np.ndarray) -> np.ndarray:
        """(batch, 1) log10 RMS."""
        return np.log10(np.sqrt(np.mean(x**2, axis=1) + 1e-12))[:, None]

    def _encode_equal(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def encode(self, waves: list[np.ndarray]) -> np.ndarray:
        out = np.empty((len(waves), self.dim), np.float32)
        for _, idx in _by_length(waves).items():
            out[idx] = self._encode_equal(np.stack([waves[i] for i in idx]).astype(np.float32))
        return out


class DescriptorEncoder(_SpectralEncoder):
    """Log-mel band means, chroma, loudness and spectral flux."""

    N_MELS = 40

    def __init__(self, spec: EncoderSpec = EncoderSpec()):
        import librosa

        super().__init__(spec, self.N_MELS + 12 + 2)
        self._mel = librosa.filters.mel(sr=SR, n_fft=self.N_FFT, n_mels=self.N_MELS).astype(np.float32)
        self._chroma = librosa.filters.chroma(sr=SR, n_fft=self.N_FFT).astype(np.float32)

    def _encode_equal(self, x: np.ndarray) -> np.ndarray:
        power = self._frames(x)
        mel = np.log10(power @ self._mel.T + 1e-10).mean(axis=1)  # (batch, n_mels)
        chroma = self._pitch_classes(power, self._chroma)
        loud = self._loudness(x)
        flux = np.log10(np.abs(np.diff(power.sum(-1), axis=1)).mean(axis=1) + 1e-10)[:, None] \
            if power.shape[1] > 1 else np.zeros_like(loud)
        return np.concatenate([mel, 4.0 * chroma, loud, 0.25 * flux], axis=1)


class PitchEncoder(_SpectralEncoder):
    """Pitch class first: a 12-bin chroma profile from long (256 ms) frames, which resolve a
    bass's low notes, plus register (log spectral centroid) and loudness. After the vocabulary's
    standardization chroma is 12 of 14 dimensions, so clusters are mostly notes, the thing a
    part under a melody answers with (the descriptors' clusters are mostly the mel bands)."""

    N_FFT = 4096
    HOP = 1024

    def __init__(self, spec: EncoderSpec = EncoderSpec(kind="pitch")):
        import librosa

        super().__init__(spec, 12 + 2)
        # Every octave weighted alike: a bass's fundamental counts as much as a soprano's.
        self._chroma = librosa.filters.chroma(sr=SR, n_fft=self.N_FFT,
                                              octwidth=None).astype(np.float32)
        self._freqs = np.fft.rfftfreq(self.N_FFT, 1 / SR).astype(np.float32)

    def _encode_equal(self, x: np.ndarray) -> np.ndarray:
        power = self._frames(x)
        total = power.sum(axis=(1, 2)) + 1e-10
        centroid = np.log2((power.sum(axis=1) @ self._freqs) / total + 1.0)[:, None]
        return np.concatenate([self._pitch_classes(power, self._chroma), centroid,
                               self._loudness(x)], axis=1)


RUNTIME_ENV = "OBBLIGATO_ENCODER_RUNTIME"  # auto (default), onnx or torch
THREADS_ENV = "OBBLIGATO_ENCODER_THREADS"


def torch_device() -> str:
    """CUDA, else Apple's MPS (untested here: no Apple machine), else the CPU."""
    import torch

    if torch.cuda.is_available():
        return "cuda"
    mps = getattr(torch.backends, "mps", None)
    return "mps" if mps is not None and mps.is_available() else "cpu"


def _normalized(x: np.ndarray, min_samples: int) -> np.ndarray:
    """Zero-padded to one receptive field, zero mean and unit variance per waveform (what
    Wav2Vec2FeatureExtractor does): the same input for both runtimes."""
    if x.shape[1] < min_samples:
        x = np.pad(x, ((0, 0), (0, min_samples - x.shape[1])))
    return (x - x.mean(1, keepdims=True)) / np.sqrt(x.var(1, keepdims=True) + 1e-7)


class _Batched:
    """Equal-length waveforms in batches through `_forward`, whatever runs it."""

    MIN_SAMPLES = 400  # the conv front end needs at least one 25 ms receptive field
    spec: EncoderSpec
    dim: int

    def _forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def encode(self, waves: list[np.ndarray]) -> np.ndarray:
        out = np.empty((len(waves), self.dim), np.float32)
        for _, idx in _by_length(waves).items():
            for b in range(0, len(idx), self.spec.batch_size):
                chunk = idx[b : b + self.spec.batch_size]
                x = np.stack([waves[i] for i in chunk]).astype(np.float32)
                out[chunk] = self._forward(_normalized(x, self.MIN_SAMPLES))
        return out


class Wav2Vec2Encoder(_Batched):
    """Wav2Vec 2.0 through `transformers`: a hub id or a local `save_pretrained` folder; the chosen
    hidden layer is mean-pooled over the frames of each waveform. The reference path, and the one
    used on a GPU."""

    runtime = "torch"

    def __init__(self, spec: EncoderSpec, local: Path | None = None, device: str | None = None):
        import torch
        from transformers import Wav2Vec2Model

        self.spec = spec
        self._torch = torch
        try:
            self.model = Wav2Vec2Model.from_pretrained(str(local or spec.model)).eval()
        except OSError as e:
            first = str(e).splitlines()[0]
            raise OSError(
                f"cannot load Wav2Vec 2.0 model {spec.model!r}: {first} "
                "(give a local folder, or go online once so the hub can cache it)") from None
        self.device = device or torch_device()
        self.model.to(self.device)
        n_layers = self.model.config.num_hidden_layers
        if not -n_layers - 1 <= spec.layer <= n_layers:
            raise ValueError(f"--layer {spec.layer} out of range for {spec.model} ({n_layers} layers)")
        self.dim = int(self.model.config.hidden_size)
        # Compute only what is used: the layers after the chosen one are dropped, never run.
        # (A stable-layer-norm model normalizes its last output, so a cut one would differ: it
        # keeps every layer and reads the hidden state.)
        self.layer = spec.layer % (n_layers + 1)
        self.cut = self.layer == n_layers or not self.model.config.do_stable_layer_norm
        if self.cut and self.layer < n_layers:
            self.model.encoder.layers = self.model.encoder.layers[: self.layer]
            self.model.config.num_hidden_layers = self.layer

    def pooled(self, x):  # torch (batch, samples) normalized -> (batch, dim)
        r = self.model(x, output_hidden_states=not self.cut)
        h = r.last_hidden_state if self.cut else r.hidden_states[self.layer]
        return h.mean(dim=1)

    def _forward(self, x: np.ndarray) -> np.ndarray:
        with self._torch.inference_mode():
            return self.pooled(self._torch.from_numpy(x).to(self.device)).float().cpu().numpy()

    def export_onnx(self, path: Path) -> None:
        """The cut model and its pooling as one ONNX graph (any batch, any length), for
        ONNX Runtime on CPUs."""
        import torch

        enc = self

        class Pooled(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.model = enc.model  # registered, so its weights are exported

            def forward(self, x):
                return enc.pooled(x)

        x = torch.zeros(2, 8000)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer notes about Python booleans that are constant
            torch.onnx.export(Pooled().cpu().eval(), (x,), str(path), input_names=["wave"],
                              output_names=["vector"], opset_version=17, dynamo=False,
                              dynamic_axes={"wave": {0: "batch", 1: "samples"},
                                            "vector": {0: "batch"}})
        self.model.to(self.device)


def live_threads() -> int:
    """ONNX Runtime's threads: measured on 2 cores (`make bench`), two threads that sleep
    rather than spin when idle beat one both on an idle machine (52 against 94 ms per 0.5 s
    window) and beside a CPU-bound process (p99 114 against 188 ms, where spinning threads give
    144 ms). Capped at 4: one 0.5 s window is too little work to share wider (not measured on
    more than 2 cores). The environment variable overrides it."""
    return int(os.environ.get(THREADS_ENV) or max(1, min(4, os.cpu_count() or 1)))


class OnnxWav2Vec2Encoder(_Batched):
    """The same graph through ONNX Runtime, exported when the corpus was built: 1.8x the
    `transformers` forward for one window on 2 cores, no torch model in memory."""

    runtime = "onnx"

    def __init__(self, spec: EncoderSpec, model: Path, dim: int):
        import onnxruntime as ort

        self.spec = spec
        self.dim = dim
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = live_threads()
        opts.inter_op_num_threads = 1
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.log_severity_level = 3
        self.session = ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])

    def _forward(self, x: np.ndarray) -> np.ndarray:
        return self.session.run(None, {"wave": np.ascontiguousarray(x, np.float32)})[0]


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def bundled(folder: Path | None) -> Path | None:
    """The model a corpus or agent folder carries, checked against its recorded checksums;
    None when it carries none."""
    if folder is None or not (Path(folder) / BUNDLE / "checksum.json").is_file():
        return None
    d = Path(folder) / BUNDLE
    record = json.loads((d / "checksum.json").read_text())
    for name, want in (("model.safetensors", record.get("sha256")),
                       (ONNX, record.get("onnx", {}).get("sha256"))):
        if name == ONNX and want is None:
            continue  # bundled before the ONNX Runtime path: the PyTorch path plays it
        if not (d / name).is_file() or _sha256(d / name) != want:
            raise ValueError(f"{d / name}: does not match the checksum recorded when the folder "
                             "was built (damaged or replaced); copy the folder again")
    return d


def bundle(spec: EncoderSpec, folder: Path, source: Path | None = None) -> None:
    """Keep a copy of the Wav2Vec 2.0 model in `folder` (its save_pretrained files, the ONNX
    graph of the layers used, and their checksums), so the folder builds, renders and plays with
    no hub and no cache: copied from `source`'s bundle when it has one (an agent from its
    corpus), else loaded from the spec and exported once."""
    if spec.kind != "wav2vec2" or (Path(folder) / BUNDLE / "checksum.json").is_file():
        return  # kept already (make_encoder checks it when it loads it)
    d = Path(folder) / BUNDLE
    tmp = Path(folder) / f".{BUNDLE}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    src = bundled(source)
    if src is not None:
        shutil.copytree(src, tmp)
    else:
        from transformers import Wav2Vec2Model

        Wav2Vec2Model.from_pretrained(spec.model).save_pretrained(tmp, safe_serialization=True)
        record: dict = {"model": spec.model, "sha256": _sha256(tmp / "model.safetensors")}
        enc = Wav2Vec2Encoder(spec, tmp, device="cpu")
        try:
            enc.export_onnx(tmp / ONNX)
            record["onnx"] = {"sha256": _sha256(tmp / ONNX), "layer": spec.layer, "dim": enc.dim}
        except Exception as e:  # an architecture the exporter cannot trace: PyTorch plays it
            (tmp / ONNX).unlink(missing_ok=True)
            log.warning("%s: no ONNX export (%s); the PyTorch path will be used",
                        spec.model, str(e).splitlines()[0] if str(e) else type(e).__name__)
        (tmp / "checksum.json").write_text(json.dumps(record))
    shutil.rmtree(d, ignore_errors=True)
    os.replace(tmp, d)


def make_encoder(spec: EncoderSpec, folder: Path | None = None,
                 runtime: str | None = None) -> Encoder:
    """The encoder of a spec; a Wav2Vec 2.0 model comes from `folder`'s bundled copy when the
    (corpus or agent) folder has one, else from the hub id or folder the spec names. Runtime
    "auto" (or $OBBLIGATO_ENCODER_RUNTIME): ONNX Runtime on a CPU when the bundle has the
    graph, PyTorch on a GPU (CUDA, MPS) or without a graph; "torch" is the reference path."""
    if spec.kind == "descriptors":
        return DescriptorEncoder(spec)
    if spec.kind == "pitch":
        return PitchEncoder(spec)
    if spec.kind != "wav2vec2":
        raise ValueError(f"unknown encoder {spec.kind!r} (use 'descriptors', 'pitch' or "
                         "'wav2vec2')")
    runtime = runtime or os.environ.get(RUNTIME_ENV) or "auto"
    if runtime not in ("auto", "onnx", "torch"):
        raise ValueError(f"{RUNTIME_ENV}={runtime!r}: use auto, onnx or torch")
    local = bundled(folder)
    graph = None if local is None else json.loads((local / "checksum.json").read_text()).get("onnx")
    if runtime == "onnx" and graph is None:
        raise ValueError(f"{folder}: carries no ONNX graph of its Wav2Vec 2.0 model (built before "
                         "ONNX Runtime was used, or exported from elsewhere); rebuild it, or use "
                         f"{RUNTIME_ENV}=torch")
    if graph is not None and (runtime == "onnx" or (runtime == "auto" and torch_device() == "cpu")):
        assert local is not None
        return OnnxWav2Vec2Encoder(spec, local / ONNX, int(graph["dim"]))
    return Wav2Vec2Encoder(spec, local)


def spec_from_arg(arg: str, layer: int = -1) -> EncoderSpec:
    """CLI form: 'descriptors', 'pitch', or a Wav2Vec 2.0 hub id / local folder."""
    if arg in ("descriptors", "pitch"):
        return EncoderSpec(kind=arg)
    if arg in ("wav2vec2", "w2v"):
        arg = EncoderSpec.model
    if os.path.isdir(arg):
        arg = os.path.abspath(arg)
    return EncoderSpec(kind="wav2vec2", model=arg, layer=layer)
