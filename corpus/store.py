"""Store: one folder per corpus.

    corpus.db        SQLite (WAL): songs, tracks and roles, segments, labels per vocabulary, tags,
                     feedback
    config.json      the settings that built it (encoder, grid); reopening checks them
    audio/KEY.wav    native-rate audio of each track (synthesis)
    audio16k/KEY.npy 16 kHz mono copy (perception)
    emb/KEY.npy      one perception vector per segment
    live/KEY/N.npz   a recording in progress: segment N's audio, 16 kHz copy and vector, each
                     written before the row that counts it commits (joined into the files above
                     when the recording stops, or by the next recording after a crash)
    vocab/ID.safetensors  vocabularies that have labelled this corpus
    segments.faiss   faiss index of all segment vectors, ids = segment ids

Files are written atomically before the transaction that references them commits, so a crash
leaves the last committed state readable, and a resumed build rewrites any orphan file."""
from __future__ import annotations

import hashlib
import json
import logging
import random
import shutil
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import faiss
import numpy as np
import soundfile as sf

from corpus.atomic import atomic_path, clean_stale, write_text
from corpus.vocabulary import Vocabulary

# Native audio is stored as 24-bit PCM: a quarter smaller than float32 and still 144 dB of
# range, far below any recording's noise floor.
AUDIO_SUBTYPE = "PCM_24"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS songs (
    id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, split TEXT NOT NULL DEFAULT 'train');
CREATE TABLE IF NOT EXISTS tracks (
    id INTEGER PRIMARY KEY, song_id INTEGER NOT NULL REFERENCES songs(id) ON DELETE CASCADE,
    role TEXT NOT NULL, key TEXT UNIQUE NOT NULL, source TEXT NOT NULL, sr INTEGER NOT NULL,
    channels INTEGER NOT NULL, frames INTEGER NOT NULL, sha1 TEXT NOT NULL,
    loudness REAL, gain_db REAL NOT NULL DEFAULT 0, UNIQUE(song_id, role));
CREATE TABLE IF NOT EXISTS segments (
    id INTEGER PRIMARY KEY, track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL, start REAL NOT NULL, end REAL NOT NULL, rms_db REAL NOT NULL,
    loudness REAL, gain_db REAL NOT NULL DEFAULT 0, UNIQUE(track_id, idx));
CREATE TABLE IF NOT EXISTS vocabularies (
    id TEXT PRIMARY KEY, k INTEGER NOT NULL, role TEXT NOT NULL, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS labels (
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    vocab_id TEXT NOT NULL REFERENCES vocabularies(id) ON DELETE CASCADE,
    label INTEGER NOT NULL, PRIMARY KEY (segment_id, vocab_id));
CREATE TABLE IF NOT EXISTS tags (
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE, tag TEXT NOT NULL,
    PRIMARY KEY (track_id, tag));
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY, segment_id INTEGER REFERENCES segments(id) ON DELETE CASCADE,
    vocab_id TEXT, label INTEGER, verdict TEXT NOT NULL CHECK (verdict IN ('like','dislike','ban')),
    who TEXT NOT NULL DEFAULT '', at TEXT NOT NULL DEFAULT (datetime('now')),
    note TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS segments_track ON segments(track_id);
CREATE INDEX IF NOT EXISTS labels_vocab ON labels(vocab_id, label);
"""


log = logging.getLogger(__name__)

class StoreError(ValueError):
    """A corpus folder that is missing, damaged or built with other settings."""


def check_song_name(song: str, source: str) -> None:
    """Song names are printed one per line and used in paths: no control characters."""
    if not song.strip() or len(song) > 200 or any(ord(c) < 32 or ord(c) == 127 for c in song):
        raise StoreError(f"{source}: song name {song!r} is empty, too long or holds control "
                         "characters (a newline, a tab); rename it")


def _read_config(path: Path) -> dict:
    """A corpus's config.json, checked: one line naming the file when it is damaged."""
    try:
        cfg = json.loads(path.read_text())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise StoreError(f"{path}: not valid JSON ({e})") from None
    ok = (isinstance(cfg, dict) and isinstance(cfg.get("encoder"), dict)
          and isinstance(cfg.get("segment"), dict)
          and isinstance(cfg["segment"].get("duration"), (int, float))
          and not isinstance(cfg["segment"].get("duration"), bool)
          and (cfg.get("silence_db") is None or isinstance(cfg["silence_db"], (int, float))))
    if not ok:
        raise StoreError(f"{path}: not a corpus config (expected encoder and segment objects, a "
                         "numeric segment duration and silence_db)")
    return cfg


@dataclass
class TrackData:
    """What ingest, segmentation and perception produced for one track, ready to commit."""

    role: str
    source: str
    native: np.ndarray  # (frames, channels) at sr
    sr: int
    mono16k: np.ndarray
    bounds: np.ndarray  # (n, 2) seconds
    embeddings: np.ndarray  # (n, d)
    rms_db: np.ndarray  # (n,)


@dataclass(frozen=True)
class SegmentTable:
    """All segments of a selection as flat arrays (row order = segment id order)."""

    id: np.ndarray
    track_id: np.ndarray
    idx: np.ndarray
    start: np.ndarray
    end: np.ndarray
    rms_db: np.ndarray
    gain_db: np.ndarray  # track gain + segment gain from normalization

    def __len__(self) -> int:
        return len(self.id)


def track_key(song: str, role: str) -> str:
    return hashlib.sha1(f"{song}\0{role}".encode()).hexdigest()[:16]


BUSY_S = 30.0  # how long opening waits for another process that holds the database


def _open(db: Path) -> sqlite3.Connection:
    """Connect, switch to WAL and check the database. Two processes opening one new corpus at
    once can see "database is locked" even with a busy timeout (switching the journal mode does
    not always wait): that is contention, not damage, so opening tries again for BUSY_S."""
    deadline = time.monotonic() + BUSY_S
    while True:
        conn = sqlite3.connect(str(db), timeout=BUSY_S, isolation_level=None,
                               check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(check)
            conn.executescript(SCHEMA)
            return conn
        except sqlite3.OperationalError as e:
            conn.close()
            if "locked" not in str(e) and "busy" not in str(e):
                raise
            if time.monotonic() > deadline:
                raise StoreError(f"{db}: busy, another process has held it for {BUSY_S:g} s; "
                                 "try again when it is done") from None
            time.sleep(0.05 + 0.05 * random.random())  # apart from the other process
        except BaseException:
            conn.close()
            raise


class CorpusStore:
    def __init__(self, root: Path, create: bool = False, config: dict | None = None):
        self.root = Path(root)
        db = self.root / "corpus.db"
        if not create and not db.is_file():
            raise StoreError(f"{self.root}: not a corpus (no corpus.db); build one with "
                             "`obbligato corpus build`")
        if db.is_file() and db.stat().st_size == 0 and (self.root / "config.json").is_file():
            # A built corpus whose database is empty lost it (a disk or copy failure): never
            # recreate it silently as an empty corpus.
            raise StoreError(f"{db}: empty file (0 bytes); the corpus database is lost, restore "
                             "it from a copy or rebuild the corpus")
        self.root.mkdir(parents=True, exist_ok=True)
        try:
            self.db = _open(db)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{db}: damaged database ({str(e).splitlines()[0]}); restore it "
                             "from a copy or rebuild the corpus") from None
        stale = clean_stale(self.root)
        if stale:
            log.info("%s: removed %d temporary files left by killed runs", self.root, stale)
        cfg_path = self.root / "config.json"
        if cfg_path.is_file():
            self.config = _read_config(cfg_path)
            if config is not None and _grid(config) != _grid(self.config):
                raise StoreError(
                    f"{self.root}: corpus was built with {_grid(self.config)}, not {_grid(config)};"
                    " use another folder for other settings")
        elif config is not None:
            self.config = config
            write_text(cfg_path, json.dumps(config, indent=2))
        else:
            raise StoreError(f"{self.root}: config.json missing")

    # ---------------------------------------------------------------- transactions
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "CorpusStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- writing
    def has_track(self, song: str, role: str) -> bool:
        return self.track_source(song, role) is not None

    def track_source(self, song: str, role: str) -> str | None:
        """The file a stored track came from, or None when the song has no such role."""
        row = self._stored(song, role)
        return None if row is None else row[0]

    def _stored(self, song: str, role: str) -> tuple[str, str] | None:
        """(source file, audio SHA-1) of a stored track, or None."""
        row = self.db.execute(
            "SELECT t.source, t.sha1 FROM tracks t JOIN songs s ON s.id=t.song_id WHERE s.name=? "
            "AND t.role=?", (song, role)).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def add_track(self, song: str, split: str, t: TrackData) -> int:
        """Write the track's files and commit its rows while holding the store's write lock, so
        two runs adding the same song and role at once cannot overwrite each other's audio: the
        second finds the track stored (the same audio: -1, nothing to do; other audio: a
        one-line StoreError)."""
        check_song_name(song, t.source)
        key = track_key(song, t.role)
        sha = hashlib.sha1(np.ascontiguousarray(t.native).tobytes()).hexdigest()
        with self.transaction() as db:
            have = self._stored(song, t.role)  # inside the write lock: no other run between
            if have is not None:
                if have[1] == sha:
                    return -1
                raise StoreError(f"{t.source}: {song}/{t.role} is already in the corpus (from "
                                 f"{have[0]}, added by another run meanwhile); not added")
            write_native(self.root / "audio" / f"{key}.wav", t.native, t.sr)
            for sub, arr in (("audio16k", t.mono16k), ("emb", t.embeddings)):
                with atomic_path(self.root / sub / f"{key}.npy") as tmp:
                    with open(tmp, "wb") as f:
                        np.save(f, np.asarray(arr, np.float32))
            db.execute("INSERT OR IGNORE INTO songs(name, split) VALUES (?, ?)", (song, split))
            song_id = db.execute("SELECT id FROM songs WHERE name=?", (song,)).fetchone()[0]
            cur = db.execute(
                "INSERT INTO tracks(song_id, role, key, source, sr, channels, frames, sha1)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (song_id, t.role, key, t.source, t.sr, t.native.shape[1], len(t.native), sha))
            track_id = int(cur.lastrowid or 0)
            db.executemany(
                "INSERT INTO segments(track_id, idx, start, end, rms_db) VALUES (?,?,?,?,?)",
                [(track_id, i, float(s), float(e), float(r))
                 for i, ((s, e), r) in enumerate(zip(t.bounds, t.rms_db))])
        return track_id

    def save_vocabulary(self, vocab: Vocabulary, role: str) -> str:
        """Store a vocabulary and label every segment with it (one transaction)."""
        vid = vocab.id
        vocab.save(self.root / "vocab" / f"{vid}.safetensors")
        ids, emb = self.embeddings()
        labels = vocab.assign(emb, self.levels(ids)) if len(ids) else np.empty(0, np.int64)
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO vocabularies(id, k, role, created) "
                       "VALUES (?,?,?,datetime('now'))", (vid, vocab.k, role))
            db.execute("DELETE FROM labels WHERE vocab_id=?", (vid,))
            db.executemany("INSERT INTO labels(segment_id, vocab_id, label) VALUES (?,?,?)",
                           zip(ids.tolist(), [vid] * len(ids), labels.tolist()))
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                       (f"vocab.{role}", vid))
        return vid

    @property
    def silence_db(self) -> float | None:
        """The loudness gate below which a segment is a rest (None: a corpus built before
        rests had their own label)."""
        return self.config.get("silence_db")

    def levels(self, ids: np.ndarray) -> np.ndarray:
        """RMS level (dBFS) of the segments with these ids."""
        rows = np.array(self.db.execute("SELECT id, rms_db FROM segments ORDER BY id").fetchall(),
                        np.float64).reshape(-1, 2)
        return rows[np.searchsorted(rows[:, 0], np.asarray(ids)), 1]

    def label_new_segments(self) -> int:
        """Label segments that a stored vocabulary has not seen yet (labels of others stay)."""
        n = 0
        loaded = None  # every embedding file, read once and only if some label is missing
        for (vid,) in self.db.execute("SELECT id FROM vocabularies").fetchall():
            rows = self.db.execute(
                "SELECT s.id FROM segments s LEFT JOIN labels l ON l.segment_id=s.id "
                "AND l.vocab_id=? WHERE l.label IS NULL ORDER BY s.id", (vid,)).fetchall()
            if not rows:
                continue
            ids = np.array([r[0] for r in rows])
            loaded = loaded or self.embeddings()
            all_ids, emb = loaded
            pos = np.searchsorted(all_ids, ids)
            lab = self.vocabulary(vid).assign(emb[pos], self.levels(ids))
            with self.transaction() as db:
                db.executemany("INSERT INTO labels(segment_id, vocab_id, label) VALUES (?,?,?)",
                               zip(ids.tolist(), [vid] * len(ids), lab.tolist()))
            n += len(ids)
        return n

    def write_index(self) -> None:
        ids, emb = self.embeddings()
        if not len(ids):
            return
        index = faiss.IndexIDMap2(faiss.IndexFlatL2(emb.shape[1]))
        index.add_with_ids(np.ascontiguousarray(emb, np.float32), ids.astype(np.int64))
        with atomic_path(self.root / "segments.faiss") as tmp:
            faiss.write_index(index, str(tmp))

    def remove_song(self, song: str) -> int:
        """Delete a song (its tracks, segments, labels) and then its files."""
        keys = [r[0] for r in self.db.execute(
            "SELECT t.key FROM tracks t JOIN songs s ON s.id=t.song_id WHERE s.name=?", (song,))]
        with self.transaction() as db:
            n = db.execute("DELETE FROM songs WHERE name=?", (song,)).rowcount
        for key in keys:
            for sub, ext in (("audio", "wav"), ("audio16k", "npy"), ("emb", "npy")):
                (self.root / sub / f"{key}.{ext}").unlink(missing_ok=True)
            shutil.rmtree(self.root / "live" / key, ignore_errors=True)
        return n

    def set_tags(self, song: str, role: str | None, tags: list[str], remove: bool = False) -> int:
        q = "SELECT t.id FROM tracks t JOIN songs s ON s.id=t.song_id WHERE s.name=?"
        args: tuple = (song,)
        if role:
            q, args = q + " AND t.role=?", (song, role)
        ids = [r[0] for r in self.db.execute(q, args)]
        with self.transaction() as db:
            for tid in ids:
                for tag in tags:
                    if remove:
                        db.execute("DELETE FROM tags WHERE track_id=? AND tag=?", (tid, tag))
                    else:
                        db.execute("INSERT OR IGNORE INTO tags VALUES (?, ?)", (tid, tag))
        return len(ids)

    # ---------------------------------------------------------------- live recording
    def begin_live_track(self, song: str, role: str, sr: int, tags: tuple[str, ...]) -> tuple[int, str]:
        check_song_name(song, "live input")
        """A track that grows one segment at a time while it is recorded (its folder exists
        from the start, so a take stopped or killed before its first segment is dropped)."""
        key = track_key(song, role)
        (self.root / "live" / key).mkdir(parents=True, exist_ok=True)
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO songs(name, split) VALUES (?, 'train')", (song,))
            song_id = db.execute("SELECT id FROM songs WHERE name=?", (song,)).fetchone()[0]
            cur = db.execute(
                "INSERT INTO tracks(song_id, role, key, source, sr, channels, frames, sha1)"
                " VALUES (?,?,?,'live input',?,1,0,'')", (song_id, role, key, sr))
            track_id = int(cur.lastrowid or 0)
            db.executemany("INSERT OR IGNORE INTO tags VALUES (?, ?)",
                           [(track_id, t) for t in tags])
        return track_id, key

    def add_live_segment(self, track_id: int, key: str, idx: int, native: np.ndarray,
                         mono16k: np.ndarray, embedding: np.ndarray, bounds: tuple[float, float],
                         rms_db: float, labels: dict[str, int]) -> int:
        """Segment `idx` of a live track: its file first, then its rows in one transaction, so
        a crash loses at most the segment being written."""
        with atomic_path(self.root / "live" / key / f"{idx:06d}.npz") as tmp:
            with open(tmp, "wb") as f:
                np.savez(f, native=np.asarray(native, np.float32),
                         mono16k=np.asarray(mono16k, np.float32),
                         emb=np.asarray(embedding, np.float32))
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO segments(track_id, idx, start, end, rms_db) VALUES (?,?,?,?,?)",
                (track_id, idx, float(bounds[0]), float(bounds[1]), float(rms_db)))
            seg_id = int(cur.lastrowid or 0)
            db.executemany("INSERT INTO labels(segment_id, vocab_id, label) VALUES (?,?,?)",
                           [(seg_id, vid, int(lab)) for vid, lab in labels.items()])
            db.execute("UPDATE tracks SET frames = frames + ? WHERE id=?", (len(native), track_id))
        return seg_id

    def _live_chunks(self, key: str, part: str) -> np.ndarray | None:
        """The committed segments of a live track joined (None if it has no live folder)."""
        folder = self.root / "live" / key
        if not folder.is_dir():
            return None
        n = self.db.execute("SELECT COUNT(*) FROM segments s JOIN tracks t ON t.id=s.track_id "
                            "WHERE t.key=?", (key,)).fetchone()[0]
        parts = []
        for i in range(n):
            with np.load(folder / f"{i:06d}.npz") as z:
                parts.append(z[part][None] if part == "emb" else z[part])
        if not parts:
            return np.zeros((0, 0) if part == "emb" else 0, np.float32)
        return np.concatenate(parts)

    def finish_live_tracks(self) -> int:
        """Join every live track's segment files into ordinary track files (after a recording
        stops, or after a crash); segments that never committed are dropped."""
        done = 0
        folder = self.root / "live"
        for key_dir in sorted(folder.iterdir()) if folder.is_dir() else []:
            key = key_dir.name
            if key.startswith(".done-"):  # a crash during the last clean-up
                shutil.rmtree(key_dir)
                continue
            row = self.db.execute("SELECT sr FROM tracks WHERE key=?", (key,)).fetchone()
            native = self._live_chunks(key, "native") if row is not None else None
            if native is not None and not len(native):  # stopped before its first segment
                with self.transaction() as db:
                    db.execute("DELETE FROM tracks WHERE key=?", (key,))
                    db.execute("DELETE FROM songs WHERE id NOT IN (SELECT song_id FROM tracks)")
            elif native is not None:
                write_native(self.root / "audio" / f"{key}.wav", native[:, None], row[0])
                for sub, part in (("audio16k", "mono16k"), ("emb", "emb")):
                    with atomic_path(self.root / sub / f"{key}.npy") as tmp:
                        with open(tmp, "wb") as f:
                            np.save(f, self._live_chunks(key, part))  # type: ignore[arg-type]
                sha = hashlib.sha1(np.ascontiguousarray(native[:, None]).tobytes()).hexdigest()
                with self.transaction() as db:
                    db.execute("UPDATE tracks SET sha1=?, frames=? WHERE key=?",
                               (sha, len(native), key))
                done += 1
            trash = key_dir.with_name(f".done-{key}")  # readers never see half a folder
            key_dir.rename(trash)
            shutil.rmtree(trash)
        return done

    # ---------------------------------------------------------------- reading
    @property
    def encoder(self) -> dict:
        return self.config["encoder"]

    def songs(self, split: str | None = None) -> list[tuple[int, str, str]]:
        q = "SELECT id, name, split FROM songs"
        rows = self.db.execute(q + (" WHERE split=?" if split else "") + " ORDER BY name",
                               (split,) if split else ())
        return [tuple(r) for r in rows]

    def roles(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT role FROM tracks ORDER BY role")]

    def tracks(self, role: str | None = None) -> list[dict]:
        q = ("SELECT t.id, s.name, s.split, t.role, t.key, t.sr, t.channels, t.frames, t.source,"
             " t.gain_db, t.loudness FROM tracks t JOIN songs s ON s.id=t.song_id")
        rows = self.db.execute(q + (" WHERE t.role=?" if role else "") + " ORDER BY t.id",
                               (role,) if role else ())
        cols = ["id", "song", "split", "role", "key", "sr", "channels", "frames", "source",
                "gain_db", "loudness"]
        return [dict(zip(cols, r)) for r in rows]

    def track_tags(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for tid, tag in self.db.execute("SELECT track_id, tag FROM tags ORDER BY tag"):
            out.setdefault(tid, []).append(tag)
        return out

    def segments(self, track_ids: list[int] | None = None) -> SegmentTable:
        q = ("SELECT s.id, s.track_id, s.idx, s.start, s.end, s.rms_db, s.gain_db + t.gain_db"
             " FROM segments s JOIN tracks t ON t.id=s.track_id")
        if track_ids is not None:
            q += f" WHERE s.track_id IN ({','.join('?' * len(track_ids))})"
        rows = self.db.execute(q + " ORDER BY s.id", track_ids or ()).fetchall()
        a = np.array(rows, dtype=np.float64).reshape(-1, 7)
        return SegmentTable(a[:, 0].astype(np.int64), a[:, 1].astype(np.int64),
                            a[:, 2].astype(np.int64), a[:, 3], a[:, 4], a[:, 5], a[:, 6])

    def embeddings(self, track_ids: list[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(segment ids, vectors) in segment id order."""
        ids, vecs = [], []
        for t in self.tracks():
            if track_ids is not None and t["id"] not in track_ids:
                continue
            seg_ids = [r[0] for r in self.db.execute(
                "SELECT id FROM segments WHERE track_id=? ORDER BY idx", (t["id"],))]
            if not seg_ids:
                continue
            emb = self._live_chunks(t["key"], "emb")
            if emb is None:
                emb = np.load(self.root / "emb" / f"{t['key']}.npy")
            if len(emb) != len(seg_ids):
                raise StoreError(f"{self.root}/emb/{t['key']}.npy: {len(emb)} vectors for "
                                 f"{len(seg_ids)} segments (damaged corpus)")
            ids.append(np.array(seg_ids))
            vecs.append(emb)
        if not ids:
            return np.empty(0, np.int64), np.empty((0, 0), np.float32)
        ids_a, vecs_a = np.concatenate(ids), np.concatenate(vecs)
        order = np.argsort(ids_a, kind="stable")
        return ids_a[order], vecs_a[order]

    def song_bounds(self, song: str) -> np.ndarray | None:
        """The grid of a song already stored (its longest track), so added tracks share it."""
        rows = self.db.execute(
            "SELECT s.track_id, s.start, s.end FROM segments s JOIN tracks t ON t.id=s.track_id "
            "JOIN songs g ON g.id=t.song_id WHERE g.name=? ORDER BY s.track_id, s.idx",
            (song,)).fetchall()
        if not rows:
            return None
        by_track: dict[int, list] = {}
        for tid, a, b in rows:
            by_track.setdefault(tid, []).append((a, b))
        return np.array(max(by_track.values(), key=len))

    def labels(self, vocab_id: str) -> dict[int, int]:
        return dict(self.db.execute("SELECT segment_id, label FROM labels WHERE vocab_id=?",
                                    (vocab_id,)).fetchall())

    def vocabularies(self, role: str) -> list[tuple[str, int]]:
        """(id, K) of every vocabulary fitted for `role`, oldest first."""
        return self.db.execute("SELECT id, k FROM vocabularies WHERE role=? ORDER BY created, "
                               "rowid", (role,)).fetchall()

    def choose_vocabulary(self, role: str, vid: str | None = None, k: int | None = None) -> str:
        """The vocabulary of `role` to train with: the id given, the one with K = k, or the only
        one; never a silent pick among several (a later `corpus vocab --k` must not change what
        the next `train` means)."""
        rows = self.vocabularies(role)
        have = ", ".join(f"{v} (K={n})" for v, n in rows) or "none"
        if vid is not None:
            if vid not in {v for v, _ in rows}:
                raise ValueError(f"{self.root}: role {role!r} has no vocabulary {vid} (has {have})")
            return vid
        picks = [v for v, n in rows if k is None or n == k]
        if k is not None and not picks:
            raise ValueError(f"{self.root}: role {role!r} has no K={k} vocabulary (has {have}); "
                             f"fit one with `obbligato corpus vocab {self.root} --k {k}`")
        if len(picks) != 1:
            which = f"K={k} vocabularies" if k is not None else "vocabularies"
            raise ValueError(f"{self.root}: role {role!r} has {len(picks)} {which} ({have}); "
                             "say which with --k N or --guide-vocab/--target-vocab ID")
        return picks[0]

    def vocab_id(self, role: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (f"vocab.{role}",)).fetchone()
        return row[0] if row else None

    def vocabulary(self, vid: str) -> Vocabulary:
        return Vocabulary.load(self.root / "vocab" / f"{vid}.safetensors")

    def has_vocabulary(self, vid: str) -> bool:
        return self.db.execute("SELECT 1 FROM vocabularies WHERE id=?", (vid,)).fetchone() is not None

    def track_problem(self, track: dict) -> str | None:
        """Why a track's stored audio cannot be played whole (missing, unreadable, shorter
        than when it was stored), or None when it can."""
        if (self.root / "live" / track["key"]).is_dir():
            return None  # a take being recorded: its segment files are the audio
        path = self.root / "audio" / f"{track['key']}.wav"
        if not path.is_file():
            return f"{path}: missing"
        try:
            frames = sf.info(str(path)).frames
        except RuntimeError as e:
            return f"{path}: unreadable ({str(e).splitlines()[0]})"
        if frames < track["frames"]:
            return f"{path}: truncated ({frames} of {track['frames']} frames)"
        return None

    def track_reader(self, key: str) -> "TrackReader | np.ndarray":
        """The native audio of a track as mono, read from disk only where it is played (a
        long corpus starts at once and costs no memory); a take still being recorded comes
        whole from its segment files."""
        live = self._live_chunks(key, "native")
        if live is not None:
            return live
        return TrackReader(self.root / "audio" / f"{key}.wav")

    def track_audio(self, key: str, native: bool = True) -> np.ndarray:
        live = self._live_chunks(key, "native" if native else "mono16k")
        if live is not None:
            return live[:, None] if native else live
        if native:
            x, _ = sf.read(str(self.root / "audio" / f"{key}.wav"), dtype="float32", always_2d=True)
            return x
        return np.load(self.root / "audio16k" / f"{key}.npy")

    def label_sequences(self, vocab_id: str, role: str, split: str | None = None
                        ) -> dict[str, np.ndarray]:
        """Per song, the labels of the `role` track in time order."""
        q = ("SELECT s2.name, l.label FROM labels l JOIN segments s ON s.id=l.segment_id "
             "JOIN tracks t ON t.id=s.track_id JOIN songs s2 ON s2.id=t.song_id "
             "WHERE l.vocab_id=? AND t.role=?")
        args: list = [vocab_id, role]
        if split:
            q += " AND s2.split=?"
            args.append(split)
        out: dict[str, list[int]] = {}
        for song, label in self.db.execute(q + " ORDER BY s2.name, s.idx", args):
            out.setdefault(song, []).append(label)
        return {k: np.array(v, np.int64) for k, v in out.items()}


def _grid(cfg: dict) -> dict:
    """The settings that must match for two builds to share one folder."""
    return {"encoder": {k: v for k, v in cfg["encoder"].items() if k != "batch_size"},
            "segment": cfg["segment"]}


def write_native(path: Path, x: np.ndarray, sr: int) -> None:
    """A track's native audio, atomically; clipped to full scale, as integer PCM cannot wrap."""
    with atomic_path(path) as tmp:
        sf.write(str(tmp), np.clip(x, -1.0, 1.0), sr, subtype=AUDIO_SUBTYPE, format="WAV")


class TrackReader:
    """A track's audio file as a mono sequence: `len()` and slices, decoded on demand.
    The operating system's page cache keeps what is played often in memory."""

    def __init__(self, path: Path):
        self.path = path
        info = sf.info(str(path))
        self.frames, self.channels = int(info.frames), int(info.channels)
        self.key = (path, path.stat().st_mtime_ns)  # a rewritten file is another file

    def __len__(self) -> int:
        return self.frames

    def __getitem__(self, s: slice) -> np.ndarray:
        start, stop, _ = s.indices(self.frames)
        x = _OPEN.read(self.key, start, max(start, stop))
        return x[:, 0] if self.channels == 1 else x.mean(axis=1)


class _OpenFiles:
    """The most recently read track files, kept open: a read is a seek and a decode, not an
    open and a header parse (a tick reads two or three places)."""

    def __init__(self, size: int = 64):
        import threading
        from collections import OrderedDict

        self.size = size
        self.files: OrderedDict[tuple[Path, int], sf.SoundFile] = OrderedDict()
        self.lock = threading.Lock()

    def read(self, key: tuple[Path, int], start: int, stop: int) -> np.ndarray:
        with self.lock:
            f = self.files.pop(key, None)
            if f is None:
                f = sf.SoundFile(str(key[0]))
                while len(self.files) >= self.size:
                    self.files.popitem(last=False)[1].close()
            self.files[key] = f
            f.seek(start)
            return f.read(stop - start, dtype="float32", always_2d=True)


_OPEN = _OpenFiles()
