"""`sources:` ties an entity to paragraphs that describe it without naming it."""

import re
import shutil

from building import run_build
from dossier.build import build_dossier


def test_unknown_article_or_passage_in_sources_is_an_error(project):
    trip = project / "docs" / "events" / "oh-se-hoon-visit-to-vietnam-and-malaysia.md"
    text = trip.read_text(encoding="utf-8")
    broken = text.replace(
        "with-k-culture-booming-in-southeast-asia-seoul-looks-to#p-12",
        "with-k-culture-booming-in-southeast-asia-seoul-looks-to#p-99",
    )
    trip.write_text(
        broken.replace("#p-1\n", "#p-1\n  - no-such-article#p-1\n", 1), encoding="utf-8"
    )
    messages = [str(p) for p in build_dossier(project).errors]
    assert any(
        m.startswith("docs/events/oh-se-hoon-visit-to-vietnam-and-malaysia.md:")
        and "unknown article 'no-such-article'" in m
        for m in messages
    )
    assert any("has no passage '#p-99'" in m for m in messages)


def test_curated_source_is_quoted_whole_and_listed_in_the_article(built):
    event = built.page("events/oh-se-hoon-visit-to-vietnam-and-malaysia/")
    assert re.search(
        r'<blockquote class="dossier-quote"><p>The mayor is scheduled to return to Seoul late Monday\.</p>',
        event,
    )
    article = built.page(
        "articles/with-k-culture-booming-in-southeast-asia-seoul-looks-to/"
    )
    panel = article.split('aria-label="Entities in this article"', 1)[1]
    assert 'href="../../events/oh-se-hoon-visit-to-vietnam-and-malaysia/"' in panel
    body = article.split('<p id="p-12"', 1)[1].split("</p>", 1)[0]
    assert (
        "oh-se-hoon-visit-to-vietnam-and-malaysia" not in body
    )  # nothing to link: the text does not name it


def test_removing_sources_removes_the_quotes(project, tmp_path):
    trip = project / "docs" / "events" / "oh-se-hoon-visit-to-vietnam-and-malaysia.md"
    text = trip.read_text(encoding="utf-8")
    trip.write_text(re.sub(r"sources:\n(  - .*\n)+", "", text), encoding="utf-8")
    build = run_build(project, tmp_path / "site")
    assert build.returncode == 0, build.output
    assert "No article in the dossier names this entity yet." in build.page(
        "events/oh-se-hoon-visit-to-vietnam-and-malaysia/"
    )
    shutil.rmtree(tmp_path / "site")
