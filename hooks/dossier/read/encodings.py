"""Which encoding a seed that is not UTF-8 was saved in.

Korean sites and older Windows editors save Korean text as EUC-KR (CP949), and Notepad
saves "Unicode" as UTF-16 with a byte-order mark. Read as Windows-1252, both become
unreadable letters; guessing CP949 by trying it fails the other way, since most
Windows-1252 text with curly quotes also decodes as CP949. ``charset-normalizer`` weighs
the whole text (which script its letters make, how often they occur), so its guess is
taken, but only for the encodings whose guesses hold on short texts; anything else is
read as Windows-1252, as before.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

# a byte-order mark says the encoding outright (the longer UTF-32 marks first)
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# guesses taken, by the detector's name for them, and how a warning names them
_TRUSTED = {"cp949": "Korean EUC-KR (CP949)", "euc_kr": "Korean EUC-KR (CP949)"}
FALLBACK = "Windows-1252"
_SAMPLE = 200_000  # bytes the guess reads: plenty for one article


def marked(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding a byte-order mark opening ``data`` names."""
    return next((name for mark, name in _MARKS if data.startswith(mark)), None)


def legacy(data: bytes) -> tuple[str, str]:
    """(text, the encoding's name for a warning) of bytes that are not UTF-8."""
    best = from_bytes(data[:_SAMPLE]).best()
    if best is not None and best.encoding in _TRUSTED:
        return data.decode("cp949", errors="replace"), _TRUSTED[best.encoding]
    return data.decode("cp1252", errors="replace"), FALLBACK
