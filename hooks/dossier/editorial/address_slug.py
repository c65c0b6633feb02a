"""The slug a story's address spells, for an article whose text has no headline: most
outlets make a story's address from its headline ("…/Delegation-visits-Vietnam-for-urban-
rail-cooperation/2462689", "…/vietnam-rok-exchange-17-cooperation-documents-334048.html"),
which names the story better than the first words of its lead."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from dossier.clean.address_title import FILE_ENDING
from dossier.text import slugify

MIN_WORDS = 4  # fewer spell no headline: "articleView", "news-detail"
MAX_LENGTH = 60  # characters, as a headline's slug is cut


def address_slug(url: str | None) -> str | None:
    """The slug of the last part of ``url``'s path that spells at least four words, the
    numbers at its ends (a story's, a date's) left out; None when no part does."""
    try:
        path = unquote(urlsplit(url).path) if url else ""
    except ValueError:
        return None
    for part in reversed(path.split("/")):
        words = slugify(FILE_ENDING.sub("", part)).split("-")
        while words and not words[-1].isalpha():
            words.pop()
        while words and not words[0].isalpha():
            words.pop(0)
        if len(words) >= MIN_WORDS:
            return _cut(words)
    return None


def _cut(words: list[str]) -> str:
    slug = words[0][:MAX_LENGTH]
    for word in words[1:]:
        if len(slug) + len(word) + 1 > MAX_LENGTH:
            break
        slug = f"{slug}-{word}"
    return slug
