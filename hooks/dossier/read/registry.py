"""Entity files (``docs/<type>/<slug>.md``) → validated Entities, with file:line errors."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from dossier import schema
from dossier.cache import ContentCache, NoCache
from dossier.model import Entity, Problem, Registry
from dossier.text import joined_key, name_key, normalize, slugify
from dossier.yamltext import load_yaml

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
_PASSAGE_REF = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*#[a-z]+-\d+")
_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
INDEX_FILE = "index.md"


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter, body, line number where the body starts)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, text, 1
    return match.group(1) or "", text[match.end() :], match.group(0).count("\n") + 1


def _key_lines(front_matter: str) -> dict[str, int]:
    """Line of each top-level key, so errors can point at the field (line 1 is ``---``)."""
    lines = {}
    for number, line in enumerate(front_matter.split("\n"), start=2):
        match = re.match(r"([A-Za-z_][\w-]*)\s*:", line)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def read_entity(
    path: Path, root: Path, type_key: str
) -> tuple[Entity | None, list[Problem]]:
    source = path.relative_to(root).as_posix()
    try:
        text = normalize(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        return None, [Problem(source, None, "entity file is not UTF-8 text")]
    front_matter, body, _ = split_front_matter(text)
    if front_matter is None:
        return None, [
            Problem(
                source,
                1,
                "no front matter: the file must start with a '---' line, the fields, and a closing '---'",
            )
        ]
    try:
        data = load_yaml(front_matter) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else None
        return None, [
            Problem(
                source,
                line,
                f"front matter is not valid YAML: {getattr(error, 'problem', None) or error}",
            )
        ]
    if not isinstance(data, dict):
        return None, [
            Problem(
                source,
                2,
                "front matter must be a mapping of fields such as 'name: Tô Lâm'",
            )
        ]
    lines = _key_lines(front_matter)
    fields, problems = validate_fields(data, type_key, source, lines)
    if "name" not in fields:
        problems.append(
            Problem(source, 2, "missing required field 'name' (the canonical name)")
        )
        return None, problems
    slug = path.stem
    expected = slugify(fields["name"])
    if slug != expected:
        problems.append(
            Problem(
                source,
                lines.get("name"),
                f"file name '{slug}.md' does not match the slug of name '{fields['name']}'; rename the file to '{expected}.md'",
            )
        )
    entity = Entity(
        slug=slug,
        type=type_key,
        name=fields["name"],
        source=source,
        aliases=tuple(fields.get("aliases", ())),
        short_names=tuple(fields.get("short_names", ())),
        fields=fields,
        body=body.strip(),
        field_lines=lines,
    )
    return entity, problems


def validate_fields(
    data: dict, type_key: str, source: str, lines: dict[str, int]
) -> tuple[dict[str, Any], list[Problem]]:
    """The front matter checked against the type's schema; bad fields are reported and left out."""
    known = schema.fields_of(type_key)
    fields: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, value in data.items():
        line = lines.get(str(key))
        field = known.get(str(key))
        if field is None:
            problems.append(
                Problem(
                    source,
                    line,
                    f"unknown field '{key}' for {type_key}; known fields: {', '.join(known)}",
                )
            )
            continue
        if value is None:
            continue
        checked, message = _check(field, value)
        if message:
            problems.append(Problem(source, line, f"field '{key}' {message}"))
        else:
            fields[field.name] = checked
    return fields, problems


def _check(field: schema.Field, value: Any) -> tuple[Any, str | None]:
    kind = field.kind
    if kind == schema.TEXT:
        if isinstance(value, (list, dict, bool)):
            return None, f"must be text, not a {type(value).__name__}"
        text = normalize(str(value)).strip()
        return (text, None) if text else (None, "must not be empty")
    if kind in (schema.TEXTS, schema.REFS):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(
            isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value
        ):
            return None, "must be a list of texts"
        items = tuple(normalize(str(v)).strip() for v in value if str(v).strip())
        return items, None
    if kind == schema.PASSAGES:
        if not isinstance(value, list) or not all(
            isinstance(v, str) and _PASSAGE_REF.fullmatch(v.strip()) for v in value
        ):
            return (
                None,
                "must be a list of article paragraphs written <article-slug>#p-3",
            )
        return tuple(v.strip() for v in value), None
    if kind == schema.REF:
        if not isinstance(value, str):
            return None, "must be one slug (text), e.g. 'hanoi'"
        return value.strip(), None
    if kind == schema.DATE:
        text = value.isoformat() if isinstance(value, dt.date) else str(value).strip()
        if isinstance(value, (list, dict, bool)) or not _DATE.fullmatch(text):
            return None, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD"
        return text, None
    if kind == schema.COORDINATES:
        if not (
            isinstance(value, list)
            and len(value) == 2
            and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in value
            )
        ):
            return None, "must be [latitude, longitude] in decimal degrees"
        lat, lon = value
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return (
                None,
                f"is out of range: latitude must be within ±90 and longitude within ±180, got [{lat}, {lon}]",
            )
        return (float(lat), float(lon)), None
    raise ValueError(f"unknown field kind {kind}")


def read_registry(
    root: Path, cache: ContentCache | None = None
) -> tuple[Registry, list[Problem]]:
    """Every entity file, then the checks that need them all: slugs, aliases, references."""
    entities: dict[str, Entity] = {}
    problems: list[Problem] = []
    for entity_type in schema.TYPES:
        folder = root / "docs" / entity_type.key
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
            if path.name == INDEX_FILE:
                continue
            entity, found = _read_entity_cached(
                path, root, entity_type.key, cache or NoCache()
            )
            problems += found
            if entity is None:
                continue
            if entity.slug in entities:
                other = entities[entity.slug]
                problems.append(
                    Problem(
                        entity.source,
                        entity.line_of("name"),
                        f"duplicate slug '{entity.slug}': {other.source} has it too; slugs are unique across all entity types",
                    )
                )
                continue
            entities[entity.slug] = entity
    registry = Registry(entities)
    problems += check_aliases(registry) + check_references(registry)
    return registry, problems


def _read_entity_cached(
    path: Path, root: Path, type_key: str, cache: ContentCache
) -> tuple[Entity | None, list[Problem]]:
    """``read_entity``, parsed once per file content (``mkdocs serve`` rebuilds reuse it)."""
    key = (path.relative_to(root).as_posix(), path.read_bytes(), type_key)
    entity, problems = cache.memo(
        "entity", key, lambda: read_entity(path, root, type_key)
    )
    return entity, list(problems)


def check_aliases(registry: Registry) -> list[Problem]:
    """An alias (after folding) may belong to one entity only."""
    owners: dict[str, Entity] = {}  # by joined key: "Ha Noi" and "Hanoi" are one name
    problems = []
    for entity in registry.entities.values():
        for alias in dict.fromkeys((entity.name, *entity.aliases)):
            key = name_key(alias)
            if not key:
                problems.append(
                    Problem(
                        entity.source,
                        entity.line_of("aliases"),
                        f"alias '{alias}' has no letters or digits to match",
                    )
                )
                continue
            owner = owners.setdefault(joined_key(key), entity)
            if owner is not entity:
                problems.append(
                    Problem(
                        entity.source,
                        entity.line_of("aliases" if alias != entity.name else "name"),
                        f"alias '{alias}' is also claimed by {owner.source}; give it to one entity only (field 'aliases')",
                    )
                )
    for entity in registry.entities.values():
        for short in entity.short_names:
            owner = owners.get(joined_key(name_key(short)))
            if owner is not None and owner is not entity:
                problems.append(
                    Problem(
                        entity.source,
                        entity.line_of("short_names"),
                        f"short name '{short}' is an alias of {owner.source}; remove it from 'short_names'",
                    )
                )
    return problems


def check_references(registry: Registry) -> list[Problem]:
    problems = []
    for entity in registry.entities.values():
        for field in schema.fields_of(entity.type).values():
            if field.kind not in (schema.REF, schema.REFS):
                continue
            value = entity.get(field.name)
            for ref in (value,) if field.kind == schema.REF else value or ():
                if ref is None:
                    continue
                target = registry.entities.get(ref)
                if target is None:
                    problems.append(
                        Problem(
                            entity.source,
                            entity.line_of(field.name),
                            f"field '{field.name}' refers to unknown entity '{ref}'{_did_you_mean(ref, registry)}",
                        )
                    )
                elif field.targets and target.type not in field.targets:
                    problems.append(
                        Problem(
                            entity.source,
                            entity.line_of(field.name),
                            f"field '{field.name}' must refer to {' or '.join(field.targets)}, but '{ref}' is in {target.type}",
                        )
                    )
                elif target is entity:
                    problems.append(
                        Problem(
                            entity.source,
                            entity.line_of(field.name),
                            f"field '{field.name}' refers to the entity itself",
                        )
                    )
    return problems


def _did_you_mean(ref: str, registry: Registry) -> str:
    import difflib

    close = difflib.get_close_matches(ref, list(registry.entities), n=1)
    return (
        f" (did you mean '{close[0]}'?)"
        if close
        else "; create the entity file or fix the slug"
    )
