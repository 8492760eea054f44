"""Song names carry their key: `NAME_t+2` is piece NAME transposed 2 semitones up, as `corpus
demo` names the copies it renders. Splits keep a piece's keys together, the baselines count
tables in the judged songs' keys, and vocabularies are fitted in those keys only."""
from __future__ import annotations

import re

TRANSPOSED = re.compile(r"_t([+-]\d+)$")


def song_name(piece: str, semitones: int) -> str:
    """The name of `piece` transposed by `semitones` (0: the piece's own name)."""
    return piece if semitones == 0 else f"{piece}_t{semitones:+d}"


def piece_of(song: str) -> str:
    """The piece a song renders: transpositions of one piece are one piece, so validation
    never hears a transposed training song."""
    return TRANSPOSED.sub("", song)


def shift_of(song: str) -> int:
    """The semitones a song is transposed by (`NAME_t+2` -> 2; a song as written -> 0)."""
    m = TRANSPOSED.search(song)
    return int(m.group(1)) if m else 0
