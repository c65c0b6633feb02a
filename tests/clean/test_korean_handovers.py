"""A Korean TV anchor's paragraph handing over to the reporter in its last sentence
("… 보도에 X 기자입니다.", "… X 기자가 취재했습니다.", "… X 리포터가 소개합니다.") names
the report's author and stays the anchor's paragraph. Every text is invented; each test
keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import KO_HEAD, KO_MORE, KO_STORY, article_from_text, paragraphs
from dossier.clean.korean_handovers import reporter_announced, reporter_handed_over

LEAD = "두 도시가 새로운 협력 사무소를 열었습니다."


@pytest.mark.parametrize(
    ("hand_over", "reporter"),
    [
        ("보도에 박하늘 기자입니다.", "박하늘"),
        ("그 현장을 박하늘 기자가 취재했습니다.", "박하늘"),
        ("사무소가 왜 필요한지, 박하늘 기자가 하노이 현지에 다녀왔습니다.", "박하늘"),
        ("달라진 거리 풍경을 박하늘 리포터가 소개합니다.", "박하늘"),
        (
            "그 열기를 느낄 수 있는 현장에 박하늘 글로벌 국민기자가 다녀왔습니다.",
            "박하늘",
        ),
        ("박하늘 피디가 현장에 다녀왔습니다.", "박하늘"),  # a producer reports
        ("박하늘 기자입니다.", "박하늘"),  # the name alone, run on after the lead
        ("하노이 현지에서 박하늘 기자입니다.", "박하늘"),  # filed from there
    ],
)
def test_an_anchors_hand_over_names_the_reporter(hand_over, reporter):
    intro = f"{LEAD} {hand_over}"
    article = article_from_text(f"{KO_HEAD}\n\n{intro}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline == reporter
    assert paragraphs(article) == [intro, KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "sentence",
    [
        "우리 기자가 현장에 다녀왔습니다.",  # "our reporter": no name
        "박하늘 기자가 취재한 내용은 다음과 같습니다.",  # the sentence goes on
        "박하늘 기자가 취재했습니다. 사무소는 내년에 문을 엽니다.",  # not the last sentence
        "그는 기자입니다.",  # what he does: no name
        "제 아버지는 오래 일한 기자입니다.",  # a story's sentence about a reporter
        "서울에서 근무한 경제 기자입니다.",
        "사무소를 열었습니다. 나는 기자입니다.",  # "I": no family name
    ],
)
def test_a_sentence_with_no_hand_over_names_no_reporter(sentence):
    assert reporter_handed_over(sentence) is None
    assert reporter_announced(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "그는 베트남에서 유명한 기자입니다.",  # what he is, "famous": no name
        "지금 하는 일을 물었습니다. 정치부 기자입니다.",  # a desk
        "지금은 은퇴했습니다. 전직 기자입니다.",  # "former"
        "프로그램을 만든 스타 PD가 직접 하노이에 다녀왔습니다.",  # "star producer"
        "이번 촬영에는 베테랑 피디가 함께 다녀왔습니다.",  # "veteran producer"
        "연출자는요? 예능 PD입니다.",
        "딸도 같은 길을 걸었습니다. 김하늘도 기자입니다.",  # a particle: "too"
        "김하늘만 기자입니다.",
        "나도 기자입니다.",  # "me too"
    ],
)
def test_a_word_before_the_post_that_is_no_name_names_no_reporter(sentence):
    assert reporter_announced(sentence) is None


@pytest.mark.parametrize("name", ["이지은", "정다은", "김하은", "박하늘"])
def test_a_name_ending_as_a_particle_would_is_still_the_reporter(name):
    assert reporter_announced(f"{LEAD} {name} 기자입니다.") == name
    assert reporter_announced(f"{LEAD} 하노이 현지에서 {name} 기자입니다.") == name


def test_a_hand_over_in_the_story_adds_no_writer_to_the_byline():
    told = "지금은 은퇴한 아버지를 만났습니다. 김민준 기자입니다."
    text = (
        f"{KO_HEAD}\n\n박하늘 기자 sky@hanbit.example\n\n{KO_STORY}\n\n{KO_MORE}\n\n"
        f"{told}\n\n{KO_MORE}\n"
    )
    assert article_from_text(text).byline == "박하늘"


def test_the_sign_off_outranks_the_person_the_anchor_names():
    lead = f"{LEAD} 주인공은 누구일까요? 김민준 기자입니다."
    text = f"{KO_HEAD}\n\n{lead}\n\n{KO_STORY}\n\n{KO_MORE}\n\n한빛방송 뉴스 박하늘입니다.\n"
    assert article_from_text(text).byline == "박하늘"


def test_a_reporter_the_page_credits_twice_is_one_author():
    text = (
        f"{KO_HEAD}\n\n{LEAD}\n\n박하늘 기자입니다.\n\n{KO_STORY}\n\n{KO_MORE}\n\n"
        "한빛방송 뉴스 박하늘입니다.\n"
    )
    assert article_from_text(text).byline == "박하늘"
