"""A headline with a board's comment count after it or a date badge before it, a Korean
headline with its deck run on, a page opening on its first numbered section, a student's
byline of name, school and department, and a blog's name in its post details."""

from __future__ import annotations

import pytest
from builders import COUNCIL_STORY as ENGLISH
from builders import COUNCIL_STORY_KO as KOREAN
from dossier.clean.cleaning import clean
from dossier.clean.glued_decks import glued_deck
from dossier.clean.headline import strip_labels
from dossier.clean.metadata import outlets
from dossier.clean.outlet_lines import mailed_outlet
from dossier.model import Metadata


def _read(text: str):
    return clean(text, "seeds/x.txt", Metadata())


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # a board's count of comments glued after the headline
        (
            "‘현장 간담회’, 하이퐁 진출 기업 지원 약속[3]",
            "‘현장 간담회’, 하이퐁 진출 기업 지원 약속",
        ),
        # a news theme's day badge, and a board's "NEW" and bracketed date, before it
        (
            "12 Mar Two port cities agree on direct flights and a joint festival",
            "Two port cities agree on direct flights and a joint festival",
        ),
        (
            "NEW [19.4.12] Student volunteers build a school library in Can Tho",
            "Student volunteers build a school library in Can Tho",
        ),
    ],
)
def test_labels_beside_a_headline_come_off(line: str, headline: str) -> None:
    assert strip_labels(line)[0] == headline


def test_a_headline_opening_on_a_number_keeps_it() -> None:
    # a day and a month is a badge only when the headline starts right after it
    line = "12 March rallies drew thousands to the two city squares"
    assert strip_labels(line)[0] == line


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "하이퐁시 공무원 ‘레 반 남’ 씨, 부산의 항만행정 노하우 배운다박민수 시장 “교류 더욱 넓힐 것”",
            "하이퐁시 공무원 ‘레 반 남’ 씨, 부산의 항만행정 노하우 배운다",
        ),
        (
            "한-베 청년이 본 두 나라의 어제와 내일2022 청년 교류단 참가 후기③",
            "한-베 청년이 본 두 나라의 어제와 내일",
        ),
    ],
)
def test_a_korean_deck_run_on_after_the_headline_comes_off(
    line: str, headline: str
) -> None:
    assert _read(f"{line}\n\n{KOREAN}\n").metadata.title == headline


@pytest.mark.parametrize(
    "line",
    [
        "부산시, 베트남 하이퐁시와 항만 협력 방안을 논의했다고 밝혀",  # "다고": one word
        "베트남 다낭에 한국 기업 전용 공단 들어선다",  # the verb ends the line
    ],
)
def test_a_korean_headline_without_a_glued_deck_is_whole(line: str) -> None:
    assert glued_deck(line) is None


def test_the_first_numbered_section_is_no_headline() -> None:
    text = (
        "01. 하이퐁 지부 방문을 위한 출국\n\n"
        "공항에서 하이퐁까지는 네 시간이 걸렸고 지부 직원들이 마중을 나와 주었습니다.\n\n"
        "02. 지부 교육센터 견학\n\n"
        "교육센터에서는 현지 청년들이 한국어와 용접 기술을 배우고 있었습니다.\n"
    )
    assert _read(text).metadata.title is None


def test_a_numbered_headline_without_further_sections_stays() -> None:
    # "1." over no "2." below: a list's first item, the headline still
    text = f"1. Hai Phong, a port city with two sister cities in Korea\n\n{ENGLISH}\n"
    title = _read(text).metadata.title
    assert title and title.endswith(
        "Hai Phong, a port city with two sister cities in Korea"
    )


def test_a_students_name_school_and_department_sign_the_story() -> None:
    text = (
        "2023년 청년 교류단 하이퐁 활동 후기\n\n"
        "2023.08.14 관리자 120\n\n"
        "김서연 부경대학교 해양공학과\n\n"
        f"{KOREAN}\n"
    )
    read = _read(text)
    assert read.metadata.title == "2023년 청년 교류단 하이퐁 활동 후기"
    assert read.byline == "김서연"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("하노이일기 2024. 3. 5. 09:12", "하노이일기"),
        ("베트남살이 : 하노이에서 보내는 편지 2024. 3. 5. 09:12", "베트남살이"),
        ("승인 : 2024. 3. 5. 09:12", None),  # a date's label, no blog
        ("기사입력 2024. 3. 5. 09:12", None),
    ],
)
def test_a_blogs_name_in_its_post_details(line: str, name: str | None) -> None:
    text = f"베트남 하노이의 봄 축제 다녀온 후기\n\n{line}\n\n{KOREAN}\n"
    assert mailed_outlet(text, outlets()) == name
    assert _read(text).metadata.outlet == name


def test_a_name_printed_twice_over_the_story_is_its_byline() -> None:
    # the author's picture's caption, then the link to the author's page
    text = (
        "Two port cities agree on direct flights and a joint festival\n\n"
        "The plan is part of a partnership the two cities signed five years ago.\n\n"
        "Kim Ha-eun\n\n"
        "Kim Ha-eun\n\n"
        "Dockers wait for a ship at the port of Hai Phong (Example Photo)\n\n"
        "May 3, 2024\n\n"
        f"HAI PHONG – {ENGLISH}\n"
    )
    assert _read(text).byline == "Kim Ha-eun"
