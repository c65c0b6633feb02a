"""Ready-to-edit entity files for candidate names: the name, its ASCII form, empty fields.

Nothing is filled in that the finder cannot know: every type-specific field is a commented
placeholder, so a stub says only what the article says (the name) and where it was seen.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from dossier import schema
from dossier.recognize.candidates import Candidate
from dossier.text import strip_marks

_HINTS = {
    schema.TEXT: "as the sources state it",
    schema.TEXTS: "a list, as the sources state it",
    schema.DATE: "YYYY, YYYY-MM or YYYY-MM-DD, only as precise as the sources",
    schema.COORDINATES: "[latitude, longitude] in decimal degrees",
}


def ascii_form(name: str) -> str:
    return strip_marks(name).replace("’", "'").replace("–", "-").replace("—", "-")


def _hint(field: schema.Field) -> str:
    if field.kind in (schema.REF, schema.REFS):
        targets = " or ".join(field.targets) or "any type"
        return f"{'slug' if field.kind == schema.REF else 'list of slugs'} of {targets}"
    return _HINTS[field.kind]


def stub_text(candidate: Candidate) -> str:
    """The entity file for a candidate: valid front matter, placeholders commented out."""
    # its spelling without marks, and the short forms the articles give it ("KOICA")
    spellings = [ascii_form(candidate.name), *candidate.aliases]
    aliases = [a for a in dict.fromkeys(spellings) if a != candidate.name]
    dump = yaml.safe_dump(
        {"name": candidate.name, "aliases": aliases},
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=None,
        width=1000,
    )
    lines = [
        "---",
        *dump.strip().split("\n"),
        "# short_names: []  # a surname or short form, linked only after the full name",
        "# native_name:  # only when certain",
    ]
    lines.append("description:  # one plain sentence, from the sources")
    for field in schema.TYPES_BY_KEY[candidate.type].fields:
        lines.append(f"# {field.name}:  # {_hint(field)}")
    for occurrence in candidate.occurrences[:5]:
        lines.append(
            f"# seen in {occurrence.source}:{occurrence.line} (articles/{occurrence.article}.md#{occurrence.anchor})"
        )
    lines.append("---")
    return "\n".join(lines) + "\n"


def existing_entity_file(root: Path, slug: str) -> Path | None:
    """An entity file with this slug in any type folder (slugs are unique across types)."""
    for entity_type in schema.TYPES:
        path = root / "docs" / entity_type.key / f"{slug}.md"
        if path.exists():
            return path
    return None


def write_stub(root: Path, candidate: Candidate) -> tuple[Path, bool]:
    """(path, created): never overwrites; an existing file with the slug is left as it is."""
    existing = existing_entity_file(root, candidate.slug)
    if existing is not None:
        return existing, False
    path = root / candidate.path
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:
        handle.write(stub_text(candidate))
    return path, True
