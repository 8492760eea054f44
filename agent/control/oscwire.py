"""A strict check of an OSC 1.0 datagram before any parser sees it.

python-osc's bundle parser loops forever on a bundle element whose size is negative (one 48-byte
datagram took a core and could not be stopped by SIGTERM), recurses on deeply nested bundles and
raises on invalid UTF-8. Checking sizes, nesting and text first means nothing a datagram holds can
stop the show: a malformed one is counted and dropped."""
from __future__ import annotations

MAX_DEPTH = 8  # bundles inside bundles
FIXED = {"i": 4, "f": 4, "c": 4, "r": 4, "m": 4, "h": 8, "d": 8, "t": 8,
         "T": 0, "F": 0, "N": 0, "I": 0, "[": 0, "]": 0}


class Malformed(ValueError):
    pass


def problem(data: bytes) -> str | None:
    """Why `data` is not a well-formed OSC message or bundle (one short reason), or None."""
    try:
        _packet(data, 0)
    except Malformed as e:
        return str(e)
    return None


def _packet(data: bytes, depth: int) -> None:
    if data.startswith(b"#bundle\0"):
        _bundle(data, depth)
    elif data.startswith(b"/"):
        _message(data)
    else:
        raise Malformed("neither an OSC message (/...) nor a bundle (#bundle)")


def _bundle(data: bytes, depth: int) -> None:
    if depth >= MAX_DEPTH:
        raise Malformed(f"bundles nested deeper than {MAX_DEPTH}")
    if len(data) < 16 or len(data) % 4:
        raise Malformed(f"bundle of {len(data)} bytes (at least 16, a multiple of 4)")
    pos = 16  # "#bundle\0" and the 8-byte timetag
    while pos < len(data):
        if pos + 4 > len(data):
            raise Malformed("bundle element size cut off")
        size = int.from_bytes(data[pos : pos + 4], "big", signed=True)
        if size <= 0 or size % 4 or pos + 4 + size > len(data):
            raise Malformed(f"bundle element size {size} does not fit the "
                            f"{len(data) - pos - 4} bytes left")
        _packet(data[pos + 4 : pos + 4 + size], depth + 1)
        pos += 4 + size


def _string(data: bytes, pos: int, what: str) -> tuple[str, int]:
    end = data.find(b"\0", pos)
    if end < 0:
        raise Malformed(f"{what} is not null-terminated")
    try:
        text = data[pos:end].decode("utf-8")
    except UnicodeDecodeError:
        raise Malformed(f"{what} is not valid UTF-8") from None
    return text, pos + (end - pos) // 4 * 4 + 4


def _message(data: bytes) -> None:
    if len(data) % 4:
        raise Malformed(f"message of {len(data)} bytes (a multiple of 4)")
    _, pos = _string(data, 0, "address")
    if pos >= len(data):
        return  # no type tags: a message without arguments
    tags, pos = _string(data, pos, "type tags")
    if not tags.startswith(","):
        raise Malformed("type tags do not start with ','")
    for tag in tags[1:]:
        if tag in FIXED:
            pos += FIXED[tag]
        elif tag in "sS":
            _, pos = _string(data, pos, "string argument")
        elif tag == "b":
            if pos + 4 > len(data):
                raise Malformed("blob size cut off")
            size = int.from_bytes(data[pos : pos + 4], "big", signed=True)
            if size < 0:
                raise Malformed(f"blob size {size}")
            pos += 4 + (size + 3) // 4 * 4
        else:
            raise Malformed(f"unknown type tag {tag!r}")
        if pos > len(data):
            raise Malformed("arguments run past the end of the datagram")
