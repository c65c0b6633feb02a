"""Finding entity names in article text: one pass over the tokens, longest match first.

Names are compared as folded words (case, diacritics and possessive ``'s`` ignored), so
``To Lam`` = ``Tô Lâm`` and ``Seoul’s`` = ``Seoul``, across line breaks. Vietnamese names are
written with or without the spaces between syllables (``Hà Nội`` / ``Hanoi`` / ``Ha Noi``,
``Hải Phòng`` / ``Haiphong``): words of letters are compared with the spaces between them
removed, one rule for every name (numbers keep their spaces: ``6/45`` is not ``645``). At each
position the longest registered name wins (``Seoul Business Agency`` over ``Seoul``), and an
outlet's name (``The Hanoi Times``) is passed over whole, never read as the city inside it.
The cost per token depends on the longest name, not on how many names are registered.
Short names (``Oh``) count only after the entity's full name appeared in the same article.
Initials (``HCMC``) count only as written, in capitals. A person named inside a longer name
(``To Lam's state visit to South Korea``), a place named in a body's name (``Hanoi
University``), and a body named further into a body's name (``Ban Chấp hành Trung ương Đảng
Cộng sản Việt Nam``), each is a mention of its own too, (recognize/inside.py): the longer name is what the article links.
Middle dots join a name's words (``포괄적·전략적 동반자 관계``). A name of no letter (``645``)
and an alias in lower case (``official visit to Vietnam``) count only beside a cue
(recognize/cues.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property, partial

from dossier.model import Article, Mention, Registry
from dossier.places import country_keys
from dossier.recognize.bare_cities import bare_city
from dossier.recognize.capital_names import capital_keys, written_as_capitals
from dossier.recognize.counterparts import body_named, counterpart_bodies
from dossier.recognize.credits import in_credit
from dossier.recognize.cues import (
    cue_words,
    cued,
    described_cues,
    neighbours,
    passage_cued,
    referred_to,
    related_cues,
    wanted_cues,
)
from dossier.recognize.hangul_names import (
    hangul_stem,
    last_word_stem,
    named_after_person,
)
from dossier.recognize.hangul_titles import name_stems
from dossier.recognize.inside import holding_keys, names_inside
from dossier.recognize.longer_names import another_institution
from dossier.recognize.native_variants import add_native_variants, written_apart
from dossier.recognize.tokens import opens_in_hangul
from dossier.recognize.variants import initials, name_variants, outlet_names
from dossier.text import (
    ABBREVIATIONS,
    glue_keys,
    joined_key,
    name_key,
    strip_marks,
    token_spans,
    without_possessive,
)

# What may stand between two words of one name: spaces, line breaks, hyphens, dashes,
# slashes, middle dots ("포괄적·전략적 동반자 관계").
_JOINER = re.compile(r"[\s\-‐‑‒–—/&.,·・‧ㆍ]*")
_HARD_BREAK = re.compile(r"\.\s")  # a sentence ends between the two words


@dataclass(frozen=True)
class Matcher:
    names: dict[tuple[str, ...], str]  # token key → entity slug
    short_names: dict[tuple[str, ...], dict[str, str]]  # key → {exact form: slug}
    joined: dict[str, str]  # joined key → entity slug (names, aliases, variants)
    short_joined: dict[str, dict[str, str]]  # joined key → {exact form: slug}
    blocked: frozenset[str]  # joined keys of outlets: passed over, never linked
    starts: frozenset[str]  # every leading part of every joined key
    capitals: dict[str, dict[str, str]] = field(
        default_factory=dict
    )  # initials, as written
    people: frozenset[str] = (
        frozenset()
    )  # slugs of persons, found inside longer names too
    country_of: dict[str, str] = field(
        default_factory=dict
    )  # slug → the country of a body that has one
    cities: frozenset[str] = frozenset()  # slugs of places, found opening a Hangul word
    # slug → the entities it is related to, for an entity with a name of no letter ("645",
    # a film): such a name counts only in quotes or where the article names one of them
    # too, for the same figures are any number in other stories ("645 workers")
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    # joined keys of names written in capitals ("VAC", "HYBE"): found only as written so,
    # or opening with a capital when longer than a syllable ("Hybe"), and without marks
    # ("vắc xin", "Vac xin" are a vaccine, not VAC: recognize/capital_names.py)
    acronyms: frozenset[str] = frozenset()
    # joined keys of names whose first word is a possessive ("People's …"): elsewhere a
    # possessive opening the words is their owner ("Hanoi’s University of Industry" is
    # no "Hanoi University"), unless a country's, which names the country's body
    owned: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()  # slugs of organizations
    # joined key of each registered place's name → its country ("seoul" → South Korea)
    place_country: dict[str, str] = field(default_factory=dict)
    # joined keys of the registered capitals' names, where ministries sit ("seoul")
    seats: frozenset[str] = frozenset()
    # joined key of an event's alias in lower case ("official visit to vietnam") → the
    # slugs one of which its passage must name for it to count (recognize/cues.py)
    described: dict[str, frozenset[str]] = field(default_factory=dict)
    cue_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # joined keys of variants found only written apart ("한국 국회": native_variants.py)
    apart: frozenset[str] = frozenset()

    @cached_property
    def keys_of(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Entity slug → the keys of its name and aliases (made once per matcher)."""
        keys: dict[str, list[tuple[str, ...]]] = {}
        for key, slug in self.names.items():
            keys.setdefault(slug, []).append(key)
        return {slug: tuple(found) for slug, found in keys.items()}

    @cached_property
    def _known(self) -> frozenset[str]:
        return frozenset(
            (*self.joined, *self.short_joined, *self.blocked, *self.capitals)
        )

    @cached_property
    def counterparts(self) -> dict[tuple[str, str], str]:
        """(body, another country) → that country's body by the same name (made once)."""
        return counterpart_bodies(self.names, self.country_of)

    @cached_property
    def holding(self) -> frozenset[str]:
        """Joined keys of the names that may hold another registered name (made once)."""
        return holding_keys(self)

    def known(self, joined: str) -> bool:
        """Whether a joined key is a name, a short name, an outlet's or initials."""
        return joined in self._known

    def _known_stem(self, before: str, word: str) -> bool:
        """Whether ``before`` and the Hangul ``word`` less its particle are a name."""
        return opens_in_hangul(word) and any(
            self.known(glue_keys(before, stem)) for stem in name_stems(word)
        )

    def candidate_lengths(self, keys: list[str], i: int) -> list[int]:
        """Lengths of the registered names that start at word i, longest first. Walks the
        words while they still begin some name, so a common first word costs a look-up or two."""
        found, joined = [], keys[i]
        for j in range(i, len(keys)):
            before = joined
            if j > i:
                joined = glue_keys(joined, keys[j])
            if joined not in self.starts:
                # "… 동반자 관계를": a Korean name's last word with its particle on
                if j > i and self._known_stem(before, keys[j]):
                    found.append(j - i + 1)
                break
            if self.known(joined):
                found.append(j - i + 1)
        return found[::-1]


def build_matcher(registry: Registry) -> Matcher:
    names: dict[tuple[str, ...], str] = {}
    short_names: dict[tuple[str, ...], dict[str, str]] = {}
    for entity in registry.entities.values():
        for alias in (entity.name, *entity.aliases):
            key = name_key(alias)
            if key:
                names.setdefault(key, entity.slug)
        for short in entity.short_names:
            key = name_key(short)
            if key and key not in names:
                short_names.setdefault(key, {})[strip_marks(short)] = entity.slug
    joined = {joined_key(k): slug for k, slug in reversed(names.items())}
    for entity in registry.entities.values():
        native = entity.get("native_name")
        for variant in (*([native] if native else []), *name_variants(entity)):
            joined.setdefault(joined_key(name_key(variant)), entity.slug)
    # "한국 국회", "Quốc hội Đại Hàn Dân Quốc": a body's name with its country's other names
    apart = add_native_variants(registry, joined)
    short_joined: dict[str, dict[str, str]] = {}
    for key, forms in short_names.items():
        short_joined.setdefault(joined_key(key), {}).update(forms)
    blocked = frozenset(joined_key(name_key(n)) for n in outlet_names()) - set(joined)
    capitals = _capitals(registry, {*joined, *short_joined, *blocked})
    every = (*joined, *short_joined, *blocked, *capitals)
    starts = frozenset(k[:n] for k in every for n in range(1, len(k) + 1))
    people = frozenset(
        e.slug for e in registry.entities.values() if e.type == "leaders"
    )
    country_of = {
        e.slug: e.get("country")
        for e in registry.entities.values()
        if e.get("country") and e.type == "organizations"
    }
    cities = frozenset(e.slug for e in registry.entities.values() if e.type == "cities")
    near = neighbours(registry)
    matcher = Matcher(
        names,
        short_names,
        joined,
        short_joined,
        blocked,
        starts,
        capitals,
        people,
        country_of,
        cities,
        related_cues(registry, near),
        capital_keys(registry),
        frozenset(
            joined_key(name_key(name))
            for entity in registry.entities.values()
            for name in (entity.name, *entity.aliases)
            if " " in name and _owner(name.split()[0])
        ),
        frozenset(
            e.slug for e in registry.entities.values() if e.type == "organizations"
        ),
        {
            key: registry.entities[slug].get("country")
            for key, slug in joined.items()
            if slug in cities and registry.entities[slug].get("country")
        },
        frozenset(
            key
            for key, slug in joined.items()
            if slug in cities
            and "capital" in (registry.entities[slug].get("kind") or "").casefold()
        ),
    )
    described = described_cues(matcher, registry, near)
    words = cue_words(registry, described)
    return replace(matcher, described=described, cue_words=words, apart=apart)


# a name going on after a match: "… of Industry", "… Hospital"
_NAME_GOES_ON = re.compile(r"\s+(?:(?:of|for)\s+)?[A-ZÀ-ỸĐ]")


def _owner(word: str) -> bool:
    return without_possessive(word) != word


def _capitals(registry: Registry, taken: set[str]) -> dict[str, dict[str, str]]:
    """Joined key → {initials as written: slug}; initials two entities share, or that
    are some name's key already, are left out."""
    owners: dict[str, set[str]] = {}
    for entity in registry.entities.values():
        for form in initials(entity):
            owners.setdefault(form, set()).add(entity.slug)
    capitals: dict[str, dict[str, str]] = {}
    for form, slugs in owners.items():
        key = joined_key(name_key(form))
        if len(slugs) == 1 and key not in taken:
            capitals.setdefault(key, {})[form] = next(iter(slugs))
    return capitals


def _joined(text: str, starts: list[int], ends: list[int]) -> bool:
    """True when the words (their starts and ends) stand together as one name (no sentence break between them)."""
    for end, start in zip(ends, starts[1:], strict=False):
        gap = text[end:start]
        if not _JOINER.fullmatch(gap):
            return False
        # "TP. Hồ Chí Minh": the full stop of a short word, no sentence's end
        if _HARD_BREAK.search(gap) and not _LAST_WORD.search(
            text, max(0, end - 8), end
        ):
            return False
    return True


_LAST_WORD = re.compile(
    rf"(?<![\w.])(?i:{'|'.join(map(re.escape, sorted(ABBREVIATIONS)))})$"
)


def find_in_text(
    text: str, matcher: Matcher, seen: set[str]
) -> list[tuple[str, int, int]]:
    """(slug, start, end) of every name in text; ``seen`` collects slugs for short names."""
    keys, starts, ends = token_spans(text)
    found = []
    first_words = matcher.starts  # most words begin no name, and are passed at once
    i = 0
    while i < len(keys):
        if keys[i] not in first_words:
            # "부산시", "서울과": a Korean name with its particle (most words are not
            # Hangul, and every word passes here: a comparison, not a regex)
            if opens_in_hangul(keys[i]) and (stem := hangul_stem(keys[i], matcher)):
                slug, at, size = stem  # "베트남 외교부장관은": its country checked
                spans = (keys, starts, ends)
                if slug := body_named(matcher, text, spans, i, i + 1, slug):
                    seen.add(slug)
                    found.append((slug, starts[i] + at, starts[i] + at + size))
            i += 1
            continue
        hit = None
        for length in matcher.candidate_lengths(keys, i):
            key = joined_key(tuple(keys[i : i + length]))
            start, end = starts[i], ends[i + length - 1]
            slug = matcher.joined.get(key)
            # "… 동반자 관계를": the name, its particle off
            if (
                slug is None
                and length > 1
                and (stemmed := last_word_stem(keys, starts, i, length, matcher))
            ):
                slug, key, end = stemmed
            span = (starts[i : i + length], ends[i : i + length])
            if slug and key in matcher.apart and not written_apart(text, *span, end):
                slug = None  # "베트남, 한국, 국회": a list, no "한국 국회"
            if key in matcher.blocked and slug is None:
                slug = ""  # an outlet's name: passed over whole
            if (
                slug
                and length > 1
                and key not in matcher.owned
                and _owner(text[start : ends[i]])
                and keys[i] not in country_keys()  # "Korea’s Ministry of …" is Korea's
                and _NAME_GOES_ON.match(text, end)
            ):
                # "Hanoi’s University of Industry": Hanoi's, a name going on past the
                # registered one, no Hanoi University ("Hanoi’s People’s Committee" is)
                continue
            if slug and another_institution(text, end, keys[i + length - 1]):
                continue  # "Hanoi University of Pharmacy": another university
            # as written, less a possessive: "HCMC’s District 7"
            written = without_possessive(text[start:end])
            if slug is None and key in matcher.short_joined:
                candidate = matcher.short_joined[key].get(strip_marks(written))
                slug = candidate if candidate in seen else None
            if slug is None and key in matcher.capitals:
                slug = matcher.capitals[key].get(" ".join(written.split()))
            if slug and key in matcher.acronyms and not written_as_capitals(written):
                slug = None  # "vắc xin": a word that spells a name in capitals
            if slug is not None and (length == 1 or _joined(text, *span)):
                hit = (slug, start, end, length, key)
                break
        if hit is None:  # "in Ho Chi Minh": the city, its word "City" left out
            hit = bare_city(matcher, text, (keys, starts, ends), i, found)
        if hit:
            slug, start, end, length, key = hit
            # "Bộ Văn hóa, Thể thao và Du lịch Hàn Quốc": Korea's ministry, not Vietnam's
            slug = body_named(matcher, text, (keys, starts, ends), i, i + length, slug)
            if slug in matcher.cities and (
                named_after_person(key, keys, i + length) or in_credit(text, start, end)
            ):
                slug = ""  # "호찌민 주석": the man; "(서울=연합뉴스)": a dateline
            if slug:
                seen.add(slug)
                found.append((slug, start, end))
                if length > 1 and key in matcher.holding:
                    found += names_inside(
                        matcher,
                        (keys, starts, ends),
                        i,
                        length,
                        slug,
                        lambda a, n: _joined(text, starts[a : a + n], ends[a : a + n]),
                    )
            i += length
        else:
            i += 1
    return found


def find_mentions(article: Article, matcher: Matcher) -> list[Mention]:
    """Every mention in an article, in reading order (headline, paragraphs, captions); a
    name of no letter, or an alias describing an event ("official visit to Vietnam"), only
    beside a mention of its cue (in the same passage for the latter: recognize/cues.py)."""
    seen: set[str] = set()
    mentions: list[Mention] = []
    waiting: dict[int, frozenset[str]] = {}  # mention's index → the cues it waits for
    for passage in article.passages:
        text = passage.text
        found = find_in_text(text, matcher, seen)
        found = passage_cued(
            text,
            found,
            matcher.described,
            lambda t: find_in_text(t, matcher, seen),
            partial(referred_to, text, seen, matcher.cue_words),
        )
        for slug, start, end in found:
            cues = wanted_cues(text, (start, end), slug, matcher.cues)
            if cues is not None:
                waiting[len(mentions)] = cues
            mentions.append(Mention(slug, article.slug, passage.anchor, start, end))
    return cued(mentions, waiting)
