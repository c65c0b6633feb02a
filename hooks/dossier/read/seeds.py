"""Reading seed files and their sidecars: bytes → normalised text, with clear errors."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from dossier.model import Metadata, Problem
from dossier.read.encodings import legacy, marked
from dossier.text import normalize
from dossier.yamltext import load_yaml

MAX_SEED_BYTES = 2_000_000
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SIDECAR_FIELDS = {
    "title",
    "slug",
    "published",
    "outlet",
    "url",
    "author",
    "dateline",
    "drop_lines",
    "keep_lines",
    "not_entities",
}


@dataclass(frozen=True)
class SeedText:
    source: str  # path relative to the project root
    text: str  # NFC, "\n" line endings, invisible characters removed
    sidecar: dict
    problems: tuple[Problem, ...]


def decode(data: bytes, source: str) -> tuple[str | None, list[Problem]]:
    """Seed bytes as text: UTF-8 (BOM allowed), UTF-16 or UTF-32 with their byte-order
    mark; else, with a warning, Korean EUC-KR when the bytes read as Korean, or
    Windows-1252 (``encodings.py``)."""
    if len(data) > MAX_SEED_BYTES:
        size = f"{len(data) / 1_000_000:.1f} MB"
        return None, [
            Problem(
                source,
                None,
                f"seed is {size}, over the 2 MB limit for one article; split it or check that it is an article",
            )
        ]
    if mark := marked(data):  # "Unicode" as Notepad saves it: UTF-16 with its mark
        text = data.decode(mark, errors="replace")
        if not _binary(text.encode("utf-8", errors="replace")) and not _broken(text):
            return _decoded(text, [], source)
    if _binary(data):
        return None, [
            Problem(
                source,
                None,
                "file is binary, not text: an article must be a plain-text file",
            )
        ]
    try:
        text = data.decode("utf-8-sig")
        problems: list[Problem] = []
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        text, encoding = legacy(data)
        problems = [
            Problem(
                source,
                line,
                f"seed is not UTF-8; read as {encoding}. Re-save it as UTF-8 and check "
                "the accented letters and the Korean",
                "warning",
            )
        ]
    return _decoded(text, problems, source)


def _decoded(
    text: str, problems: list[Problem], source: str
) -> tuple[str | None, list[Problem]]:
    text = normalize(text.removeprefix("\ufeff"))
    if not text.strip():
        return None, [
            Problem(
                source, None, "seed is empty; add the article text or remove the file"
            )
        ]
    return text, problems


_CONTROLS = bytes(
    b for b in range(32) if b not in (9, 10, 12, 13)
)  # not tab, line feed, form feed, return


def _binary(data: bytes) -> bool:
    return b"\x00" in data or _control_ratio(data) > MAX_CONTROL_RATIO


def _broken(text: str) -> bool:
    """Bytes the encoding its mark names cannot read: no text saved in it."""
    return text.count("\ufffd") > MAX_CONTROL_RATIO * len(text)


MAX_CONTROL_RATIO = 0.01


def _control_ratio(data: bytes) -> float:
    sample = data[:65536]
    controls = len(sample) - len(
        sample.translate(None, _CONTROLS)
    )  # the control bytes deleted, counted in C
    return controls / max(len(sample), 1)


def read_sidecar(path: Path, source: str) -> tuple[dict, list[Problem]]:
    """The sidecar's fields, or errors naming its file and line."""
    if not path.exists():
        return {}, []
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return {}, [
            Problem(
                source,
                mark.line + 1 if mark else None,
                f"sidecar is not valid YAML: {getattr(error, 'problem', error)}",
            )
        ]
    except UnicodeDecodeError:
        return {}, [Problem(source, None, "sidecar is not UTF-8 text")]
    if not isinstance(data, dict):
        return {}, [
            Problem(
                source,
                1,
                "sidecar must be a mapping of fields (title, published, outlet, url, author)",
            )
        ]
    problems = [
        Problem(
            source,
            None,
            f"unknown sidecar field '{key}'; known fields: {', '.join(sorted(SIDECAR_FIELDS))}",
        )
        for key in data
        if key not in SIDECAR_FIELDS
    ]
    clean: dict = {}
    for key in ("title", "slug", "outlet", "url", "author", "dateline"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            problems.append(
                Problem(source, None, f"sidecar field '{key}' must be text")
            )
        else:
            clean[key] = normalize(value.strip())
    if "slug" in clean and not _SLUG.fullmatch(clean["slug"]):
        bad = clean.pop("slug")
        message = f"sidecar field 'slug' must be lower-case letters, digits and single hyphens (e.g. 'seoul-looks-to-vietnam'), not '{bad}'"
        problems.append(Problem(source, _line_of(path, "slug"), message))
    published = data.get("published")
    if isinstance(published, (dt.date, int)) or (
        isinstance(published, str) and published.strip()
    ):
        clean["published"] = str(published)
    elif published is not None:
        problems.append(
            Problem(
                source,
                None,
                "sidecar field 'published' must be a date such as 2025-11-21",
            )
        )
    for key in ("drop_lines", "keep_lines"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(n, int) and not isinstance(n, bool) for n in value
        ):
            problems.append(
                Problem(
                    source,
                    None,
                    f"sidecar field '{key}' must be a list of line numbers",
                )
            )
        else:
            clean[key] = tuple(value)
    # A field written with no value (``published:``) records that the article does not say.
    clean["unknown"] = tuple(
        key
        for key in ("title", "published", "outlet", "url", "author", "dateline")
        if key in data and data[key] is None
    )
    not_entities = data.get(
        "not_entities", []
    )  # names the editors judged not worth an entity
    if not isinstance(not_entities, list) or not all(
        isinstance(n, str) for n in not_entities
    ):
        problems.append(
            Problem(
                source, None, "sidecar field 'not_entities' must be a list of names"
            )
        )
    else:
        clean["not_entities"] = tuple(normalize(n) for n in not_entities)
    return clean, problems


def _line_of(path: Path, key: str) -> int | None:
    """The line of a top-level key in a YAML file, so the error points at it."""
    for number, line in enumerate(
        path.read_text(encoding="utf-8").split("\n"), start=1
    ):
        if re.match(rf"{re.escape(key)}\s*:", line):
            return number
    return None


def metadata_from(sidecar: dict) -> Metadata:
    return Metadata(
        title=sidecar.get("title"),
        slug=sidecar.get("slug"),
        published=sidecar.get("published"),
        outlet=sidecar.get("outlet"),
        url=sidecar.get("url"),
        author=sidecar.get("author"),
        dateline=sidecar.get("dateline"),
        drop_lines=sidecar.get("drop_lines", ()),
        keep_lines=sidecar.get("keep_lines", ()),
        not_entities=sidecar.get("not_entities", ()),
        unknown=sidecar.get("unknown", ()),
    )


def read_seeds(root: Path) -> tuple[list[SeedText], list[Problem]]:
    """Every ``seeds/*.txt`` under root, sorted by name, plus orphaned sidecars."""
    seeds_dir = root / "seeds"
    found, problems = [], []
    for path in sorted(seeds_dir.glob("*.txt")):
        source = path.relative_to(root).as_posix()
        text, read_problems = decode(path.read_bytes(), source)
        sidecar_path = path.with_suffix(".yml")
        sidecar, sidecar_problems = read_sidecar(
            sidecar_path, sidecar_path.relative_to(root).as_posix()
        )
        problems += read_problems + sidecar_problems
        if text is not None:
            found.append(SeedText(source, text, sidecar, tuple(read_problems)))
    for sidecar_path in sorted(seeds_dir.glob("*.yml")):
        if not sidecar_path.with_suffix(".txt").exists():
            rel = sidecar_path.relative_to(root).as_posix()
            problems.append(
                Problem(
                    rel,
                    None,
                    f"sidecar has no seed: {sidecar_path.with_suffix('.txt').name} does not exist; rename or remove it",
                )
            )
    return found, problems
