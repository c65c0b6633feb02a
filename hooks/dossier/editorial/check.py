"""Everything the build validates, plus the editorial warnings a reviewer wants to see.

Errors come from the pipeline (front matter, references, slugs, aliases, seeds, sidecars).
Warnings add what a strict build does not fail on but an editor should settle: sidecar
metadata not yet filled in, entities no article names, and names in the articles that look
like people, places or agreements but match no entity.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from dossier.build import build_dossier
from dossier.model import METADATA_FIELDS, Dossier, Problem


def sidecar_warnings(dossier: Dossier, root: Path) -> list[Problem]:
    problems = []
    for article in dossier.articles:
        sidecar = Path(article.source).with_suffix(".yml").as_posix()
        missing = article.metadata.missing()
        if not (root / sidecar).exists():
            problems.append(
                Problem(
                    article.source,
                    None,
                    f"no sidecar {sidecar}; create it with {', '.join(METADATA_FIELDS)} (see CONTRIBUTING.md)",
                    "warning",
                )
            )
        elif missing:
            advice = f"add each from the article, or write it with no value (e.g. '{missing[0]}:') when the article does not say"
            problems.append(
                Problem(
                    sidecar,
                    None,
                    f"metadata not filled in: {', '.join(missing)}; {advice}",
                    "warning",
                )
            )
    return problems


def unmentioned_entities(dossier: Dossier) -> list[Problem]:
    return [
        Problem(
            e.source,
            e.line_of("name"),
            f"no article names '{e.name}'; add the spelling the articles use to 'aliases', or remove the entity",
            "warning",
        )
        for e in dossier.entities.values()
        if not dossier.by_entity.get(e.slug)
    ]


def candidate_warnings(dossier: Dossier) -> list[Problem]:
    problems = []
    for article in dossier.articles:
        for candidate in dossier.index.candidates[article.slug]:
            first = candidate.first
            problems.append(
                Problem(
                    first.source,
                    first.line,
                    f"unregistered name '{candidate.name}' (guessed type: {candidate.type}); run `scripts/dossier suggest {first.source}`, "
                    "or list it under 'not_entities' in the sidecar",
                    "warning",
                )
            )
    return problems


def check(root: Path, strict: bool = False) -> list[Problem]:
    """All problems, sorted by file and line; ``strict`` turns every warning into an error."""
    dossier = build_dossier(root)
    problems = [
        *dossier.problems,
        *sidecar_warnings(dossier, root),
        *unmentioned_entities(dossier),
    ]
    problems += candidate_warnings(dossier)
    if strict:
        problems = [replace(p, severity="error") for p in problems]
    return sorted(set(problems), key=lambda p: (p.path, p.line or 0, p.message))


def as_text(problems: list[Problem]) -> str:
    lines = [
        f"{p.path}:{p.line}: {p.severity}: {p.message}"
        if p.line
        else f"{p.path}: {p.severity}: {p.message}"
        for p in problems
    ]
    return "\n".join(lines)


def as_json(problems: list[Problem]) -> str:
    return json.dumps(
        [
            {
                "file": p.path,
                "line": p.line,
                "severity": p.severity,
                "message": p.message,
            }
            for p in problems
        ],
        ensure_ascii=False,
        indent=2,
    )


def summary(problems: list[Problem]) -> str:
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    return f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"
