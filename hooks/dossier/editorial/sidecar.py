"""The sidecar ``add`` writes for a new article: what the text states, for the editor to confirm.

Headline, date, outlet, author and dateline place are read from the article (the same cleaning
the site runs); each is written as a value with a note to check it, and a field the text does
not state is left as a commented line to fill in. The address the editor gives (``add --url``)
is written as given, and its site names the outlet when the text does not. The slug comes from
the real headline (for a text without one, from the words its address spells) and is pinned:
the article's address must never change.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from dossier.build import build_dossier
from dossier.clean.cleaning import clean
from dossier.clean.metadata import outlets
from dossier.clean.site_names import address_outlet
from dossier.editorial.address_slug import address_slug
from dossier.model import HEADLINE, Article, Metadata

FIELDS = (
    ("published", "YYYY-MM-DD, the outlet's date"),
    ("outlet", "the outlet's name"),
    ("url", "the article's address"),
    ("author", "as in the byline"),
    ("dateline", "the place the story is filed from"),
)


def yaml_text(value: str) -> str:
    dumped = yaml.safe_dump(value, allow_unicode=True, width=10_000)
    return dumped.strip().removesuffix("...").strip()


def free_slug(article: Article, root: Path, base: str | None = None) -> str:
    """``base`` (else the article's own slug), numbered when another article has it."""
    base = base or article.slug
    taken = {a.slug for a in build_dossier(root).articles if a.source != article.source}
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def sidecar_text(text: str, seed: Path, root: Path, url: str | None = None) -> str:
    """``url``: the address the editor gave; its site names the outlet when the text
    does not."""
    # the address may give the headline too: a page without one above its story takes the
    # line its address spells, and its slug from it
    article = clean(text, seed.relative_to(root).as_posix(), Metadata(url=url))
    headline = next((p.text for p in article.passages if p.kind == HEADLINE), None)
    # no headline in the text: the slug the address spells, not the lead's first words
    slug = free_slug(article, root, None if headline else address_slug(url))
    title = headline or article.metadata.title
    lines = [
        f"# Editorial metadata for {seed.name}, read from the article: confirm each value.",
        "# When the article does not give a field, keep it with no value (e.g. 'published:').",
        f"title: {yaml_text(title)}  # the headline; check it"
        if title
        else "# title:      # the headline as published",
        f"slug: {slug}  # pinned: the article's address /articles/{slug}/ must not change",
    ]
    meta = article.metadata
    given = {"url": url, "outlet": url and address_outlet(url, text, outlets())}
    for name, hint in FIELDS:
        value = getattr(meta, name) or (article.byline if name == "author" else None)
        if value and value == given.get(name):
            note = "as given" if name == "url" else "the address's site; check it"
            lines.append(f"{name}: {yaml_text(value)}  # {note}")
        elif value:
            lines.append(
                f"{name}: {yaml_text(value)}  # read from the article; check it"
            )
        else:
            lines.append(f"# {name}:{' ' * (10 - len(name))}# {hint}")
    return "\n".join(lines) + "\n"
