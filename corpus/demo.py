"""Demo corpora from music21's bundled scores, one stem per voice, each voice on its own General
MIDI instrument, rendered with fluidsynth at 44.1 kHz: Bach chorales (the demo), Monteverdi's
madrigals (another style, held out for checking what was tuned on the chorales: the top voice is
`soprano`, the next `alto`, the second lowest `tenor`, the lowest `bass`), and the trecento's
ballate and madrigals (two to five voices, a third style never tuned on: the top voice is
`soprano`, the lowest `bass`; alto and tenor only where there are four). `seguente` is the
basso seguente, the lowest note sounding at each moment in any voice (what the organ of
Monteverdi's time played under the voices): where the lowest part rests, it follows the next
voice down."""
from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf
from tqdm import tqdm

from corpus.keys import song_name

SOUNDFONTS = ("/usr/share/sounds/sf2/FluidR3_GM.sf2", "/usr/share/sounds/sf2/TimGM6mb.sf2",
              "/usr/share/sounds/sf2/default-GM.sf2")
# oboe, clarinet, horn, bassoon; the seguente on the bass's bassoon (only its notes differ)
VOICES = {"soprano": 68, "alto": 71, "tenor": 69, "bass": 70, "seguente": 70}
PARTS = ("soprano", "alto", "tenor", "bass")  # the score's own parts
SR = 44100


@dataclass(frozen=True)
class DemoConfig:
    limit: int = 40  # number of chorales
    test_every: int = 5  # every 5th chorale (in corpus order) is held out
    tempo: float = 100.0  # quarter notes per minute
    transpositions: tuple[int, ...] = (0, -3, 2)  # semitones; more data, same held-out chorales
    # Semitone shifts rendered for the training pieces only (augmentation): the held-out pieces
    # stay as written, so the test songs are the same with or without it.
    augment: tuple[int, ...] = ()
    workers: int = 2
    collection: str = "bach"  # or "monteverdi", "trecento"
    voices: tuple[str, ...] = PARTS  # which stems to write (a madrigal voice is ~40 MB)

    def __post_init__(self) -> None:
        unknown = [v for v in self.voices if v not in VOICES]
        if not self.voices:
            raise ValueError(f"voices: none given (use some of {', '.join(VOICES)})")
        if unknown:
            raise ValueError(f"voices: unknown {', '.join(unknown)} (use {', '.join(VOICES)})")
        if not self.transpositions:  # else every song is left out, and the stems are empty
            raise ValueError("transpositions: none given (0 renders each piece as written)")


def soundfont() -> str:
    for sf2 in SOUNDFONTS:
        if Path(sf2).is_file():
            return sf2
    raise FileNotFoundError("no General MIDI soundfont found; install Debian's fluid-soundfont-gm")


COLLECTIONS = ("bach", "monteverdi", "trecento")


def chorale_paths(collection: str = "bach") -> list[Path]:
    from music21 import corpus

    if collection not in COLLECTIONS:
        raise ValueError(f"unknown collection {collection!r} (use {', '.join(COLLECTIONS)})")
    if collection == "bach":
        return sorted(p for p in corpus.getComposer("bach") if p.name.startswith("bwv"))
    # Not the analyses (.rntxt) beside the madrigals' scores, nor the trecento's backup copy
    # and second encodings of one piece (one path per name, the compressed one first).
    named: dict[str, Path] = {}
    for p in sorted(corpus.getComposer(collection)):
        if p.suffix in (".mxl", ".xml") and not p.stem.endswith("_bak"):
            named.setdefault(chorale_name(p), p)
    return list(named.values())


def voices_of(score) -> dict:
    """SATB parts by name (chorales), else by position: top, second, second lowest, lowest;
    with two or three parts only the top (soprano) and the lowest (bass)."""
    parts = {p.partName.lower(): p for p in score.parts if p.partName}
    if all(v in parts for v in PARTS):
        return {v: parts[v] for v in PARTS}
    ps = list(score.parts)
    if len(ps) >= 4:
        return dict(zip(PARTS, (ps[0], ps[1], ps[-2], ps[-1])))
    return {"soprano": ps[0], "bass": ps[-1]} if len(ps) >= 2 else {}


def seguente(score):
    """The lowest note sounding at each moment in any part, as one part: a held note stays one
    note (ties kept), and it rests only where every voice rests."""
    from music21 import harmony, note, stream

    score = copy.deepcopy(score)  # the caller renders its parts next
    for cs in list(score.recurse().getElementsByClass(harmony.ChordSymbol)):
        cs.activeSite.remove(cs)  # figured bass is analysis, not sounding notes
    line = stream.Part()
    prev = None
    for x in score.chordify().flatten().notesAndRests:
        if x.quarterLength == 0:
            continue
        low = min(x.notes, key=lambda n: n.pitch.ps) if x.isChord and x.notes else None
        held = prev is not None and (
            (low is None and prev.isRest) or
            (low is not None and not prev.isRest and prev.pitch.ps == low.pitch.ps
             and low.tie is not None and low.tie.type in ("stop", "continue")))
        if held:
            prev.quarterLength += x.quarterLength
            continue
        prev = note.Rest(quarterLength=x.quarterLength) if low is None else \
            note.Note(low.pitch, quarterLength=x.quarterLength)
        line.insert(x.offset, prev)
    return line


def _voice_midi(part, program: int, tempo: float, path: Path) -> None:
    """Write one part as a MIDI file on channel 1 with the given program and tempo."""
    import mido
    from music21 import midi, stream
    from music21 import tempo as m21tempo

    s = stream.Score()
    # Chord symbols (the madrigals' figured bass) are analysis, not notes: as MIDI they became
    # zero-length chords whose notes never ended, and fluidsynth rendered them for an hour.
    p = part.flatten().notesAndRests.getElementsNotOfClass("ChordSymbol").stream()
    p.insert(0, m21tempo.MetronomeMark(number=tempo))
    s.insert(0, p)
    mf = midi.translate.streamToMidiFile(s)
    mf.open(str(path), "wb")
    mf.write()
    mf.close()
    mid = mido.MidiFile(str(path))
    for track in mid.tracks:
        track[:] = [m for m in track if m.type != "program_change"]
        track.insert(0, mido.Message("program_change", program=program, channel=0))
        for m in track:
            if hasattr(m, "channel"):
                m.channel = 0
    mid.save(str(path))


def chorale_name(path: Path) -> str:
    """A song name from a score's file name, in letters, digits, `_` and `-` (the trecento's
    titles have spaces and apostrophes)."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", path.name.removesuffix(".mxl").removesuffix(".xml"))


def render_chorale(path: Path, out_dir: Path, tempo: float, semitones: int = 0,
                   voices: tuple[str, ...] = PARTS) -> str | None:
    """Render `voices` of one chorale; returns an error line, or None when done."""
    from music21 import corpus

    name = song_name(chorale_name(path), semitones)
    dest = out_dir / name
    if all((dest / f"{v}.wav").is_file() for v in voices):
        return None
    try:
        # Not through music21's pickle cache: workers parsing one chorale at once read each
        # other's half-written cache files (a chorale skipped, and the split changed, on a
        # fresh machine), and a pickle in a shared temp folder is not ours to load.
        score = corpus.parse(str(path), forceSource=True)
        if semitones:
            score = score.transpose(semitones)
        parts = voices_of(score)
        if "seguente" in voices:
            parts["seguente"] = seguente(score)
        missing = [v for v in voices if v not in parts]
        if missing:
            return f"{path.name}: skipped (no {', '.join(missing)} in {len(score.parts)} parts)"
        sf2 = soundfont()
        with tempfile.TemporaryDirectory() as tmp:
            audio = {}
            for voice in voices:
                program = VOICES[voice]
                mid = Path(tmp) / f"{voice}.mid"
                wav = Path(tmp) / f"{voice}.wav"
                _voice_midi(parts[voice], program, tempo, mid)
                subprocess.run(["fluidsynth", "-ni", "-q", "-g", "0.6", "-r", str(SR),
                                "-o", "synth.dynamic-sample-loading=1", "-F",
                                str(wav), sf2, str(mid)], check=True, capture_output=True,
                               timeout=120)
                audio[voice], _ = sf.read(str(wav), dtype="float32", always_2d=True)
            n = max(len(a) for a in audio.values())
            tmp_dest = out_dir / f".{name}.partial"
            shutil.rmtree(tmp_dest, ignore_errors=True)
            tmp_dest.mkdir(parents=True)
            for voice, a in audio.items():
                a = np.pad(a, ((0, n - len(a)), (0, 0)))
                sf.write(str(tmp_dest / f"{voice}.wav"), a, SR, subtype="PCM_16")
            shutil.rmtree(dest, ignore_errors=True)
            tmp_dest.rename(dest)
    except Exception as e:  # music21 raises many types on odd scores (bad repeats, ...)
        return f"{path.name}: skipped ({type(e).__name__}: {str(e).splitlines()[0][:80]})"
    return None


def render_all(pool: ProcessPoolExecutor, jobs: list[tuple[Path, int]], out: Path,
               cfg: DemoConfig, desc: str | None = None) -> list[tuple[tuple[Path, int], str | None]]:
    """Render (piece, semitones) jobs on the pool; each job with its error line or None."""
    errs = pool.map(render_chorale, [p for p, _ in jobs], [out] * len(jobs),
                    [cfg.tempo] * len(jobs), [t for _, t in jobs], [cfg.voices] * len(jobs))
    return list(zip(jobs, tqdm(errs, total=len(jobs), desc=desc, unit="song", disable=desc is None,
                               file=sys.stderr)))


def make_demo(out: Path, cfg: DemoConfig = DemoConfig(), progress: bool = True) -> Path:
    """Render `cfg.limit` chorales into `out`/<chorale>/<voice>.wav with a fixed splits.json."""
    if not shutil.which("fluidsynth"):
        raise FileNotFoundError("fluidsynth not found; install Debian's fluidsynth "
                                "(make setup does it when run as root)")
    soundfont()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = chorale_paths(cfg.collection)
    picked: list[Path] = []
    errors = []
    bar = tqdm(total=cfg.limit, desc=f"render {cfg.collection}", unit="piece",
               disable=not progress, file=sys.stderr)
    with ProcessPoolExecutor(max_workers=cfg.workers) as pool:
        # Batches of `workers`, until enough: some chorales are not clean SATB and get skipped.
        for i in range(0, len(paths), cfg.workers):
            if len(picked) >= cfg.limit:
                break
            batch = paths[i : i + cfg.workers]
            errs = render_all(pool, [(p, t) for p in batch for t in cfg.transpositions], out, cfg)
            for p in batch:
                err = next((e for (q, _), e in errs if q == p and e), None)
                if err:
                    errors.append(err)
                elif len(picked) < cfg.limit:
                    picked.append(p)
                    bar.update()
        bar.close()
        chorales = sorted(chorale_name(p) for p in picked)
        held_out = {c for i, c in enumerate(chorales) if i % cfg.test_every == cfg.test_every - 1}
        extra = [t for t in cfg.augment if t not in cfg.transpositions]
        train_paths = [p for p in picked if chorale_name(p) not in held_out]
        errs = render_all(pool, [(p, t) for p in train_paths for t in extra], out, cfg,
                          desc="render augmentation" if extra and progress else None)
        errors += [e for _, e in errs if e]
        failed = {(chorale_name(p), t) for (p, t), e in errs if e}
    shifts = {c: cfg.transpositions if c in held_out else
              tuple(cfg.transpositions) + tuple(t for t in extra if (c, t) not in failed)
              for c in chorales}
    songs = {song_name(c, t): c for c in chorales for t in shifts[c]}
    for d in out.iterdir():
        if d.is_dir() and d.name not in songs:
            shutil.rmtree(d)
    # Transpositions of a held-out chorale are held out too: no chorale is on both sides.
    splits = {s: ("test" if c in held_out else "train") for s, c in sorted(songs.items())}
    (out / "splits.json").write_text(json.dumps(splits, indent=1))
    for e in errors:
        print(e, file=sys.stderr)
    return out
