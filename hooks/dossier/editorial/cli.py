"""``scripts/dossier <command>``: the editors' commands over the same pipeline as the site.

Exit codes: 0 ok, 1 errors (in the project or in the input), 2 usage. Bad input is reported
as ``file: message``, never as a traceback.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from dossier.build import build_dossier
from dossier.clean.cleaning import clean
from dossier.editorial import check as checks
from dossier.editorial.sidecar import sidecar_text
from dossier.editorial.stubs import stub_text, write_stub
from dossier.read.seeds import decode, metadata_from, read_sidecar
from dossier.recognize.candidates import Candidate, find_candidates
from dossier.recognize.matcher import build_matcher

PACKAGE_ROOT = (
    Path(__file__).resolve().parents[3]
)  # the checkout the package was installed from


def project_root(start: Path) -> Path:
    """The project the command works on: the nearest folder up from ``start`` with a mkdocs.yml
    and a seeds/ folder, else the checkout the package comes from."""
    for folder in (start, *start.parents):
        if (folder / "mkdocs.yml").is_file() and (folder / "seeds").is_dir():
            return folder
    return PACKAGE_ROOT


_SEED_NAME = re.compile(r"(\d{3,})_[0-9a-f]{16}\.txt")
_ADDRESS = re.compile(r"https?://[^\s/]+\.[^\s/]+(?:/\S*)?")


TOOL_FAULT = (
    "the dossier tool failed ({fault}); please report it with the file attached"
)


class InputError(Exception):
    """Bad input from the user: printed as ``file: message``, exit code 1."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")


def main(argv: Sequence[str] | None = None, root: Path | None = None) -> int:
    args = parser().parse_args(argv)
    root = root or project_root(Path.cwd().resolve())
    try:
        return args.run(args, root)
    except InputError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"{error.filename or 'dossier'}: {error.strerror or error}", file=sys.stderr
        )
        return 1
    except Exception as error:  # a fault of the tool itself: no traceback
        named = getattr(args, "seeds", None) or [getattr(args, "source", None)]
        files = [str(f) for f in named if f] or ["dossier"]
        fault = f"{type(error).__name__}: {error}"
        print(
            f"{', '.join(files)}: {TOOL_FAULT.format(fault=fault)}",
            file=sys.stderr,
        )
        return 1


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(
        prog="dossier",
        description="Editorial commands for the Korea–Vietnam Dossier.",
    )
    commands = main_parser.add_subparsers(
        title="commands", metavar="COMMAND", required=True
    )

    check = commands.add_parser(
        "check",
        help="validate seeds, sidecars and entity files",
        description=checks.__doc__,
    )
    check.add_argument(
        "--strict", action="store_true", help="treat warnings as errors (as CI does)"
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (file:line: severity: message) or a JSON list",
    )
    check.set_defaults(run=run_check)

    suggest = commands.add_parser(
        "suggest",
        help="list unregistered names in articles, with stub entity files",
        description="Names in the given seeds that match no entity, with a guessed type, where they occur, and a ready front matter.",
    )
    suggest.add_argument(
        "seeds", nargs="+", metavar="SEED", help="seed files, e.g. seeds/005_….txt"
    )
    suggest.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for editors, or a JSON list of {name, type, occurrences} for tools",
    )
    suggest.add_argument(
        "--write",
        action="store_true",
        help="create docs/<type>/<slug>.md for each (never overwrites)",
    )
    suggest.set_defaults(run=run_suggest)

    add = commands.add_parser(
        "add",
        help="store a new article in seeds/ with its sidecar, then suggest",
        description="Copy an article byte for byte to seeds/NNN_<hash>.txt, create its sidecar and list the names to register.",
    )
    add.add_argument(
        "source",
        metavar="PATH_OR_-",
        help="the article as plain text, or - to read standard input",
    )
    add.add_argument(
        "--url",
        help="the article's address: written to the sidecar, and its site names the "
        "outlet when the text does not",
    )
    add.set_defaults(run=run_add)

    export = commands.add_parser(
        "export",
        help="write the generated Markdown site to a folder (builds without hooks)",
        description="Write docs/ with every generated page and a hook-free mkdocs.yml to DIR.",
    )
    export.add_argument(
        "directory",
        metavar="DIR",
        help="the target folder (created; must be empty if it exists)",
    )
    export.set_defaults(run=run_export)
    return main_parser


def run_check(args: argparse.Namespace, root: Path) -> int:
    problems = checks.check(root, strict=args.strict)
    if args.format == "json":
        print(checks.as_json(problems))
    elif problems:
        print(checks.as_text(problems))
    print(
        checks.summary(problems),
        file=sys.stderr if args.format == "json" else sys.stdout,
    )
    return 1 if any(p.severity == "error" for p in problems) else 0


def seed_path(argument: str, root: Path) -> Path:
    path = Path(argument)
    for candidate in (path, root / path):
        if candidate.is_file():
            return candidate.resolve()
    raise InputError(argument, "no such seed file")


def candidates_of(path: Path, root: Path) -> list[Candidate]:
    """The unregistered names in one seed, against the project's registry."""
    source = (
        path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    )
    text, problems = decode(path.read_bytes(), source)
    if text is None:
        raise InputError(source, problems[0].message)
    sidecar, _ = read_sidecar(path.with_suffix(".yml"), source)
    metadata = metadata_from(sidecar)
    article = clean(text, source, metadata)
    dossier = build_dossier(root)
    return find_candidates(
        article, build_matcher(dossier.registry), metadata.not_entities, text
    )


def run_suggest(args: argparse.Namespace, root: Path) -> int:
    paths = [seed_path(argument, root) for argument in args.seeds]
    if args.format == "json":
        found = [c for path in paths for c in candidates_of(path, root)]
        print(
            json.dumps(
                [candidate_record(c) for c in found], ensure_ascii=False, indent=2
            )
        )
        return 0
    for path in paths:
        suggest_one(path, root, args.write)
    return 0


def candidate_record(candidate: Candidate) -> dict:
    """A candidate for tools: ``{name, type, aliases, occurrences: [{file, line, anchor,
    sentence}]}``; ``aliases``: the short forms the articles give it in brackets."""
    return {
        "name": candidate.name,
        "type": candidate.type,
        "aliases": list(candidate.aliases),
        "occurrences": [
            {
                "file": o.source,
                "line": o.line,
                "anchor": o.anchor,
                "sentence": o.sentence,
            }
            for o in candidate.occurrences
        ],
    }


def suggest_one(path: Path, root: Path, write: bool) -> None:
    found = candidates_of(path, root)
    label = (
        path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    )
    print(f"{label}: {len(found)} unregistered name{'s' if len(found) != 1 else ''}")
    for candidate in found:
        print(f"\n{candidate.name}  [{candidate.type}]  {candidate.path}")
        for occurrence in candidate.occurrences:
            print(f"  {occurrence.source}:{occurrence.line}: {occurrence.sentence}")
        if write:
            written, created = write_stub(root, candidate)
            relative = written.relative_to(root).as_posix()
            print(
                f"  created {relative}"
                if created
                else f"  exists, left as it is: {relative}"
            )
        else:
            print(
                "".join(f"    {line}\n" for line in stub_text(candidate).splitlines()),
                end="",
            )


def run_add(args: argparse.Namespace, root: Path) -> int:
    if args.url is not None and not _ADDRESS.fullmatch(args.url):
        raise InputError(args.url, "not a web address (http:// or https://…)")
    if args.source == "-":
        data, label = sys.stdin.buffer.read(), "<stdin>"
    else:
        source = Path(args.source)
        if not source.is_file():
            raise InputError(args.source, "no such file")
        data, label = source.read_bytes(), args.source
    text, problems = decode(data, label)
    if text is None:
        raise InputError(label, problems[0].message)
    seeds = root / "seeds"
    digest = hashlib.sha256(data).hexdigest()
    for existing in sorted(seeds.glob("*.txt")):
        if hashlib.sha256(existing.read_bytes()).hexdigest() == digest:
            raise InputError(
                label,
                f"this article is already in the dossier as seeds/{existing.name} (same bytes); nothing added",
            )
    numbers = [
        int(m.group(1))
        for p in seeds.glob("*.txt")
        if (m := _SEED_NAME.fullmatch(p.name))
    ]
    stem = f"{max(numbers, default=-1) + 1:03d}_{digest[:16]}"
    seed = seeds / f"{stem}.txt"
    seed.write_bytes(data)
    sidecar = seed.with_suffix(".yml")
    sidecar.write_text(sidecar_text(text, seed, root, args.url), encoding="utf-8")
    for problem in problems:
        print(
            f"{seed.relative_to(root).as_posix()}:{problem.line}: warning: {problem.message}"
            if problem.line
            else problem
        )
    print(
        f"added seeds/{seed.name}\ncreated seeds/{sidecar.name}: confirm what it read from the "
        "article and fill in what it lists\n"
    )
    suggest_one(seed, root, write=False)
    return 0


def run_export(args: argparse.Namespace, root: Path) -> int:
    from dossier.publish.export import export

    target = Path(args.directory)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InputError(
            args.directory, "exists and is not an empty folder; choose a new folder"
        )
    dossier = build_dossier(root)
    if dossier.errors:
        print(checks.as_text(dossier.errors), file=sys.stderr)
        return 1
    written = export(root, target, dossier)
    print(
        f"wrote {written} files to {target}; build them with: mkdocs build --strict -f {target / 'mkdocs.yml'}"
    )
    return 0
