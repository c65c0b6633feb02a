"""Finding entity names in article text: one pass over the tokens, longest match first.

Names are compared as token sequences of folded words (case, diacritics and possessive
``'s`` ignored), so ``To Lam`` = ``Tô Lâm`` and ``Seoul’s`` = ``Seoul``, across line breaks.
At each position the longest registered name wins (``Seoul Business Agency`` over ``Seoul``).
The cost per token depends on the longest name, not on how many names are registered.
Short names (``Oh``) count only after the entity's full name appeared in the same article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from dossier.model import Article, Mention, Registry
from dossier.text import name_key, strip_marks, token_spans

# What may stand between two words of one name: spaces, line breaks, hyphens, dashes, slashes.
_JOINER = re.compile(r"[\s\-‐‑‒–—/&.,]*")
_HARD_BREAK = re.compile(r"\.\s")  # a sentence ends between the two words


@dataclass(frozen=True)
class Matcher:
    names: dict[tuple[str, ...], str]  # token key → entity slug
    short_names: dict[
        tuple[str, ...], dict[str, str]
    ]  # token key → {exact form without marks: slug}
    longest: dict[str, int]  # first token → longest key length starting with it
    prefixes: frozenset[tuple[str, ...]] = (
        frozenset()
    )  # every leading part of every key

    @cached_property
    def keys_of(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Entity slug → the keys of its name and aliases (made once per matcher, on first use)."""
        keys: dict[str, list[tuple[str, ...]]] = {}
        for key, slug in self.names.items():
            keys.setdefault(slug, []).append(key)
        return {slug: tuple(found) for slug, found in keys.items()}

    def lengths(self, first: str) -> range:
        return range(self.longest.get(first, 0), 0, -1)

    def candidate_lengths(self, keys: list[str], i: int) -> list[int] | range:
        """Lengths of the registered keys that start at word i (of the words' ``keys``), longest first.

        Walks the words while they still begin some key, so a common first word ("An", "Long")
        costs one or two look-ups however many names start with it.
        """
        if not self.prefixes:  # built without prefixes: try every length
            return self.lengths(keys[i])
        found, key = [], ()
        for j in range(
            i, len(keys)
        ):  # no slice: a copy per position would be quadratic
            key += (keys[j],)
            if key not in self.prefixes:
                break
            if key in self.names or key in self.short_names:
                found.append(len(key))
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
    longest: dict[str, int] = {}
    for key in (*names, *short_names):
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    prefixes = frozenset(
        key[:n] for key in (*names, *short_names) for n in range(1, len(key) + 1)
    )
    return Matcher(names, short_names, longest, prefixes)


def _joined(text: str, starts: list[int], ends: list[int]) -> bool:
    """True when the words (their starts and ends) stand together as one name (no sentence break between them)."""
    for end, start in zip(ends, starts[1:], strict=False):
        gap = text[end:start]
        if not _JOINER.fullmatch(gap) or _HARD_BREAK.search(gap):
            return False
    return True


def find_in_text(
    text: str, matcher: Matcher, seen: set[str]
) -> list[tuple[str, int, int]]:
    """(slug, start, end) of every name in text; ``seen`` collects slugs for short names."""
    keys, starts, ends = token_spans(text)
    found = []
    first_words = (
        matcher.longest
    )  # the first word of every name: most words begin none, and are passed at once
    i = 0
    while i < len(keys):
        if keys[i] not in first_words:
            i += 1
            continue
        hit = None
        for length in matcher.candidate_lengths(keys, i):
            if i + length > len(keys):
                continue
            key, start, end = (
                tuple(keys[i : i + length]),
                starts[i],
                ends[i + length - 1],
            )
            slug = matcher.names.get(key)
            if slug is None and key in matcher.short_names:
                candidate = matcher.short_names[key].get(strip_marks(text[start:end]))
                slug = candidate if candidate in seen else None
            if slug is not None and (
                length == 1
                or _joined(text, starts[i : i + length], ends[i : i + length])
            ):
                hit = (slug, start, end, length)
                break
        if hit:
            slug, start, end, length = hit
            seen.add(slug)
            found.append((slug, start, end))
            i += length
        else:
            i += 1
    return found


def find_mentions(article: Article, matcher: Matcher) -> list[Mention]:
    """Every mention in an article, in reading order (headline, paragraphs, captions)."""
    seen: set[str] = set()
    mentions = []
    for passage in article.passages:
        for slug, start, end in find_in_text(passage.text, matcher, seen):
            mentions.append(Mention(slug, article.slug, passage.anchor, start, end))
    return mentions
