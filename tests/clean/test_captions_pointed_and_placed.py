"""Captions and story lines told apart by what they point at: a short sentence that points
back to the story is story; a caption names its picture ("Pictured is …"), the site it came
from ("Photo from …"), or where people stand in it with its giver in brackets; a picture's
placeholder ("Photo Image") marks the line under it; a caption's "FILE PHOTO:" is no
speaker's turn. Every text here is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import article_from_text, captions, paragraphs, reasons

HEAD = "Two port cities open a joint office for small firms"
LONG = (
    "Leaders of the province met the delegation on Monday to review a decade of "
    "cooperation in trade, tourism and vocational training, and agreed to open a joint "
    "office for small firms in the provincial capital before the end of the year, "
    "officials said after the meeting."
)
LATER = (
    "The office will help companies from both sides find partners, translate contracts "
    "and apply for the permits they need to set up factories, and it will run a training "
    "course for young engineers from the two port cities every spring and autumn, the "
    "mayor of the southern city added."
)
KO_LONG = (
    "부산시는 지난 12일 베트남 하이퐁시 대표단과 만나 항만 물류와 직업 훈련 분야의 협력을 "
    "확대하기로 하고, 연말까지 두 도시의 중소기업을 돕는 공동 사무소를 열기로 합의했다고 "
    "14일 밝혔다. 두 도시는 내년 봄부터 청년 기술자 연수 과정도 함께 운영할 계획이다. "
    "시는 이번 합의로 지역 중소기업의 베트남 진출이 한층 쉬워지고 물류 비용도 크게 "
    "줄어들 것으로 기대하고 있다."
)
KO_LATER = (
    "공동 사무소는 양국 기업의 협력 상대 발굴과 계약서 번역, 공장 설립 인허가 절차를 "
    "지원하며, 두 도시는 해마다 봄에 청년 기술자를 위한 연수 과정을 번갈아 열 예정이다. "
    "시 관계자는 첫 사업이 내년 상반기에 시작될 것이라고 설명했다. 하이퐁시도 같은 "
    "기간에 부산에 연락 사무소를 두고 현지 기업의 한국 진출을 도울 계획이라고 "
    "덧붙였다."
)


def _body(*blocks: str) -> str:
    return f"{HEAD}\n\n" + "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize(
    "line",
    [
        # "also": it goes on from the story above
        "The delegation also toured the container terminal and a training centre.",
        # a report's word: somebody mentioned it, nothing a picture shows
        "The northern province was mentioned as a likely site for the new office.",
    ],
)
def test_a_short_sentence_pointing_back_to_the_story_stays_a_paragraph(line):
    article = article_from_text(_body(LONG, line, LATER))
    assert paragraphs(article) == [LONG, line, LATER]
    assert captions(article) == []


def test_a_short_korean_sentence_pointing_back_to_the_story_stays_a_paragraph():
    line = "이 같은 협력 확대는 무엇보다 두 도시의 오랜 교류에 기인한다."
    article = article_from_text(_body(KO_LONG, line, KO_LATER))
    assert paragraphs(article) == [KO_LONG, line, KO_LATER]


def test_a_caption_saying_what_is_pictured_is_a_caption_however_long():
    caption = (
        "The two cities vow to open the office before the end of the year, after a decade "
        "of talks between their port authorities and chambers of commerce. Pictured is a "
        "screen image of a report published on Monday by a local broadcaster that shows "
        "the two mayors signing the agreement in the provincial capital."
    )
    article = article_from_text(_body(LONG, caption, LATER))
    assert captions(article) == [caption]
    assert paragraphs(article) == [LONG, LATER]


def test_a_lead_naming_who_is_pictured_stays_a_paragraph():
    lead = (
        "Mayor Tran Van Binh (pictured) will lead a delegation of forty firms to the port "
        "city next week, officials said."
    )
    article = article_from_text(_body(lead, LONG, LATER))
    assert paragraphs(article) == [lead, LONG, LATER]


def test_a_caption_ending_on_the_site_its_picture_came_from_is_a_caption():
    caption = (
        "An artist's impression of the joint office building planned near the harbour. "
        "Photo from example-ports.co.kr"
    )
    article = article_from_text(_body(LONG, caption, LATER))
    assert captions(article) == [caption]


def test_photos_from_someone_inside_a_sentence_stay_story():
    line = (
        "On display are 40 photos from reporters of the two cities' papers, with maps "
        "and films on the history of the harbour."
    )
    article = article_from_text(_body(LONG, line, LATER))
    assert line in paragraphs(article)


def test_a_long_caption_placing_people_and_ending_on_its_giver_is_a_caption():
    caption = (
        "Port authority chief Lee Min-ho (center) on Thursday cuts the ribbon with "
        "officials of the two cities, the consulate and the provincial people's committee, "
        "at the opening of the joint office for small firms in the harbour district of "
        "the port city. (Example Ports Corp.)"
    )
    article = article_from_text(_body(caption, LONG, LATER))
    assert captions(article) == [caption]
    assert paragraphs(article) == [LONG, LATER]


def test_the_line_under_a_photo_image_placeholder_is_its_caption():
    caption = "두 도시 대표단이 공동 사무소 현판 앞에서 기념촬영을 하고 있다."
    article = article_from_text(
        f"부산-하이퐁 공동 사무소 연다\n\n{KO_LONG}\n\nPhoto Image\n{caption}\n\n{KO_LATER}\n"
    )
    assert reasons(article)["Photo Image"] == "image placeholder"
    assert captions(article) == [caption]
    assert paragraphs(article) == [KO_LONG, KO_LATER]


def test_a_file_photo_caption_makes_no_transcript_of_a_colon_dateline():
    caption = (
        "FILE PHOTO: Containers are stacked at the port of the northern city, May 3, 2021. "
        "REUTERS/Jane Roe"
    )
    lead = (
        "HANOI: Vietnam said on Tuesday it would open a joint office for small firms with "
        "a South Korean port city, the first of its kind in the region."
    )
    article = article_from_text(_body(caption, lead, LATER))
    assert paragraphs(article)[0].startswith("Vietnam said on Tuesday")
    assert reasons(article)["HANOI:"] == "dateline"


def test_the_site_a_picture_came_from_is_not_the_pages_outlet():
    caption = (
        "An artist's impression of the joint office building planned near the harbour. "
        "Photo from koreatimes.co.kr"
    )
    article = article_from_text(_body(LONG, caption, LATER))
    assert captions(article) == [caption]
    assert article.metadata.outlet != "The Korea Times"


def test_a_social_comment_box_under_the_story_is_no_paragraph():
    box = (
        "Log in to Twitter or Facebook account to connect\nwith the Example Daily\n"
        "help-image Social comment?\ns\nlock icon\n\n"
        "To write comments, please log in to one of the accounts.\n\n"
        "Standards Board Policy (0/250자)\n"
    )
    article = article_from_text(_body(LONG, LATER) + "\n" + box)
    assert paragraphs(article) == [LONG, LATER]
    assert reasons(article)["lock icon"] == "social comment prompt"
