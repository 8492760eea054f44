"""`obbligato corpus ...`: thin subcommands over the corpus stages."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from corpus.build import BuildConfig, add_files, build, fit_vocabularies
from corpus.demo import COLLECTIONS, DemoConfig, make_demo
from corpus.segment import SegmentConfig
from corpus.store import CorpusStore

_B = BuildConfig()
_S = SegmentConfig()


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("corpus", help="build and curate corpora of separated tracks")
    cs = p.add_subparsers(dest="corpus_cmd", required=True, metavar="COMMAND")

    b = cs.add_parser("build", help="build (or resume) a corpus from a folder of stems")
    b.add_argument("src", type=Path, help="folder: one sub-folder per song, one file per role")
    b.add_argument("out", type=Path, help="corpus folder to create or resume")
    add_encoder_args(b)
    b.add_argument("--segment", choices=["uniform", "onset"], default=_S.mode,
                   help=f"segmentation grid (default {_S.mode})")
    b.add_argument("--duration", type=float, default=_S.duration,
                   help=f"segment duration in seconds (default {_S.duration})")
    b.add_argument("--k", type=int, default=_B.k, help=f"vocabulary size per role, 2..1024 "
                   f"(default {_B.k})")
    b.add_argument("--seed", type=int, default=_B.seed, help="k-means seed")
    b.add_argument("--pattern", default=_B.pattern,
                   help="regex on each file's path (relative, no extension) with groups "
                        f"'song' and 'role' (default {_B.pattern!r})")
    b.add_argument("--test-fraction", type=float, default=_B.test_fraction,
                   help="share of songs held out when SRC has no splits.json")
    b.add_argument("--silence-db", type=float, default=_B.silence_db,
                   help="segments quieter than this (RMS dBFS) get the reserved rest label "
                        f"(default {_B.silence_db})")

    a = cs.add_parser("add", help="add files as the tracks of one song")
    a.add_argument("corpus", type=Path)
    a.add_argument("files", type=Path, nargs="+")
    a.add_argument("--song", required=True, help="song name")
    a.add_argument("--roles", required=True, help="comma-separated role of each file, in order")
    a.add_argument("--split", choices=["train", "test"], default="train")

    ls = cs.add_parser("ls", help="list songs and tracks")
    ls.add_argument("corpus", type=Path)

    i = cs.add_parser("info", help="counts, durations and label histograms")
    i.add_argument("corpus", type=Path)

    r = cs.add_parser("rm", help="remove songs")
    r.add_argument("corpus", type=Path)
    r.add_argument("songs", nargs="+")

    t = cs.add_parser("tag", help="tag the tracks of a song")
    t.add_argument("corpus", type=Path)
    t.add_argument("song")
    t.add_argument("tags", nargs="+")
    t.add_argument("--role", help="only this role's track")
    t.add_argument("--remove", action="store_true", help="remove the tags instead")

    pl = cs.add_parser("plot", help="PNG map of segments coloured by label")
    pl.add_argument("corpus", type=Path)
    pl.add_argument("--out", type=Path, help="PNG path (default CORPUS/segments.png)")
    pl.add_argument("--max-tracks", type=int, default=24)

    v = cs.add_parser("vocab", help="(re)fit the per-role vocabularies")
    v.add_argument("corpus", type=Path)
    v.add_argument("--k", type=int, default=_B.k)
    v.add_argument("--seed", type=int, default=_B.seed)
    v.add_argument("--role", action="append", help="fit only this role (repeatable), e.g. the "
                   "guide at a finer K than the target: --role soprano --k 64")

    lb = cs.add_parser("label", help="label a corpus with another corpus's or agent's vocabulary")
    lb.add_argument("corpus", type=Path)
    lb.add_argument("--vocab", type=Path, required=True,
                    help="a vocabulary .safetensors file, or an agent folder (its target vocabulary)")

    n = cs.add_parser("normalize", help="loudness (and optionally spectrum) normalization: "
                      "gains stored, audio untouched")
    n.add_argument("corpus", type=Path)
    from corpus.normalize import NormConfig

    nc = NormConfig()
    n.add_argument("--target-lufs", type=float, default=nc.target_lufs)
    n.add_argument("--segment-strength", type=float, default=nc.segment_strength,
                   help="0 = per-track only, 1 = every segment at its track's level")
    n.add_argument("--spectrum", action=argparse.BooleanOptionalAction, default=False,
                   help="match each track's average spectrum to its role's")
    n.add_argument("--reset", action="store_true", help="remove all normalization gains")

    f = cs.add_parser("feedback", help="like / dislike / ban segments or labels; list; reset")
    f.add_argument("corpus", type=Path)
    f.add_argument("verdict", choices=["like", "dislike", "ban", "ls", "reset"])
    f.add_argument("--segment", type=int, help="segment id (see the timeline or /state/segment)")
    f.add_argument("--label", type=int, help="a label of --vocab (all its segments)")
    f.add_argument("--vocab", help="vocabulary id for --label")
    f.add_argument("--note", default="")

    d = cs.add_parser("demo", help="render Bach chorales (or Monteverdi's madrigals, or the "
                      "trecento's songs) as per-voice stems (music21 + fluidsynth)")
    d.add_argument("out", type=Path)
    d.add_argument("--limit", type=int, default=40, help="number of pieces")
    d.add_argument("--collection", default="bach", choices=COLLECTIONS,
                   help="Bach chorales (default), Monteverdi madrigals or trecento songs (top "
                        "voice -> soprano, lowest -> bass)")
    d.add_argument("--transpositions", default="0,-3,2",
                   help="semitone shifts rendered per chorale (default 0,-3,2)")
    d.add_argument("--augment", default="",
                   help="semitone shifts rendered for the training pieces only (e.g. -3,2): more "
                        "training data, the same test songs as written")
    d.add_argument("--voices", default="soprano,alto,tenor,bass",
                   help="stems to write (default all four parts; a sweep needs only guide and "
                        "target; `seguente` is the lowest note sounding in any voice)")


def add_encoder_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--encoder", default="descriptors",
                   help="'descriptors' (no weights, the offline default), 'pitch' (no weights, "
                        "chroma first: labels are mostly notes) or a Wav2Vec 2.0 hub id "
                        "(facebook/wav2vec2-base) or local save_pretrained folder")
    p.add_argument("--layer", type=int, default=-1, help="Wav2Vec 2.0 hidden layer (-1 = last)")


def run(args: argparse.Namespace) -> int:
    return globals()[f"cmd_{args.corpus_cmd}"](args)


def cmd_build(args: argparse.Namespace) -> int:
    from corpus.encoders import spec_from_arg

    cfg = BuildConfig(encoder=spec_from_arg(args.encoder, args.layer),
                      segment=SegmentConfig(mode=args.segment, duration=args.duration),
                      k=args.k, seed=args.seed, pattern=args.pattern,
                      test_fraction=args.test_fraction, silence_db=args.silence_db)
    report = build(args.src, args.out, cfg)
    for e in report.errors:
        print(f"error: {e}", file=sys.stderr)
    print(f"{args.out}: {report.added} tracks added, {report.skipped} already stored, "
          f"{len(report.errors)} failed; vocabularies {report.vocabularies}")
    return 1 if report.errors else 0


def cmd_add(args: argparse.Namespace) -> int:
    roles = [r.strip().lower() for r in args.roles.split(",")]
    if len(roles) != len(args.files):
        print(f"error: {len(args.files)} files but {len(roles)} roles", file=sys.stderr)
        return 2
    report = add_files(args.corpus, args.files, args.song, roles, args.split)
    for e in report.errors:
        print(f"error: {e}", file=sys.stderr)
    print(f"{args.corpus}: {report.added} tracks added, {len(report.errors)} failed")
    return 1 if report.errors else 0


def cmd_ls(args: argparse.Namespace) -> int:
    with CorpusStore(args.corpus) as s:
        tags = s.track_tags()
        for t in s.tracks():
            tag = f"  [{', '.join(tags[t['id']])}]" if t["id"] in tags else ""
            print(f"{t['song']:<24} {t['split']:<5} {t['role']:<10} {t['frames'] / t['sr']:7.1f} s "
                  f"{t['sr']} Hz {t['channels']} ch{tag}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with CorpusStore(args.corpus) as s:
        tracks = s.tracks()
        seg = s.segments()
        dur = sum(t["frames"] / t["sr"] for t in tracks)
        enc = s.encoder
        print(f"corpus   {args.corpus}")
        print(f"encoder  {enc['kind']}" + (f" {enc['model']} layer {enc['layer']}"
                                            if enc["kind"] == "wav2vec2" else ""))
        print(f"grid     {s.config['segment']['mode']} {s.config['segment']['duration']} s")
        for split in ("train", "test"):
            print(f"songs    {split}: {len(s.songs(split))}")
        print(f"tracks   {len(tracks)} ({dur / 60:.1f} min of audio)")
        print(f"segments {len(seg)}")
        for role in s.roles():
            vid = s.vocab_id(role)
            n = sum(1 for t in tracks if t["role"] == role)
            if not vid:
                print(f"role {role}: {n} tracks, no vocabulary")
                continue
            labels = np.array(list(s.label_sequences(vid, role).values()) or [[]],  # type: ignore[list-item]
                              dtype=object)
            flat = np.concatenate(list(labels)) if len(labels) else np.array([], int)
            k = s.vocabulary(vid).k
            hist = np.bincount(flat.astype(int), minlength=k)
            print(f"role {role}: {n} tracks, vocabulary {vid} (K={k}), "
                  f"{int((hist > 0).sum())} labels used")
            print("  histogram " + " ".join(str(c) for c in hist))
            others = [f"{v} (K={n})" for v, n in s.vocabularies(role) if v != vid]
            if others:  # e.g. the guide's finer one, or the target's of another K
                print("  other vocabularies " + ", ".join(others))
    return 0


def cmd_rm(args: argparse.Namespace) -> int:
    with CorpusStore(args.corpus) as s:
        known = {name for _, name, _ in s.songs()}
        missing = [x for x in args.songs if x not in known]
        if missing:
            print(f"error: {args.corpus}: no song named {', '.join(missing)}", file=sys.stderr)
            return 1
        for song in args.songs:
            s.remove_song(song)
        s.write_index()
    print(f"{args.corpus}: removed {len(args.songs)} songs")
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    with CorpusStore(args.corpus) as s:
        n = s.set_tags(args.song, args.role, args.tags, args.remove)
    if not n:
        print(f"error: {args.corpus}: no track of song {args.song!r}"
              + (f" with role {args.role!r}" if args.role else ""), file=sys.stderr)
        return 1
    print(f"{args.corpus}: {'untagged' if args.remove else 'tagged'} {n} tracks")
    return 0


def cmd_plot(args: argparse.Namespace) -> int:
    from corpus.plot import plot_corpus

    out = args.out or args.corpus / "segments.png"
    with CorpusStore(args.corpus) as s:
        plot_corpus(s, out, args.max_tracks)
    print(f"wrote {out}")
    return 0


def cmd_vocab(args: argparse.Namespace) -> int:
    with CorpusStore(args.corpus) as s:
        v = fit_vocabularies(s, args.k, args.seed, refit=True, roles=args.role)
    print(f"{args.corpus}: vocabularies {v}")
    return 0


def cmd_label(args: argparse.Namespace) -> int:
    from corpus.encoders import EncoderSpec
    from corpus.vocabulary import Vocabulary

    path = args.vocab / "target_vocab.safetensors" if args.vocab.is_dir() else args.vocab
    vocab = Vocabulary.load(path)
    with CorpusStore(args.corpus) as s:
        if not EncoderSpec.from_dict(vocab.encoder).same_space(EncoderSpec.from_dict(s.encoder)):
            print(f"error: {path}: vocabulary is for encoder {vocab.encoder['kind']}, corpus "
                  f"{args.corpus} was perceived with {s.encoder['kind']}", file=sys.stderr)
            return 1
        vid = s.save_vocabulary(vocab, role=f"external:{vocab.role}")
    print(f"{args.corpus}: labelled with vocabulary {vid} (K={vocab.k})")
    return 0


def cmd_normalize(args: argparse.Namespace) -> int:
    from corpus.normalize import NormConfig, normalize, reset

    with CorpusStore(args.corpus) as s:
        if args.reset:
            reset(s)
            print(f"{args.corpus}: normalization removed")
            return 0
        r = normalize(s, NormConfig(target_lufs=args.target_lufs,
                                    segment_strength=args.segment_strength,
                                    spectrum=args.spectrum))
    print(f"{args.corpus}: normalized {r['tracks']} tracks and {r['segments']} segments"
          + (f", spectrum matched on {r['eq_tracks']} tracks" if args.spectrum else ""))
    return 0


def cmd_feedback(args: argparse.Namespace) -> int:
    from corpus.feedback import add_feedback, list_feedback, reset_feedback

    with CorpusStore(args.corpus) as s:
        if args.verdict == "ls":
            for r in list_feedback(s):
                what = f"segment {r['segment_id']}" if r["segment_id"] is not None else \
                    f"label {r['label']} of {r['vocab_id']}"
                print(f"{r['id']:>5} {r['at']} {r['verdict']:<8} {what} {r['who']} {r['note']}")
            return 0
        if args.verdict == "reset":
            print(f"{args.corpus}: removed {reset_feedback(s, args.segment)} feedback entries")
            return 0
        fid = add_feedback(s, args.verdict, args.segment, args.vocab, args.label, "cli",
                           args.note)
    print(f"{args.corpus}: feedback {fid} stored ({args.verdict})")
    return 0


def semitones(arg: str, flag: str) -> tuple[int, ...]:
    """'0,-3,2' -> (0, -3, 2); anything else is refused in one line naming the option."""
    try:
        return tuple(int(x) for x in arg.split(",") if x.strip())
    except ValueError:
        raise ValueError(f"{flag} {arg!r}: give whole semitones separated by commas, "
                         "e.g. 0,-3,2") from None


def cmd_demo(args: argparse.Namespace) -> int:
    shifts = semitones(args.transpositions, "--transpositions")
    augment = semitones(args.augment, "--augment")
    voices = tuple(v for v in args.voices.split(",") if v)
    out = make_demo(args.out, DemoConfig(limit=args.limit, transpositions=shifts, augment=augment,
                                         collection=args.collection, voices=voices))
    print(f"wrote {args.collection} stems to {out}")
    return 0
