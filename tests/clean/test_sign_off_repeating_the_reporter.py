"""A foot line that names the reporter the byline named, with the reporter's address, is
the story's sign-off, whatever words stand before the name. Every text is invented; each
test keeps only the shape of one rule."""

from __future__ import annotations

from builders import article_from_text, paragraphs, reasons, story_text

KO_LEAD = "한빛은행이 지난 15일 베트남 다낭에 대표사무소를 열었다."
KO_MORE = "은행 관계자는 현지 시장 조사를 우선 진행할 계획이라고 전했다."
KO_FOOT = "저작권자ⓒ 한빛통신. 무단전재-재배포 금지."


def _page(foot: str) -> str:
    return (
        f"(서울=한빛통신) 나민수 기자 =\n{KO_LEAD}\n\n{KO_MORE}\n\n{foot}\n{KO_FOOT}\n"
    )


def test_the_reporter_signing_again_with_an_address_is_no_paragraph():
    sign_off = "한빛통신/한빛 TV 나민수 기자, minsu@example.com"
    article = article_from_text(_page(sign_off))
    assert paragraphs(article) == [KO_LEAD, KO_MORE]
    assert reasons(article)[sign_off] == "after the story"
    assert article.author == "나민수"


def test_another_reporter_with_an_address_is_not_taken_for_the_sign_off():
    other = "한빛통신/한빛 TV 김다은 기자, daeun@example.com"
    article = article_from_text(_page(other))
    assert paragraphs(article)[-1] == other


def test_a_sentence_naming_the_reporter_stays_story():
    told = "이 기사에 대한 문의는 나민수 기자에게 하면 된다고 회사는 밝혔다. minsu@example.com"
    article = article_from_text(_page(told))
    assert paragraphs(article) == [KO_LEAD, KO_MORE, told]


def test_a_last_sentence_run_into_the_sign_off_stays_story():
    run_on = "은행은 내년 하노이 진출을 검토한다 나민수 기자 minsu@example.com"
    article = article_from_text(_page(run_on))
    assert run_on not in reasons(article)
    assert any(run_on in p for p in story_text(article))


def test_a_long_last_line_without_spaces_is_read_once_and_kept():
    """The words before the name end at a space, and a sign-off is one short line: a
    long run of syllables at the foot is not split every way in search of one."""
    run = "가" * 3000 + "다."
    article = article_from_text(_page(run))
    assert paragraphs(article) == [KO_LEAD, KO_MORE, run]
