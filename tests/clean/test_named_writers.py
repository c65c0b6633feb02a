"""Writers a page names outside a byline's usual shape: a portal's head line with the
reporter's bare Korean name before the date, a Vietnamese office's credit of initials and
its name in brackets, a digest's standfirst naming who wrote the report. Every text here is
invented; each test keeps only the shape of one rule, and a near case it must not catch."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs

KO_HEAD = "한·베 교역 30년 새 150배 늘어"
KO_STORY = (
    "한국과 베트남의 교역 규모가 수교 이후 30년 동안 150배 넘게 늘어난 것으로 "
    "나타났습니다."
)
KO_MORE = (
    "협회는 두 나라가 서로에게 가장 중요한 교역국 가운데 하나가 됐다고 밝혔습니다."
)


def test_a_bare_korean_name_before_the_date_under_the_headline_is_the_reporter():
    text = f"{KO_HEAD}\n\n나정훈 2023. 5. 8. 10:21\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.byline == "나정훈"
    assert article.metadata.published == "2023-05-08"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "line",
    [
        "이시각 2023. 5. 8. 10:21",  # a section's name, not a person's
        "편집국 2023. 5. 8. 10:21",  # the newsroom's
        "한국경제 2023. 5. 8. 10:21",  # a paper's name
    ],
)
def test_a_section_a_desk_or_a_paper_before_the_date_is_no_reporter(line):
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline is None
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_commenters_name_before_a_date_under_the_story_is_no_reporter():
    comment = "좋은 소식이네요. 앞으로도 교류가 계속되면 좋겠습니다."
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n댓글 1\n\n"
        f"윤서아 2023. 5. 8. 12:40\n\n{comment}\n"
    )
    article = article_from_text(text)
    assert article.byline is None
