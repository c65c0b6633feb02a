"""The word lists of ``candidates.yml``, folded once into the sets the rules consult.

The lists are data, not code, so an editor can teach the finder a new title or cue
without reading Python; folding them here lets every rule compare folded keys directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from dossier.places import country_names
from dossier.text import fold, name_key

WORD_LISTS = Path(__file__).parent / "candidates.yml"


@dataclass(frozen=True)
class Lexicon:
    """Folded word lists; ``inside``, ``around``, ``before`` map a type to its cues."""

    stop: frozenset[str]
    dates: frozenset[str]
    countries: frozenset[str]
    nationalities: frozenset[str]
    titles: frozenset[str]
    connectors: frozenset[str]
    surnames: frozenset[str]
    korean_surnames: frozenset[str]
    common: frozenset[str]
    inside: dict[str, frozenset[str]]
    # Padded with spaces (" signed "): found as whole words in a window padded alike.
    around: dict[str, tuple[str, ...]]
    before: dict[str, frozenset[str]]
    # The word or two just after a name: "… CEO", "… Vice Mayor".
    after: dict[str, frozenset[str]]
    # Words that name nothing alone: countries, nationalities, common, stop, titles.
    plain: frozenset[str]
    # Country names longer than three letters, which place a city: "Busan, South Korea".
    long_countries: tuple[str, ...]
    # Names a nationality before them qualifies ("Korean Ministry of …"), not completes.
    institutions: frozenset[str] = frozenset()
    # Head nouns that take their place with "in" ("… Centre in Viet Nam").
    located: frozenset[str] = frozenset()
    # Titles with Vietnamese marks, as spelt ("bà", "ông"): unmarked, the same letters are
    # a name's ("Ba Ria", "Ong Lang").
    marked_titles: frozenset[str] = frozenset()
    marked_title_keys: frozenset[str] = frozenset()  # the same, folded
    # Words no name is alone, though they may open one ("VN Pharma").
    alone: frozenset[str] = frozenset()
    # Stop words with Vietnamese marks, as spelt ("tại", "những"): "Mỹ" folds to "my" but
    # is no stop word ("Mỹ Đình", "Mỹ Tho").
    marked_stop: frozenset[str] = frozenset()
    # Titles a body is named after with its namesake: "King Sejong Institute".
    namesake_titles: frozenset[str] = frozenset()
    # A page's links and notices ("privacy policy"), as keys joined by spaces.
    page_phrases: frozenset[str] = frozenset()
    # Who a person is, after an apposition's comma: "a senior official".
    roles: frozenset[str] = frozenset()
    # Companies news names often, as keys joined by spaces: "samsung", "korean air".
    companies: frozenset[str] = frozenset()
    # Peoples and faiths named as adjectives or plurals: "Muslim", "Westerners".
    peoples: frozenset[str] = frozenset()
    # A headline's verbs in title case ("… Opens New Centre"): they open no name.
    headline_verbs: frozenset[str] = frozenset()


@cache
def lexicon(path: Path = WORD_LISTS) -> Lexicon:
    """The lexicon of ``path``; every sentence consults it, so it is read once."""
    # Every word is a string: YAML 1.1 would read ``on``, ``no`` and ``yes`` as booleans.
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in data[key])

    # the regions and compounds listed here, and every country's names (countries.yml),
    # but its adjectives, which are nationalities ("Thai", in "Thai Nguyen" a place's name)
    nationalities = words("nationalities")
    named = {fold(form) for forms in country_names().values() for form in forms}
    countries = words("countries") | frozenset(named - nationalities)
    titles, stop, common = words("titles"), words("stop_words"), words("common_words")
    cues: dict[str, dict[str, Any]] = data["cues"]
    spelt = (str(t).casefold() for t in data["titles"])
    marked = [t for t in spelt if fold(t) != t]
    return Lexicon(
        stop=stop,
        dates=words("months") | words("weekdays") | words("times"),
        countries=countries,
        nationalities=nationalities,
        titles=titles,
        connectors=words("connectors"),
        surnames=words("surnames") | words("korean_surnames"),
        korean_surnames=words("korean_surnames"),
        common=common,
        inside={t: _cue_set(c, "inside") for t, c in cues.items()},
        around={
            t: tuple(f" {fold(w)} " for w in c.get("around", ()))
            for t, c in cues.items()
        },
        before={t: _cue_set(c, "before") for t, c in cues.items()},
        after={t: _cue_set(c, "after") for t, c in cues.items()},
        plain=countries | nationalities | common | stop | titles,
        long_countries=tuple(sorted(c for c in countries if len(c) > 3)),
        institutions=words("institutions"),
        located=words("located"),
        namesake_titles=words("namesake_titles"),
        marked_titles=frozenset(marked),
        marked_title_keys=frozenset(fold(t) for t in marked),
        alone=words("alone_words"),
        marked_stop=frozenset(
            w for w in (str(t).casefold() for t in data["stop_words"]) if fold(w) != w
        ),
        roles=words("roles"),
        companies=frozenset(" ".join(name_key(str(c))) for c in data["companies"]),
        peoples=words("peoples"),
        headline_verbs=words("headline_verbs"),
        page_phrases=frozenset(
            " ".join(name_key(str(p))) for p in data.get("page_phrases", ())
        ),
    )


def _cue_set(type_cues: dict[str, Any], where: str) -> frozenset[str]:
    """A type's folded cues of one kind (``inside``, ``before``), perhaps none."""
    return frozenset(fold(w) for w in type_cues.get(where, ()))
