"""Pagefind's bundle made the same from build to build, as the rest of the site is.

Pagefind 1.5.2 writes each filter's values, and the list of filters in its metadata file, in
the order of a hash map seeded anew by each run: two builds of the same pages differ in
``filter/*.pf_filter``, ``pagefind.<lang>_<hash>.pf_meta`` and the hash ``pagefind-entry.json``
names (upstream fixed it after 1.5.2, by sorting both: Pagefind pull request #1124). This
module does what that fix does, after the run: sorts each filter's values and the metadata's
filters and sorts by name, and renames the files by the hash of their new content, as
Pagefind names them. The files are gzip'd CBOR behind an 8-byte ``pagefind_dcd`` marker; what
is read is written back byte for byte before anything is changed, so a format this module
does not know stops the build instead of corrupting the index.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import struct
from pathlib import Path

MARKER = b"pagefind_dcd"
META_FIELDS = 6  # version, pages, index chunks, filters, sorts, metadata fields


class BundleFormatError(ValueError):
    """A Pagefind file is not in the format this module reads."""


# ---- the subset of CBOR Pagefind writes (minicbor: unsigned integers, text, arrays) ----


def _decode(data: bytes, at: int = 0):
    """The value at ``at`` and where the next one starts."""
    if at >= len(data):
        raise BundleFormatError("truncated CBOR")
    major, info = data[at] >> 5, data[at] & 0x1F
    at += 1
    if info < 24:
        length = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        length = int.from_bytes(data[at : at + size], "big")
        at += size
    else:
        raise BundleFormatError(f"CBOR item {data[at - 1]:#x} is not read here")
    if major == 0:
        return length, at
    if major == 3:
        return data[at : at + length].decode("utf-8"), at + length
    if major == 4:
        items = []
        for _ in range(length):
            item, at = _decode(data, at)
            items.append(item)
        return items, at
    raise BundleFormatError(f"CBOR major type {major} is not read here")


def _head(major: int, length: int) -> bytes:
    if length < 24:
        return bytes([major << 5 | length])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if length < 1 << (8 * size):
            return bytes([major << 5 | info]) + length.to_bytes(size, "big")
    raise BundleFormatError("integer too large")


def _encode(value) -> bytes:
    if isinstance(value, bool) or value is None:
        raise BundleFormatError(f"{value!r} is not written here")
    if isinstance(value, int):
        return _head(0, value)
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _head(3, len(raw)) + raw
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(map(_encode, value))
    raise BundleFormatError(f"{type(value).__name__} is not written here")


def read(path: Path):
    """A Pagefind file's value, checked to be written back byte for byte."""
    try:
        data = gzip.decompress(path.read_bytes())
    except (OSError, EOFError, struct.error) as error:
        raise BundleFormatError(f"{path}: not gzip ({error})") from None
    if not data.startswith(MARKER):
        raise BundleFormatError(f"{path}: no {MARKER.decode()} marker")
    body = data[len(MARKER) :]
    value, end = _decode(body)
    if end != len(body) or _encode(value) != body:
        raise BundleFormatError(
            f"{path}: CBOR this module would not write back the same"
        )
    return value


def write(path: Path, value) -> None:
    path.write_bytes(gzip.compress(MARKER + _encode(value), compresslevel=9, mtime=0))


def full_hash(data: bytes) -> str:
    """Pagefind's name for content: its SHA-1, each byte in hex without a leading zero."""
    return "".join(f"{byte:x}" for byte in hashlib.sha1(data).digest())


def _short(language: str, digest: str, length: int, taken: set[str]) -> str:
    """``en_`` and the first hex digits of the hash, more while another file has the name."""
    name = f"{language}_{digest}"
    short = name[: len(language) + 1 + length]
    while short in taken and len(short) < len(name):
        short = name[: len(short) + 1]
    return short


# ---- the fix ----


def _filter_file(bundle: Path, name: str) -> Path:
    return bundle / "filter" / f"{name}.pf_filter"


def stabilize(bundle: Path) -> None:
    """Sort what Pagefind left in hash-map order and rename the files it changes."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, info in entry["languages"].items():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = read(meta_path)
        if not (isinstance(meta, list) and len(meta) == META_FIELDS):
            raise BundleFormatError(f"{meta_path}: not {META_FIELDS} fields")
        filters, renamed = [], {}
        taken: set[str] = set()
        for name, old in sorted(meta[3]):
            path = _filter_file(bundle, old)
            filter_name, values = read(path)
            value = [filter_name, sorted(values, key=lambda pair: pair[0])]
            new = _short(language, full_hash(_encode(value)), 7, taken)
            taken.add(new)
            renamed[old] = (new, value)
            filters.append([name, new])
        for old in renamed:
            _filter_file(bundle, old).unlink()
        for new, value in renamed.values():
            write(_filter_file(bundle, new), value)
        meta[3] = filters
        meta[4] = sorted(meta[4], key=lambda sort: sort[0])
        meta_hash = f"{language}_{full_hash(_encode(meta))[: len(language) + 8]}"
        meta_path.unlink()
        write(bundle / f"pagefind.{meta_hash}.pf_meta", meta)
        info["hash"] = meta_hash
    languages = dict(sorted(entry["languages"].items()))
    entry_path.write_text(
        json.dumps(
            {**entry, "languages": languages}, ensure_ascii=False, separators=(",", ":")
        ),
        encoding="utf-8",
    )
