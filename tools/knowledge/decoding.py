"""Bytes of a text file to text: UTF-8 or UTF-16 when marked, else the likeliest legacy encoding.

Runs in the parsing worker (``parse_worker``) with the other parsers: charset-normalizer's guessing
costs time and memory in proportion to the file, so it is bounded like they are.
"""

from __future__ import annotations

# When charset-normalizer finds several encodings equally plausible (short texts often decode
# cleanly in many code pages), the one most used in practice wins.
_PREFERRED_ENCODINGS = ("gb18030", "cp1252", "cp1251", "big5", "shift_jis", "euc_kr", "cp1253")
_WESTERN_SIBLINGS = frozenset(
    """cp1250 cp1254 cp1257 latin_1 iso8859_2 iso8859_4 iso8859_9 iso8859_10 iso8859_13
    iso8859_15 mac_iceland mac_roman mac_turkish mac_latin2""".split()
)


class DecodeError(ValueError):
    """The bytes are not text, or not in an encoding that can be recognised."""


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 (or UTF-16 with a BOM); else the most common of the plausible legacy encodings."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DecodeError(f"{name} is marked as UTF-16 but is not valid UTF-16") from None
    if b"\x00" in data[:8192]:
        raise DecodeError(f"{name} looks like binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise DecodeError(f"{name}: could not tell which text encoding it uses")
    tied = [match for match in results if match.chaos <= best.chaos + 0.01]
    for encoding in _PREFERRED_ENCODINGS:
        for match in tied:
            if match.encoding == encoding:
                return str(match)
    if any(match.encoding in _WESTERN_SIBLINGS for match in tied):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)
