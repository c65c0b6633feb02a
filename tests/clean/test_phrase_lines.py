"""A Korean broadcast script broken into phrases, one per line (clean/phrase_lines.py).
Every text is invented; each keeps only the layout."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs, reasons

SCRIPT = """해양박물관이
여름 방학을 맞아
어린이 관람객을 위한
체험 행사를 마련했습니다.
행사는 다음 달 말까지
주말마다 열리며
베트남 전통 놀이와
한국 민속 공예를
함께 체험할 수 있습니다.
박물관 측은
더 많은 가족이 찾을 수 있도록
관람료를 받지 않기로 했습니다."""


def test_a_script_broken_into_phrases_is_one_paragraph_a_sentence():
    """No line is a heading or a label: each sentence, over three or four lines, is one
    paragraph, and no line is dropped."""
    article = article_from_text(SCRIPT)
    assert paragraphs(article) == [
        "해양박물관이 여름 방학을 맞아 어린이 관람객을 위한 체험 행사를 마련했습니다.",
        "행사는 다음 달 말까지 주말마다 열리며 베트남 전통 놀이와 한국 민속 공예를 "
        "함께 체험할 수 있습니다.",
        "박물관 측은 더 많은 가족이 찾을 수 있도록 관람료를 받지 않기로 했습니다.",
    ]
    assert reasons(article) == {}
    assert article.title != "여름 방학을 맞아"


def test_a_comment_box_of_short_lines_is_no_script():
    """A notice of two short lines ("댓글삭제" over its sentence) among the comment box's
    other lines is not a sentence of phrases: its lines are still the page's furniture."""
    story = (
        "해양박물관이 여름 방학을 맞아 어린이 관람객을 위한 체험 행사를 마련했다고 "
        "밝혔다.\n\n행사는 다음 달 말까지 주말마다 열린다고 박물관 측은 설명했다."
    )
    box = (
        "댓글삭제\n삭제한 댓글은 다시 복구할 수 없습니다.\n그래도 삭제하시겠습니까?\n"
        "댓글 0\n댓글쓰기\n계정을 선택하시면 로그인·계정인증을 통해\n댓글을 남"
    )
    article = article_from_text(f"박물관, 방학 체험 행사\n\n{story}\n\n{box}")
    assert all("댓글" not in p for p in paragraphs(article))
    assert "댓글삭제" in reasons(article)


def test_a_script_the_page_foot_follows_without_a_blank_line_is_still_a_script():
    """A station's copyright line and comment prompt right under the script's last
    sentence end the script; its sentences are still joined, and the foot is furniture."""
    foot = (
        "Copyright © Example Munhwa Broadcasting Corporation. All rights reserved.\n"
        "여러분의 의견을 남겨주세요"
    )
    article = article_from_text(f"{SCRIPT}\n{foot}")
    assert paragraphs(article)[0] == (
        "해양박물관이 여름 방학을 맞아 어린이 관람객을 위한 체험 행사를 마련했습니다."
    )
    assert len(paragraphs(article)) == 3
    assert article.title != "해양박물관이"
    assert set(reasons(article)) == set(foot.split("\n"))


@pytest.mark.parametrize(
    "last",
    [
        [
            "박물관 측은",
            "더 많은 가족이 찾을 수 있도록",
            "관람료를 받지 않을 예정입니다",
        ],
        ["박물관 측은", "더 많은 가족이 찾을 수 있도록", "관람료를 받지 않기로 했는데"],
        ["한 학부모는", '"아이들이 정말', '좋아할 것 같아요"'],  # a quote closes it
    ],
)
def test_a_scripts_last_sentence_without_a_full_stop_stays_in_the_script(last):
    """The script's last lines are phrases of its last sentence, not the page's foot:
    they are joined into that sentence (a cut one, the page's last, may be reported as
    left after the story, whole), and no line is a heading."""
    lines = SCRIPT.split("\n")[:9]
    article = article_from_text("\n".join(lines + last))
    assert paragraphs(article)[:2] == [
        "해양박물관이 여름 방학을 맞아 어린이 관람객을 위한 체험 행사를 마련했습니다.",
        "행사는 다음 달 말까지 주말마다 열리며 베트남 전통 놀이와 한국 민속 공예를 "
        "함께 체험할 수 있습니다.",
    ]
    sentence = " ".join(last)
    assert paragraphs(article)[2:] == [sentence] or set(reasons(article)) == {sentence}
    assert not any(p.kind == "subheading" for p in article.passages)
