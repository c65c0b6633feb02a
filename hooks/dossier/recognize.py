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

from .model import Article, Mention
from .registry import Registry
from .text import Token, name_key, strip_marks, tokens

# What may stand between two words of one name: spaces, line breaks, hyphens, dashes, slashes.
_JOINER = re.compile(r"[\s\-‐‑‒–—/&.,]*")
_HARD_BREAK = re.compile(r"\.\s")  # a sentence ends between the two words


@dataclass(frozen=True)
class Matcher:
    names: dict[tuple[str, ...], str]  # token key → entity slug
    short_names: dict[tuple[str, ...], dict[str, str]]  # token key → {exact form without marks: slug}
    longest: dict[str, int]  # first token → longest key length starting with it
    prefixes: frozenset[tuple[str, ...]] = frozenset()  # every leading part of every key

    def lengths(self, first: str) -> range:
        return range(self.longest.get(first, 0), 0, -1)

    def candidate_lengths(self, words: list[Token], i: int) -> list[int] | range:
        """Lengths of the registered keys that start at word i, longest first.

        Walks the words while they still begin some key, so a common first word ("An", "Long")
        costs one or two look-ups however many names start with it.
        """
        if not self.prefixes:  # built without prefixes: try every length
            return self.lengths(words[i].key)
        found, key = [], ()
        for j in range(i, len(words)):  # no slice: a copy per position would be quadratic
            key += (words[j].key,)
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
    prefixes = frozenset(key[:n] for key in (*names, *short_names) for n in range(1, len(key) + 1))
    return Matcher(names, short_names, longest, prefixes)


def _joined(text: str, words: list[Token]) -> bool:
    """True when the words stand together as one name (no sentence break between them)."""
    for left, right in zip(words, words[1:], strict=False):
        gap = text[left.end : right.start]
        if not _JOINER.fullmatch(gap) or _HARD_BREAK.search(gap):
            return False
    return True


def find_in_text(text: str, matcher: Matcher, seen: set[str]) -> list[tuple[str, int, int]]:
    """(slug, start, end) of every name in text; ``seen`` collects slugs for short names."""
    words = tokens(text)
    found = []
    i = 0
    while i < len(words):
        hit = None
        for length in matcher.candidate_lengths(words, i):
            if i + length > len(words):
                continue
            span = words[i : i + length]
            key = tuple(word.key for word in span)
            slug = matcher.names.get(key)
            if slug is None and key in matcher.short_names:
                exact = strip_marks(text[span[0].start : span[-1].end])
                candidate = matcher.short_names[key].get(exact)
                slug = candidate if candidate in seen else None
            if slug is not None and (length == 1 or _joined(text, span)):
                hit = (slug, span[0].start, span[-1].end, length)
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
