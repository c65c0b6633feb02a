"""A Korean lead that opens the story below what other rules leave above it
(``openings.datelined``): sentences written for the shape, never a page's."""

from __future__ import annotations

from builders import article_from_text, paragraphs

TITLE = "하노이에 한국 빵집 잇따라 문 열어"
LEAD = "베트남 하노이에 한국 빵집이 잇따라 문을 열고 있다고 현지 업계가 전했다."
NEXT = "업계에 따르면 올해 들어서만 한국 브랜드 빵집 다섯 곳이 하노이에 새로 생겼다."
LAST = "현지 소비자들은 한국 빵의 부드러운 식감을 좋아하는 것으로 알려졌다."


def test_a_paper_and_its_reporter_open_the_story_under_a_summary_sentence():
    summary = "하노이에 한국 빵집이 잇따라 문을 열며 올해로 다섯 곳을 넘어섰다."
    text = f"{TITLE}\n\n{summary}\n\n[스타포커스] 김하늘 기자 = {LEAD}\n\n{NEXT}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [LEAD, NEXT, LAST]
    assert article.author == "김하늘"


def test_a_lead_under_a_menus_items_opens_the_story():
    menu = [
        "• 인스타그램",
        "• 뉴스레터",
        "• 모바일",
        "• Read",
        "• 트렌드",
        f"• {TITLE}",
    ]
    text = (
        "\n".join(menu)
        + f"\n• 2024.05.02.\n\n[한빛푸드=김민수 기자]{LEAD}\n\n{NEXT}\n\n{LAST}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [LEAD, NEXT, LAST]
    assert article.author == "김민수"


def test_a_bracketed_label_under_a_sentence_stays_a_label():
    # no reporter after it: a section's label inside the story, not its opening
    text = f"{TITLE}\n\n{LEAD}\n\n[생활경제] {NEXT}\n\n{LAST}\n"
    assert paragraphs(article_from_text(text)) == [LEAD, f"[생활경제] {NEXT}", LAST]
