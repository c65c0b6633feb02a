"""An acronym the story defines in brackets after the name it shortens is that name's
short form, no new name (recognize/candidates/defined_acronyms)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        # a Vietnamese body's name, its syllables in lower case but the first
        (
            "Số liệu của Hội đồng Xúc tiến Gốm sứ Hàn Quốc (KCPC) cho thấy đơn hàng tăng.",
            "KCPC",
        ),
        # an English name the finder reads as two pieces
        (
            "Rockets of the Long-Range Coastal Area Shield (LRCAS) were moved north.",
            "LRCAS",
        ),
        # a Korean word glued to the bracket
        ("항만 물류센터는 자동화보관체계(ASRS) 도입을 검토했다.", "ASRS"),
        # Korean's "hereafter" inside the brackets, after the name in English
        (
            "양측은 남부혁신재단(Southern Innovation Foundation, 이하 SIF)과 협약했다.",
            "SIF",
        ),
        # a second form after the acronym
        ("업계는 원격검침체계(AMRS·에이엠알에스) 확대를 요구했다.", "AMRS"),
    ],
)
def test_an_acronym_after_the_name_it_shortens_is_no_new_name(matcher, text, acronym):
    assert acronym not in proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        # a description in lower case: the acronym is the thing's only name
        (
            "Exports grew after the trade pact between Laos and Cambodia (LCTP) began.",
            "LCTP",
        ),
        # capitalised words that describe the body rather than spell its name
        (
            "Engineers trained at Korea's top Marine Science Centre (KMRI) in May.",
            "KMRI",
        ),
        # one word before the brackets: a singer and his band
        ("The crowd sang along with Minjae (SKYLINE) all night.", "SKYLINE"),
        # a person's name before the brackets: where the person works
        ("Kim Tae-woo (KORAIL) told reporters the line would open.", "KORAIL"),
        # not in brackets at all
        ("KCPC said orders rose in March.", "KCPC"),
        # a name in letters and Hangul, the event's own ("the SEA Games")
        ("선수들은 내년 동남아시안게임(SEA게임)을 위해 훈련 중이다.", "SEA게임"),
        # used alone before the brackets define it: the story's first spelling
        (
            "KCPC và Bộ Công Thương đã ký kết. Chủ tịch Hội đồng Xúc tiến Gốm sứ Hàn"
            " Quốc (KCPC) cho biết đơn hàng tăng.",
            "KCPC",
        ),
    ],
)
def test_an_acronym_that_shortens_no_name_before_it_is_kept(matcher, text, acronym):
    assert acronym in proposed_names(matcher, text)


def test_the_acronym_of_a_name_the_finder_reads_stays_its_alias(matcher):
    text = "The Seoul Pottery Promotion Agency (SPPA) opened an office in Hanoi."
    names = proposed_names(matcher, text)
    assert names.get("Seoul Pottery Promotion Agency") == "organizations"
    assert "SPPA" not in names
