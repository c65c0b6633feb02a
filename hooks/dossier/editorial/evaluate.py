"""How well the pipeline reads articles it has never seen, measured on a labelled corpus.

    scripts/evaluate [CORPUS]    (default: tests/fixtures/corpus)

Each ``<id>.txt`` is an article as pasted from an outlet; ``<id>.truth.yml`` is what an editor
marks in it (see the corpus README); an ``<id>.yml`` sidecar may give its address, as
``add --url`` does, and nothing else of it is read. The article goes through the same stages as a seed
(clean → recognize → candidates) with the bundled registry; the table compares each field
with the truth, and the suggester's names with the truth's new names.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from dossier.clean.cleaning import clean
from dossier.clean.metadata import outlets
from dossier.editorial.cli import project_root
from dossier.model import PARAGRAPH, Article, Candidate, Metadata
from dossier.read.registry import read_registry
from dossier.recognize.candidates import find_candidates
from dossier.recognize.matcher import Matcher, build_matcher, find_mentions
from dossier.text import fold, normalize

FIELDS = ("title", "date", "author", "outlet", "dateline", "paragraphs")
PREFIX = 40


@dataclass
class Score:
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    articles: int = 0
    links_found: int = 0
    links_right: int = 0
    links_truth: int = 0
    names_truth: int = 0
    names_found: int = 0
    names_proposed: int = 0
    names_typed: int = 0
    junk: int = 0
    misses: list[str] = field(default_factory=list)


def _key(text: str | None) -> str:
    return " ".join(fold(text or "").replace("’", "'").split())


def _outlet_key(name: str | None) -> str:
    """An outlet compared as the outlet it is, not as spelled: ``AJU Press`` is the Aju
    Business Daily of ``outlets.yml``, ``The World Bank`` is ``World Bank``, and a name
    is one name with or without the spaces and hyphens between its words ("MarineLink",
    "Marine Link"; "Báo Phú Thọ", "Bao Phu Tho"), as names are matched, and a site named
    by its address is the name the address holds ("mby.co.kr" is "MBY"). The "&", "and"
    or "và" joining two of its words is no part of what names it, as an address drops it
    ("Taylor & Francis", taylorfrancis.com). "The" before a name is no part of it, nor is
    "Báo" (newspaper) before a listed paper's name ("Báo Tuổi Trẻ", as ``find`` reads it);
    but a listed paper's own "Báo" ("Báo Tuyên Quang", "Báo Quốc tế") is its name's, and
    so is an unlisted one's: the rest alone is a province or a section ("Quốc tế",
    international), read from a dateline or a menu, no paper."""
    known = outlets().find(name) if name else None
    if name and not known and _HOST.fullmatch(_key(name)):  # an unlisted address
        parts = _key(name).split(".")[:-1]
        name = ".".join(p for p in parts if p not in _ADDRESS_PARTS) or name
        known = outlets().find(name)
    words = _key(known or name).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "".join(w for w in words if w not in _JOINING).replace("-", "")


# a word joining two of an outlet's words ("và" folded is "va"), no part of its name
_JOINING = frozenset(["&", "and", "va"])


# a name written as a web address, and the parts of one that name no site
_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_ADDRESS_PARTS = frozenset(
    ["www", "m", "en", "co", "com", "net", "org", "gov", "edu", "or", "go", "ac"]
)


# "Hwacheon county", "시흥시" (Siheung city), "하롱시", "푸엔성" / "타이빈 성" (a province),
# "huyện Tân Yên", "Cat Nhon commune":
# the place and the word for its kind
_PLACE_WORD = re.compile(
    r"\s+(?:province|county|district|city|commune|town|ward)$|"
    r"^(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|thi tran|xa|phuong)\s+|"
    r"(?<=[\uac00-\ud7a3]{2})\s?[시군성]$"
)


# "5th …", "2019 …", "제3차 …", "제2회 …", "2022년 …", "… lần thứ 12": which edition
# of an event, said or not (a year and a number both: "2023년 제2회 …")
_EDITION = re.compile(
    r"^(?:(?:(?:19|20)\d\d년?|\d{1,3}(?:st|nd|rd|th)|제\d{1,3}[차회]|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)+|\s+lan thu \d{1,3}$"
)


_EDITIONED = frozenset(("events", "initiatives"))


# "베트남 환경보호청", "Vietnamese Ministry of Industry and Trade": the body of its story
# with its country before it, as the matcher reads registered bodies either way
_COUNTRY_BEFORE = re.compile(
    r"^(?:베트남|한국|주베트남|주한)\s+|"
    r"^(?:(?:south )?korean|vietnamese|(?:viet ?nam|(?:south )?korea|rok)(?:'s)?)\s+"
    r"(?=(?:ministry|department|embassy|consulate|government|national assembly)\b)"
)  # not "Korean Air", "Vietnam Airlines": the country is their name's


# "선라(son la)성", "탄 푸(thanh phu) 산업단지": a spelling written inside a name; a
# province's or a city's syllable after it is the word for the place's kind
_INNER_BRACKETS = re.compile(r"\(([^()]+)\)(?=.)")
_KIND_SYLLABLES = frozenset("성시군현")


def _name_key(name: str, kind: str) -> str:
    """A place is the same place with or without the word for its kind: "Hwacheon
    county" is proposed as "Hwacheon", "시흥시" as "시흥"; an event the same event with or
    without its edition ("5th Korea-Viet Nam Strategic Dialogue"), and so is a festival,
    which the registry files as an initiative ("제19회 …산삼축제"). A spelling in brackets
    inside a name is the name's alias, as a proposal carries it after the name; the
    spelling ends a place's name before its kind's syllable ("선라" with its alias "Son
    La" is "선라(Son La)성")."""
    key = _key(name)
    if inner := _INNER_BRACKETS.search(key):
        after = key[inner.end() :]
        kind_only = kind == "cities" and after in _KIND_SYLLABLES
        bare = " ".join(f"{key[: inner.start()]}{'' if kind_only else after}".split())
        return f"{_name_key(bare, kind)}({inner[1]})"
    if kind in _EDITIONED:
        return _EDITION.sub("", key)
    return _PLACE_WORD.sub("", key) if kind == "cities" else key


def _proposed_keys(name: str, kind: str) -> tuple[str, ...]:
    """The keys a proposal matches the truth by: its own, and for a body proposed with
    its country before it the body as its story names it, which only a truth without its
    own country takes (the truth's keys are never loosened, so two countries' embassies
    stay two names)."""
    key = _name_key(name, kind)
    loose = _COUNTRY_BEFORE.sub("", key) if kind == "organizations" else key
    return (key, loose) if loose != key else (key,)


def _with_aliases(candidate: Candidate) -> tuple[str, ...]:
    """A proposal with the short form it carries, as a truth writes the two: "한국국제
    협력단(KOICA)", "Korea Tourism Organization (KTO)"."""
    key = _name_key(candidate.name, candidate.type)
    return tuple(
        f"{key}{gap}({_key(alias)})" for alias in candidate.aliases for gap in ("", " ")
    )


# a list item's bullet opening a paragraph ("○ ", "- ") is layout: an editor may copy it
# with the text, the page shows the text without it; the two are the same paragraph
_LIST_BULLET = re.compile(r"(?:[-•◦▪■□○●►▶◇◆·*]\s+)+")


COMPARED = PREFIX - 3  # what is left of a truth's 40 characters once its bullet goes


def paragraph_prefix(text: str) -> str:
    """What a paragraph is compared by: its first characters, spaces folded, a list
    item's bullet left out (on both sides, so the 40 characters a truth holds, its bullet
    among them, are compared by their first 37); invisible characters (a soft hyphen an
    editor copied with the text) are no part of it, as the read stage drops them."""
    text = " ".join(normalize(text).split())
    if bullet := _LIST_BULLET.match(text):
        text = text[bullet.end() :]
    return text[:COMPARED].rstrip()


def _prefixes(article: Article) -> list[str]:
    return [paragraph_prefix(p.text) for p in article.passages if p.kind == PARAGRAPH]


def field_values(article: Article) -> dict[str, object]:
    meta = article.metadata
    authors = [a.strip() for a in (article.author or "").split(",") if a.strip()]
    return {
        "title": _key(article.title if meta.title else None),
        "date": meta.published,
        "author": sorted(_key(a) for a in authors),
        "outlet": _outlet_key(meta.outlet),
        "dateline": _key(meta.dateline),
        "paragraphs": _prefixes(article),
    }


def truth_values(truth: dict) -> dict[str, object]:
    date = truth.get("date")
    return {
        "title": _key(truth.get("title")),
        "date": str(date) if date else None,
        "author": sorted(_key(a) for a in truth.get("author") or ()),
        "outlet": _outlet_key(truth.get("outlet")),
        "dateline": _key(truth.get("dateline")),
        "paragraphs": [paragraph_prefix(p) for p in truth.get("paragraphs") or ()],
    }


def evaluate_one(
    text: str,
    truth: dict,
    matcher: Matcher,
    score: Score,
    name: str,
    url: str | None = None,
) -> None:
    """``url``: the article's address, as an editor gives it to ``add --url``."""
    article = clean(normalize(text), name, Metadata(url=url))
    got, want = field_values(article), truth_values(truth)
    score.articles += 1
    for key in FIELDS:
        if got[key] == want[key]:
            score.right[key] += 1
        else:
            score.misses.append(f"{name}: {key}: got {got[key]!r}, want {want[key]!r}")
    mentions = find_mentions(article, matcher)
    story = {p.anchor for p in article.passages if p.kind == PARAGRAPH}
    linked = {m.entity for m in mentions if m.anchor in story}
    expected = set(truth.get("entities") or ())
    score.links_found += len(linked)
    score.links_right += len(linked & expected)
    score.links_truth += len(expected)
    for slug in sorted(linked ^ expected):
        which = "linked wrongly" if slug in linked else "not linked"
        score.misses.append(f"{name}: entity {slug}: {which}")
    _score_names(article, truth, matcher, mentions, score, name)


def _score_names(article, truth, matcher, mentions, score: Score, name: str) -> None:
    found = find_candidates(article, matcher, (), None, mentions)
    proposed = {_name_key(c.name, c.type): c for c in found}
    matched = dict(proposed)  # and a body without the country proposed before it
    for candidate in found:
        for key in _proposed_keys(candidate.name, candidate.type)[1:]:
            matched.setdefault(key, candidate)
        for key in _with_aliases(candidate):
            matched.setdefault(key, candidate)
    wanted = {
        _name_key(n["name"], n["type"]): n["type"] for n in truth.get("new_names") or ()
    }
    junk = {_key(j).strip("()[]|:- ") for j in truth.get("junk") or ()}
    score.names_truth += len(wanted)
    score.names_proposed += len(proposed)
    for key, kind in wanted.items():
        if key in matched:
            score.names_found += 1
            score.names_typed += matched[key].type == kind
            if matched[key].type != kind:
                score.misses.append(
                    f"{name}: name {key!r}: typed {matched[key].type}, want {kind}"
                )
        else:
            score.misses.append(f"{name}: name {key!r} ({kind}) not proposed")
    for key in proposed:
        if key in junk:
            score.junk += 1
            score.misses.append(f"{name}: junk proposed: {key!r}")


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "n/a"


def table(score: Score) -> str:
    n = score.articles
    rows = [
        f"| {key} | {score.right[key]}/{n} | {_percent(score.right[key], n)} |"
        for key in FIELDS
    ]
    rows += [
        f"| entity links, recall | {score.links_right}/{score.links_truth} | "
        f"{_percent(score.links_right, score.links_truth)} |",
        f"| entity links, precision | {score.links_right}/{score.links_found} | "
        f"{_percent(score.links_right, score.links_found)} |",
        f"| suggestions, recall | {score.names_found}/{score.names_truth} | "
        f"{_percent(score.names_found, score.names_truth)} |",
        f"| suggestions, precision | {score.names_found}/{score.names_proposed} | "
        f"{_percent(score.names_found, score.names_proposed)} |",
        f"| suggestions, type right | {score.names_typed}/{score.names_found} | "
        f"{_percent(score.names_typed, score.names_found)} |",
        f"| suggestions, junk | {score.junk}/{score.names_proposed} | "
        f"{_percent(score.junk, score.names_proposed)} |",
    ]
    return "\n".join(["| measure | right | share |", "| --- | --- | --- |", *rows])


def evaluate(corpus: Path, root: Path) -> Score:
    registry, _ = read_registry(root)
    matcher = build_matcher(registry)
    score = Score()
    for path in sorted(corpus.glob("*.txt")):
        truth_path = path.with_suffix(".truth.yml")
        if not truth_path.exists():
            continue
        truth = yaml.safe_load(truth_path.read_text(encoding="utf-8"))
        text = path.read_bytes().decode("utf-8-sig")
        url = address(path.with_suffix(".yml"))
        evaluate_one(text, truth, matcher, score, path.stem, url)
    return score


class SidecarError(ValueError):
    """An article's sidecar that is not one: its file and what is wrong."""


def address(sidecar: Path) -> str | None:
    """The address an article's sidecar ``<id>.yml`` gives, the only field of it read here
    (its other fields are the editor's values, which the evaluation must find itself)."""
    if not sidecar.exists():
        return None
    try:
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise SidecarError(f"{sidecar}: not readable YAML ({error})") from None
    data = data or {}  # an empty sidecar states nothing, as the read stage takes it
    if not isinstance(data, dict) or not isinstance(data.get("url") or "", str):
        raise SidecarError(f"{sidecar}: expected a mapping with a url string")
    return data.get("url") or None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/evaluate", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "corpus", nargs="?", type=Path, help="folder of <id>.txt + <id>.truth.yml"
    )
    parser.add_argument(
        "--misses", action="store_true", help="list every wrong field and name"
    )
    args = parser.parse_args(argv)
    root = project_root(Path.cwd().resolve())
    corpus = args.corpus or root / "tests" / "fixtures" / "corpus"
    if not corpus.is_dir():
        print(f"{corpus}: no such folder", file=sys.stderr)
        return 1
    try:
        score = evaluate(corpus, root)
    except SidecarError as error:
        print(error, file=sys.stderr)
        return 1
    if not score.articles:
        print(f"{corpus}: no <id>.txt with an <id>.truth.yml", file=sys.stderr)
        return 1
    print(f"{score.articles} articles in {corpus}\n")
    print(table(score))
    if args.misses:
        print("\n" + "\n".join(score.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
