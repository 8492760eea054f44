"""Build: walk a folder of stems and fill a corpus store, resumably.

A song is committed track by track; a rebuild skips tracks already stored (no re-embedding) and
the vocabulary is fitted once all tracks are in, so an interrupted-then-resumed build equals an
uninterrupted one."""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from tqdm import tqdm

from corpus import vocabulary
from corpus.encoders import EncoderSpec, bundle, make_encoder
from corpus.ingest import AUDIO_EXTENSIONS, Audio, IngestConfig, IngestError, load_audio, to_mono16k
from corpus.keys import shift_of
from corpus.segment import SegmentConfig, cut, song_boundaries
from corpus.store import CorpusStore, SegmentTable, StoreError, TrackData, check_song_name

DEFAULT_PATTERN = r"(?P<song>[^/]+)/(?P<role>[^/]+)"


@dataclass
class BuildConfig:
    encoder: EncoderSpec = field(default_factory=EncoderSpec)
    segment: SegmentConfig = field(default_factory=SegmentConfig)
    k: int = 64  # vocabulary size per role
    seed: int = 0
    pattern: str = DEFAULT_PATTERN  # regex on the path (no extension) -> song and role
    test_fraction: float = 0.2  # held-out songs when the folder has no splits.json
    silence_db: float | None = -60.0  # segments below this RMS level get the rest label

    def store_config(self) -> dict:
        return {"encoder": self.encoder.to_dict(), "segment": asdict(self.segment),
                "silence_db": self.silence_db}


@dataclass
class BuildReport:
    added: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    vocabularies: dict[str, str] = field(default_factory=dict)


def discover(src: Path, pattern: str) -> dict[str, dict[str, Path]]:
    """{song: {role: file}} from the files under `src` matched by `pattern`."""
    rx = re.compile(pattern)
    songs: dict[str, dict[str, Path]] = {}
    for f in sorted(src.rglob("*")):
        if f.suffix.lower() not in AUDIO_EXTENSIONS or not f.is_file():
            continue
        m = rx.fullmatch(f.relative_to(src).with_suffix("").as_posix())
        if m:
            songs.setdefault(m["song"], {})[m["role"].lower()] = f
    return songs


def split_of(song: str, splits: dict[str, str], test_fraction: float) -> str:
    """Fixed split: from splits.json if listed, else a stable hash of the name."""
    if song in splits:
        return splits[song]
    h = int(hashlib.sha1(song.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if h < test_fraction else "train"


def rms_db(segs: list[np.ndarray]) -> np.ndarray:
    return np.array([10 * np.log10(np.mean(s.astype(np.float64) ** 2) + 1e-12) for s in segs])


def analyse_song(audios: dict[str, Audio], cfg: BuildConfig, encoder,
                 bounds: np.ndarray | None = None) -> list[TrackData]:
    """Cut every track of one song on the same grid (`bounds`, or one computed from the mix of
    the tracks) and perceive each segment."""
    mono = {r: to_mono16k(a.native, a.sr) for r, a in audios.items()}
    total = min(a.duration for a in audios.values())
    if bounds is None:
        n = min(len(m) for m in mono.values())
        mix = np.sum([m[:n] for m in mono.values()], axis=0)
        bounds = song_boundaries(mix, total, cfg.segment)
    bounds = bounds[bounds[:, 1] <= total + 1e-9]
    out = []
    for role, a in audios.items():
        segs16 = cut(mono[role], 16000, bounds)
        out.append(TrackData(role=role, source=str(a.path), native=a.native, sr=a.sr,
                             mono16k=mono[role], bounds=bounds, embeddings=encoder.encode(segs16),
                             rms_db=rms_db(segs16)))
    return out


def add_song(store: CorpusStore, song: str, split: str, files: dict[str, Path],
             cfg: BuildConfig, encoder, report: BuildReport) -> None:
    try:  # a name the store refuses costs this song only, and before its audio is analysed
        check_song_name(song, str(next(iter(files.values()))))
    except StoreError as e:
        report.errors.append(str(e))
        return
    todo = {}
    for role, f in files.items():
        source = store.track_source(song, role)
        if source is None:
            todo[role] = f
        elif Path(source).resolve() == Path(f).resolve():  # resuming: stored already
            report.skipped += 1
        else:
            report.errors.append(f"{f}: {song}/{role} is already in the corpus (from {source}); "
                                 "not added (remove the song first, or use another song name)")
    if not todo:
        return
    audios = {}
    for role, f in todo.items():
        try:
            audios[role] = load_audio(f, IngestConfig(min_duration=cfg.segment.duration))
        except IngestError as e:
            report.errors.append(str(e))
    if not audios:
        return
    for t in analyse_song(audios, cfg, encoder, store.song_bounds(song)):
        try:
            stored = store.add_track(song, split, t) >= 0
        except StoreError as e:  # another run added this role meanwhile, from other audio
            report.errors.append(str(e))
            continue
        report.added += stored
        report.skipped += not stored


@dataclass
class RoleVectors:
    """Every segment's vector and row, its track's role, and whether vocabularies are fitted on
    it (`fitted`: its song is in the keys of the held-out songs, `fitting_keys`)."""
    emb: np.ndarray
    seg: SegmentTable
    role: np.ndarray
    fitted: np.ndarray

    def fits(self, role: str) -> np.ndarray:
        """The rows a vocabulary of `role` is fitted on."""
        return (self.role == role) & self.fitted


def fitting_keys(store: CorpusStore) -> set[int] | None:
    """The keys (`NAME_t+2` shifts) of the held-out songs, or None when there are none. Copies
    in other keys, added for training only (augmentation), are labelled by the vocabulary but
    do not move its clusters: the labels, and what they let a count table or a model predict,
    mean the same with or without the copies."""
    held = store.songs("test")
    return {shift_of(name) for _, name, _ in held} if held else None


def vectors_by_role(store: CorpusStore) -> RoleVectors:
    """What vocabularies are fitted on: every segment, its role, and the rows in the keys of the
    held-out songs."""
    _, emb = store.embeddings()
    seg = store.segments()
    keys = fitting_keys(store)
    tracks = {t["id"]: (t["role"], keys is None or shift_of(t["song"]) in keys)
              for t in store.tracks()}  # once per track, not per segment
    return RoleVectors(emb, seg, np.array([tracks[t][0] for t in seg.track_id]),
                       np.array([tracks[t][1] for t in seg.track_id], dtype=bool))


def fit_role(store: CorpusStore, vectors: RoleVectors, role: str, k: int, seed: int) -> str:
    """Fit and save one role's vocabulary of K clusters on `vectors.fits(role)`; its id."""
    mine = vectors.fits(role)
    v = vocabulary.fit(vectors.emb[mine], k, store.encoder, seed=seed, role=role,
                       levels_db=vectors.seg.rms_db[mine], silence_db=store.silence_db)
    return store.save_vocabulary(v, role)


def role_vocabulary(store: CorpusStore, role: str, k: int, seed: int) -> str:
    """The id of `role`'s vocabulary of K = k, fitted (and every segment labelled) when the
    corpus has none: a second `make demo` reuses it."""
    have = [v for v, n in store.vocabularies(role) if n == k]
    return have[0] if have else fit_role(store, vectors_by_role(store), role, k, seed)


def fit_vocabularies(store: CorpusStore, k: int, seed: int, refit: bool = False,
                     roles: list[str] | None = None) -> dict[str, str]:
    """One vocabulary per role (of `roles`, default all), fitted on that role's segment
    vectors. A role that already has one keeps it (labels stay stable for trained agents)
    unless `refit`."""
    out: dict[str, str] = {}
    vectors = vectors_by_role(store)
    have_roles = store.roles()
    for role in roles or have_roles:
        if role not in have_roles:
            raise ValueError(f"{store.root}: corpus has no role {role!r} (roles: "
                             f"{', '.join(have_roles)})")
        have = store.vocab_id(role)
        out[role] = have if have and not refit else fit_role(store, vectors, role, k, seed)
    store.label_new_segments()
    return out


def build(src: Path, dst: Path, cfg: BuildConfig, progress: bool = True) -> BuildReport:
    src, dst = Path(src), Path(dst)
    if not src.is_dir():
        raise FileNotFoundError(f"{src}: no such folder")
    songs = discover(src, cfg.pattern)
    if not songs:
        raise ValueError(f"{src}: no audio files match the pattern {cfg.pattern!r}")
    splits_file = src / "splits.json"
    splits = json.loads(splits_file.read_text()) if splits_file.is_file() else {}
    report = BuildReport()
    report.errors += [f"{f}: dangling symlink (to {os.readlink(f)}); skipped"
                      for f in sorted(src.rglob("*")) if f.is_symlink() and not f.exists()]
    encoder = None
    with CorpusStore(dst, create=True, config=cfg.store_config()) as store:
        for song, files in tqdm(songs.items(), desc="build", unit="song", disable=not progress,
                                file=sys.stderr):
            if all(store.has_track(song, r) for r in files):
                report.skipped += len(files)
                continue
            if encoder is None:
                bundle(cfg.encoder, dst)
                encoder = make_encoder(cfg.encoder, dst)
            add_song(store, song, split_of(song, splits, cfg.test_fraction), files, cfg,
                     encoder, report)
        if store.roles():
            report.vocabularies = fit_vocabularies(store, cfg.k, cfg.seed)
            store.write_index()
    return report


def add_files(dst: Path, files: list[Path], song: str, roles: list[str], split: str = "train",
              progress: bool = True) -> BuildReport:
    """Add files as tracks of one song to an existing corpus, labelled with its vocabularies."""
    report = BuildReport()
    with CorpusStore(dst) as store:
        cfg = BuildConfig(encoder=EncoderSpec.from_dict(store.encoder),
                          segment=SegmentConfig(**store.config["segment"]))
        encoder = make_encoder(cfg.encoder, dst)
        add_song(store, song, split, dict(zip(roles, files)), cfg, encoder, report)
        if report.added:
            store.label_new_segments()
            store.write_index()
    return report
