"""Names that link only where the article names a cue too.

Two kinds of registered name say too little on their own:

- a name of no letter ("645", a film) is any number in other stories ("645 workers"): it
  counts in quotes (a title set apart) or where the article names an entity it is related to;
- an event's alias written in lower case describes an event rather than naming it
  ("official visit to Vietnam", "state visit to South Korea"): any leader's visit is written
  so. It counts where the same passage (the headline, a paragraph, a caption) names, apart
  from the alias's own words, the person the event is named after ("Woo Won Shik Official
  Visit to Vietnam": Woo Won Shik; or, named in full earlier, refers back to them by a
  name's first or last word of three letters or more: "Woo, who is on an official visit"),
  or, its name naming no one, a person taking part, or else a person or body the event is
  related to. A place is no cue (every visit to Vietnam
  is in Hanoi), and an event with none of these never links by such an alias. Where the
  alias does not count, its words are read again for the names inside ("official visit to
  Da Nang": the city). Only events: a body's or a place's alias in lower case is a name
  ("sân bay quốc tế Nội Bài", "tvN", "the Blue House").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from dossier import schema
from dossier.model import Entity, Mention, Registry
from dossier.recognize.inside import people_in, person_keys
from dossier.text import joined_key, name_key

if TYPE_CHECKING:
    from dossier.recognize.matcher import Matcher

_OPENING_QUOTES = frozenset("'‘\"“«")
_CLOSING_QUOTES = frozenset("'’\"”»")

Found = tuple[str, int, int]  # (slug, start, end) in a passage's text


def letterless(name: str) -> bool:
    return not any(ch.isalpha() for ch in name)


def described(alias: str) -> bool:
    """Whether an alias describes rather than names: it opens with a lower-case letter."""
    return alias[:1].isalpha() and alias[:1].islower()


def neighbours(registry: Registry) -> dict[str, set[str]]:
    """Each entity's slug → the entities its front matter refers to and those whose front
    matter refers to it."""
    near: dict[str, set[str]] = {slug: set() for slug in registry.entities}
    for entity in registry.entities.values():
        for _field, target in schema.references(entity):
            if target in near and target != entity.slug:
                near[entity.slug].add(target)
                near[target].add(entity.slug)
    return near


def related_cues(
    registry: Registry, near: dict[str, set[str]]
) -> dict[str, frozenset[str]]:
    """For each entity with a name of no letter, the entities it is related to."""
    return {
        entity.slug: frozenset(near[entity.slug])
        for entity in registry.entities.values()
        if any(letterless(n) for n in (entity.name, *entity.aliases))
    }


def _event_cues(
    matcher: Matcher, entity: Entity, near: set[str], keys: list[str]
) -> frozenset[str]:
    """The persons (else bodies) whose naming lets a described alias of an event count;
    none: it never counts."""
    people = [s for s in entity.get("participants") or () if s in matcher.people]
    own = people_in(matcher, joined_key(name_key(entity.name)), keys)
    named = [slug for slug in people if slug in own]
    others = [s for s in near if s in matcher.people or s in matcher.bodies]
    return frozenset(named or people or others)


def described_cues(
    matcher: Matcher, registry: Registry, near: dict[str, set[str]]
) -> dict[str, frozenset[str]]:
    """Joined key of each event's described alias → the slugs that cue it. A key that is
    also some entity's name, or an alias of a body, a place or a person, is a name: no cue
    needed."""
    keys = person_keys(matcher)
    named: set[str] = set()
    cues: dict[str, frozenset[str]] = {}
    for entity in registry.entities.values():
        for alias in (entity.name, *entity.aliases):
            key = joined_key(name_key(alias))
            if entity.type == "events" and alias != entity.name and described(alias):
                found = _event_cues(matcher, entity, near[entity.slug], keys)
                cues[key] = cues.get(key, frozenset()) | found
            else:
                named.add(key)
    return {key: slugs for key, slugs in cues.items() if key and key not in named}


def wanted_cues(
    text: str, span: tuple[int, int], slug: str, related: dict[str, frozenset[str]]
) -> frozenset[str] | None:
    """The cues a mention of a name of no letter waits for anywhere in the article; None:
    it counts alone."""
    start, end = span
    if slug not in related or not letterless(text[start:end]):
        return None
    quoted = (
        text[start - 1 : start] in _OPENING_QUOTES
        and text[end : end + 1] in _CLOSING_QUOTES
    )
    return None if quoted else related[slug]  # "the film '6/45'": a title


def cued(
    mentions: Sequence[Mention], waiting: dict[int, frozenset[str]]
) -> list[Mention]:
    """The mentions less those (by index in ``waiting``) whose cues the article never
    names; a mention waiting for a cue is no cue itself."""
    named = {m.entity for i, m in enumerate(mentions) if i not in waiting}
    return [
        m
        for i, m in enumerate(mentions)
        if i not in waiting or waiting[i] & (named - {m.entity})
    ]


def _words_after_first(text: str, start: int, end: int) -> int:
    """Where the second word of ``text[start:end]`` begins (``end``: it has one)."""
    gap = next((i for i in range(start, end) if text[i].isspace()), end)
    return next((i for i in range(gap, end) if not text[i].isspace()), end)


def _inside(found: list[Found], i: int) -> Counter[str]:
    """The names inside the name ``found[i]``: those that follow it within its words."""
    _, start, end = found[i]
    inside: Counter[str] = Counter()
    for other, s, e in found[i + 1 :]:
        if not (start <= s and e <= end):
            break
        inside[other] += 1
    return inside


def _named(
    cues: frozenset[str],
    outside: Counter[str],
    inside: Counter[str],
    referred: frozenset[str],
) -> bool:
    """Whether a cue is named more often than inside the alias's own words, or referred to
    by a word of its name alone."""
    return any(outside[cue] > inside[cue] or cue in referred for cue in cues)


def cue_words(
    registry: Registry, described_: dict[str, frozenset[str]]
) -> dict[str, frozenset[str]]:
    """Each person among the described aliases' cues → the first and the last word of the
    person's names, by which a story refers back to someone it named in full ("Woo, who is
    on an official visit to Vietnam", "Lam"); words under three letters left out."""
    people = frozenset().union(*described_.values())
    words: dict[str, frozenset[str]] = {}
    for slug in sorted(people):
        entity = registry.entities.get(slug)
        if entity is None or entity.type != "leaders":
            continue
        keys = [name_key(name) for name in (entity.name, *entity.aliases)]
        ends = {word for key in keys for word in key[:1] + key[-1:]}
        words[slug] = frozenset(w for w in ends if len(w) >= 3 and w.isalpha())
    return words


def referred_to(
    text: str, seen: set[str], words: dict[str, frozenset[str]]
) -> frozenset[str]:
    """The persons named earlier in the article (``seen``) whom the passage ``text``
    refers to by a word of their name alone."""
    said = set(name_key(text))
    return frozenset(slug for slug in seen & words.keys() if words[slug] & said)


def passage_cued(
    text: str,
    found: list[Found],
    described_: dict[str, frozenset[str]],
    find: Callable[[str], list[Found]],
    referred: Callable[[], frozenset[str]] = frozenset,
) -> list[Found]:
    """``found`` in one passage less the described aliases whose cue the passage does not
    name outside their own words (nor refer to: ``referred``, read only when an alias
    waits); in place of each, the names its words hold after its first (``find`` reads a
    text), those that are described aliases left out."""
    if not described_:
        return found
    waiting = {
        i: cues
        for i, (_, start, end) in enumerate(found)
        if (cues := described_.get(joined_key(name_key(text[start:end])))) is not None
    }
    if not waiting:
        return found
    outside = Counter(slug for j, (slug, _, _) in enumerate(found) if j not in waiting)
    back = referred()
    taken = set(found)
    kept: list[Found] = []
    for i, (slug, start, end) in enumerate(found):
        cues = waiting.get(i, frozenset()) - {slug}
        if i not in waiting or _named(cues, outside, _inside(found, i), back):
            kept.append((slug, start, end))
            continue
        first = _words_after_first(text, start, end)
        inner = [
            (other, first + s, first + e)
            for other, s, e in find(text[first:end])
            if joined_key(name_key(text[first + s : first + e])) not in described_
        ]
        kept += [hit for hit in inner if hit not in taken]
        taken.update(inner)
    return kept
