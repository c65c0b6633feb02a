"""Model objects made in memory, for unit tests of one stage at a time.

- ``make_article`` / ``article_from_text``: an Article from paragraph strings, or from a seed
  text through the clean stage (``dossier.clean.cleaning.clean``).
- ``make_entity`` / ``make_registry``: entities from keyword fields, validated by the read
  stage's own field checks (so a builder cannot make an entity a file could not).
- ``make_dossier``: recognize → relate → derive on those, as ``dossier.build`` runs them.
- ``write_project``: the few seed and entity files a read-stage test needs, nothing else.
- ``page_html``: a rendered page through the site's Markdown (as MkDocs converts a page) and
  the adapter's content hooks, without running ``mkdocs build``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from dossier.build import assemble
from dossier.cache import NoCache
from dossier.clean.cleaning import clean
from dossier.model import (
    CAPTION,
    CUT_OFF,
    HEADLINE,
    PARAGRAPH,
    Article,
    Dossier,
    Entity,
    Metadata,
    Passage,
    Registry,
)
from dossier.publish.search_index import space_blocks
from dossier.read.registry import (
    check_aliases,
    check_references,
    read_registry,
    validate_fields,
)
from dossier.recognize.candidates import find_candidates
from dossier.recognize.matcher import Matcher, build_matcher
from dossier.render.page import RenderedPage
from dossier.render.sanitize import sanitize_prose
from dossier.text import normalize, slugify
from dossier.urls import article_uri

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "seeds/000_test.txt"


# --- articles -------------------------------------------------------------------------------


def make_article(
    *paragraphs: str,
    title: str | None = "A headline",
    captions: Iterable[str] = (),
    source: str = SOURCE,
    slug: str | None = None,
    byline: str | None = None,
    **metadata: Any,
) -> Article:
    """An article laid out as its seed would be: the headline on line 1 (unless ``title`` is
    None), then each paragraph and caption as a block of its own after a blank line."""
    passages: list[Passage] = []
    line = 1
    if title is not None:
        passages.append(Passage(HEADLINE, "title", title, line))
        line += 2
    for kind, prefix, texts in (
        (PARAGRAPH, "p", paragraphs),
        (CAPTION, "c", tuple(captions)),
    ):
        for number, text in enumerate(texts, start=1):
            passages.append(Passage(kind, f"{prefix}-{number}", text, line))
            line += text.count("\n") + 2
    shown = title or metadata.get("title") or "Untitled article"
    return Article(
        slug=slug or metadata.get("slug") or slugify(shown),
        source=source,
        title=metadata.get("title") or shown,
        passages=tuple(passages),
        byline=byline,
        dropped=(),
        metadata=Metadata(**metadata),
        line_count=max(line - 1, 1),
    )


def matcher_with(root: Path, *entities: tuple[str, str, str]) -> Matcher:
    """The matcher of a registry of ``(type, slug, front matter)`` entity files."""
    for type_key, slug, front_matter in entities:
        folder = root / "docs" / type_key
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{slug}.md").write_text(
            f"---\n{front_matter.strip()}\n---\nSummary.\n", encoding="utf-8"
        )
    registry, problems = read_registry(root)
    assert not problems
    return build_matcher(registry)


def proposed_names(
    matcher: Matcher, *texts: str, author: str | None = None
) -> dict[str, str]:
    """Name → type of every candidate in an article of one paragraph per text."""
    passages = tuple(
        Passage(PARAGRAPH, f"p-{i}", text, i) for i, text in enumerate(texts, 1)
    )
    article = Article(
        "a", "seeds/a.txt", "A", passages, None, (), Metadata(author=author), 1
    )
    return {c.name: c.type for c in find_candidates(article, matcher)}


def article_from_text(text: str, source: str = SOURCE, **metadata: Any) -> Article:
    """An article made by the clean stage from a seed text (normalised as the read stage does)."""
    return clean(normalize(text), source, Metadata(**metadata))


# Three story sentences the clutter tests surround with page furniture: no rule may drop them.
STORY = (
    "The two cities agreed on Monday to open a joint office for small firms, officials "
    "said, adding that the first projects would start next spring."
)
MORE = (
    "The office will help companies from both sides find partners, translate contracts "
    "and apply for the permits they need to set up factories."
)
LAST = (
    "Both mayors said they hoped to sign a wider agreement before the end of the year."
)

# The same story's headline, and the story in Korean and in Vietnamese, for the rules that
# read those languages' pages.
HEAD = "Two cities open a joint office"
KO_HEAD = "한국과 베트남, 협력 사무소 개설"
KO_STORY = "베트남과 한국은 월요일 하노이에서 새로운 협력 사무소를 열기로 합의했다고 관계자들이 밝혔다."
KO_MORE = "양측은 내년 봄까지 첫 사업을 시작하고 두 도시의 기업을 연결할 계획이다."
KO_LAST = "두 시장은 연말 전에 더 넓은 협정에 서명하기를 희망한다고 말했다."
VI_HEAD = "Hai thành phố mở văn phòng hợp tác"
VI_STORY = (
    "Sáng 3/3, đại diện hai thành phố đã ký kết biên bản ghi nhớ về việc mở văn phòng "
    "hợp tác chung nhằm hỗ trợ các doanh nghiệp nhỏ và vừa của hai bên."
)
VI_MORE = (
    "Theo kế hoạch, văn phòng sẽ đi vào hoạt động từ mùa xuân năm sau và giúp doanh "
    "nghiệp hai nước tìm kiếm đối tác, dịch hợp đồng và xin giấy phép."
)
VI_LAST = (
    "Lãnh đạo hai thành phố cho biết sẽ ký một thỏa thuận rộng hơn trước cuối năm."
)

# a province's Korean investment in Vietnamese, for the headline rules that compare a page's
# words with its address
VI_INVEST_LEAD = (
    "Trong hai thập niên qua, tỉnh Bình An đã trở thành nơi nhiều nhà đầu tư Hàn Quốc "
    "chọn đặt nhà máy, nhất là trong ngành điện tử."
)
VI_INVEST_MORE = (
    "Tính đến cuối tháng 6, tỉnh đã thu hút hơn 300 dự án với tổng vốn đăng ký gần "
    "5 tỉ USD, chủ yếu trong lĩnh vực điện tử và dệt may."
)
VI_INVEST_LAST = (
    "Lãnh đạo tỉnh cho biết sẽ tiếp tục cải thiện môi trường kinh doanh để đón thêm "
    "các dự án công nghệ cao trong thời gian tới."
)


# two paragraphs of a city council's meeting, in English and in Korean: a story under a
# page's header for the metadata rules
COUNCIL_STORY = (
    "Officials from the two cities met on Tuesday to review a plan for new direct "
    "flights, a training centre and a joint festival to be held next spring.\n\n"
    "The mayor said the programme would be funded by both sides and reviewed each year "
    "by a joint committee of the two city councils."
)
COUNCIL_STORY_KO = (
    "시는 지난 12일 시청 대회의실에서 베트남 하이퐁시 대표단과 만나 청년 교류와 항만 "
    "협력 확대 방안을 논의했다고 밝혔다.\n\n"
    "양측은 내년 상반기 안에 실무 협의체를 꾸리고 교류 사업을 구체화하기로 했다."
)


def paragraphs(article: Article) -> list[str]:
    """The story paragraphs of a cleaned article."""
    return [p.text for p in article.passages if p.kind == PARAGRAPH]


def story_text(article: Article) -> list[str]:
    """The story as the page shows it: its paragraphs, and the few words of a last one
    where the pasted copy breaks off."""
    return [p.text for p in article.passages if p.kind in (PARAGRAPH, CUT_OFF)]


def captions(article: Article) -> list[str]:
    return [p.text for p in article.passages if p.kind == CAPTION]


def reasons(article: Article) -> dict[str, str]:
    """Each dropped line's text → why cleaning dropped it."""
    return {d.text: d.reason for d in article.dropped}


def seed_text(article: Article) -> str:
    """The seed text an article could have been read from: every passage and dropped line at
    its line number (what the candidate finder is given next to the article)."""
    lines = [""] * article.line_count
    placed = [(p.line, p.text) for p in article.passages]
    placed += [(d.line, d.text) for d in article.dropped]
    for number, text in placed:
        for offset, part in enumerate(text.split("\n")):
            index = number - 1 + offset
            if index >= len(lines):
                lines += [""] * (index + 1 - len(lines))
            lines[index] = part
    return "\n".join(lines)


# --- entities -------------------------------------------------------------------------------


def make_entity(
    type_key: str, name: str, *, slug: str | None = None, body: str = "", **fields: Any
) -> Entity:
    """An entity as the read stage makes it from ``docs/<type>/<slug>.md`` with these fields
    (written as in the front matter: lists, text, dates); invalid fields raise ValueError."""
    slug = slug or slugify(name)
    source = f"docs/{type_key}/{slug}.md"
    data = {"name": name, **fields}
    lines = {key: number for number, key in enumerate(data, start=2)}
    checked, problems = validate_fields(data, type_key, source, lines)
    if problems:
        raise ValueError("; ".join(str(p) for p in problems))
    return Entity(
        slug=slug,
        type=type_key,
        name=checked["name"],
        source=source,
        aliases=tuple(checked.get("aliases", ())),
        short_names=tuple(checked.get("short_names", ())),
        fields=checked,
        body=body.strip(),
        field_lines=lines,
    )


def make_registry(*entities: Entity) -> Registry:
    return Registry({entity.slug: entity for entity in entities})


# --- the dossier ----------------------------------------------------------------------------


def make_dossier(
    articles: Iterable[Article] = (),
    entities: Iterable[Entity] | Registry = (),
    seed_texts: Mapping[str, str] | None = None,
) -> Dossier:
    """recognize → relate → derive on in-memory articles and entities, as ``build_dossier``
    runs them (without a cache). Problems are those the registry checks and the recognize
    stage find; seed texts default to ``seed_text`` of each article."""
    articles = list(articles)
    registry = entities if isinstance(entities, Registry) else make_registry(*entities)
    if seed_texts is None:
        seed_texts = {a.source: seed_text(a) for a in articles}
    problems = (*check_aliases(registry), *check_references(registry))
    return assemble(articles, registry, problems, dict(seed_texts), NoCache())


# --- files for the read stage ---------------------------------------------------------------


def write_project(
    root: Path,
    seeds: Mapping[str, str | bytes] | None = None,
    entities: Mapping[str, str | bytes | tuple[str, str]] | None = None,
) -> Path:
    """Only the given files under ``root``: ``seeds={"900_x.txt": text, "900_x.yml": sidecar}``
    and ``entities={"leaders/to-lam.md": front matter}``. Text is written as UTF-8, bytes as
    they are; an entity's front matter is fenced with ``---`` lines (a ``(front matter, body)``
    pair adds a body; bytes are the whole file)."""
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    for name, content in (seeds or {}).items():
        _write(root / "seeds" / name, content)
    for uri, content in (entities or {}).items():
        if isinstance(content, tuple):
            front, body = content
            content = f"---\n{front.strip()}\n---\n{body}"
        elif isinstance(content, str):
            content = f"---\n{content.strip()}\n---\nSummary.\n"
        _write(root / "docs" / uri, content)
    return root


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode())


# --- pages as HTML --------------------------------------------------------------------------


@cache
def site_config():
    """The site's MkDocs configuration (its Markdown extensions and their settings)."""
    from mkdocs.config import load_config

    return load_config(str(ROOT / "mkdocs.yml"))


def page_html(page: RenderedPage, dossier: Dossier | None = None) -> str:
    """The page's content as MkDocs renders it (the site's Markdown extensions, ``.md`` links
    made into page URLs), then the adapter's ``on_page_content`` and ``on_page_context``
    (prose sanitised, block boundaries spaced). Links from the page to the dossier's entity
    and article pages resolve. The theme's frame (``<head>``, navigation) is not included:
    its fields come from ``page.meta``."""
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    config = site_config()
    uris = {page.uri}
    if dossier is not None:
        uris |= {entity.uri for entity in dossier.entities.values()}
        uris |= {article_uri(article.slug) for article in dossier.articles}
    files = Files([File(uri, None, "/site", True) for uri in sorted(uris)])
    rendered = Page(None, files.get_file_from_path(page.uri), config)
    rendered.markdown = page.markdown
    rendered.render(config, files)
    return space_blocks(sanitize_prose(rendered.content))
