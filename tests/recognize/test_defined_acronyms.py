"""An acronym the story defines in brackets after a name the finders propose whole is
folded into that name: its sightings count as the name's, and it is the name's alias;
otherwise it is kept (recognize/candidates/defined_acronyms)."""

from __future__ import annotations

import pytest
from builders import proposed_names
from dossier.model import PARAGRAPH, Article, Metadata, Passage
from dossier.recognize.candidates import find_candidates


def _candidates(matcher, *texts: str) -> dict[str, tuple[int, tuple[str, ...]]]:
    passages = tuple(Passage(PARAGRAPH, f"p-{i}", t, i) for i, t in enumerate(texts, 1))
    article = Article("a", "seeds/a.txt", "A", passages, None, (), Metadata(), 1)
    found = find_candidates(article, matcher)
    return {c.name: (len(c.occurrences), c.aliases) for c in found}


@pytest.mark.parametrize(
    ("texts", "name", "acronym"),
    [
        # a Vietnamese body's name, its syllables in lower case but the first
        (
            (
                "Số liệu của Hội đồng Xúc tiến Gốm sứ Hàn Quốc (KCPC) cho thấy đơn"
                " hàng tăng.",
                "KCPC dự kiến mở văn phòng ở Đà Nẵng.",
                "Lãnh đạo KCPC cũng tới Huế.",
            ),
            "Hội đồng Xúc tiến Gốm sứ Hàn Quốc",
            "KCPC",
        ),
        # an English name whose letters do not spell the acronym in order
        (
            (
                "Exporters cheered the Laos-Cambodia Rice Accord (CLRA) last week.",
                "Under the CLRA, tariffs fall to zero.",
                "CLRA talks resume in May.",
            ),
            "Laos-Cambodia Rice Accord",
            "CLRA",
        ),
    ],
)
def test_an_acronym_after_a_name_proposed_whole_is_its_alias(
    matcher, texts, name, acronym
):
    found = _candidates(matcher, *texts)
    assert acronym not in found
    count, aliases = found[name]
    assert acronym in aliases
    assert count == 3  # each sentence once: the name's, the acronym's two more


@pytest.mark.parametrize(
    ("texts", "acronym"),
    [
        # the finders do not read the Vietnamese name before the brackets
        (
            (
                "Liên minh các hãng tàu biển châu Á (ASLA) sẽ họp tại Đà Nẵng.",
                "Các thành viên ASLA nhất trí giảm phí.",
            ),
            "ASLA",
        ),
        # a Korean description before the brackets, not the body's name
        (("국내 최대 해운사(KMTC)와 협력한다.", "KMTC는 부산에서 출항한다."), "KMTC"),
        # a person's title before the name: where the person works
        (("Director Park Min-ho (KOFICE) opened the fair.",), "KOFICE"),
        (("Deputy Minister Le Van Hai (VASEP) spoke first.",), "VASEP"),
        # a brand in camel case is no acronym
        (
            (
                "The app belongs to Digital Wallet Holdings JSC (PayZo), it said.",
                "PayZo has 9 million users. PayZo plans a listing.",
            ),
            "PayZo",
        ),
    ],
)
def test_an_acronym_no_whole_name_takes_is_kept(matcher, texts, acronym):
    assert acronym in proposed_names(matcher, *texts)


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


def test_a_parents_short_form_is_no_alias_of_its_branch_after_a_comma(matcher):
    found = _candidates(
        matcher,
        "Hợp đồng do Ngân hàng TMCP Công nghiệp Việt Nam, Chi nhánh Đà Nẵng (VCI)"
        " ký với đối tác.",
    )
    assert not any("VCI" in aliases for _, aliases in found.values())


@pytest.mark.parametrize(
    ("texts", "name", "short"),
    [
        # a short form in mixed case that opens with a letter of the name's words
        (
            (
                "Members of the Asian Shipping Council (Ashcon) met in Busan.",
                "Ashcon plans a second office in Hai Phong.",
            ),
            "Asian Shipping Council",
            "Ashcon",
        ),
        # the article opening the sentence is no word of a longer name
        (
            (
                "The Nordic Chamber of Commerce in Laos (Nordcham) cited new figures.",
                "Nordcham expects growth to slow.",
            ),
            "Nordic Chamber of Commerce in Laos",
            "Nordcham",
        ),
        # a Vietnamese body and the trading name it goes by
        (
            (
                "Tổng Công ty Du lịch Hạ Long (Halongtour Group) đón đoàn khách Hàn"
                " Quốc.",
                "Halongtour Group cho biết sẽ mở thêm tour.",
            ),
            "Tổng Công ty Du lịch Hạ Long",
            "Halongtour Group",
        ),
    ],
)
def test_a_short_form_in_mixed_case_after_a_name_is_its_alias(
    matcher, texts, name, short
):
    found = _candidates(matcher, *texts)
    assert short not in found
    assert short in found[name][1]


@pytest.mark.parametrize(
    ("texts", "short"),
    [
        # the country the body is from, not a short form
        (("Nara Textile Group (South Korea) signed the contract.",), "South Korea"),
        # a product of the firm, whose letters open none of the firm's words
        (
            (
                "The app is run by Digital Wallet Holdings JSC (Ringo) in Hanoi.",
                "Ringo has 9 million users.",
            ),
            "Ringo",
        ),
    ],
)
def test_a_mixed_case_word_in_brackets_that_shortens_nothing_is_not_an_alias(
    matcher, texts, short
):
    found = _candidates(matcher, *texts)
    assert not any(short in aliases for _, aliases in found.values())


def test_a_vietnamese_title_before_a_body_leaves_its_acronym_an_alias(matcher):
    found = _candidates(
        matcher,
        "Chủ tịch Phòng Xúc tiến Thương mại Hàn Quốc (KTPC), ông Lee Min-ho, phát"
        " biểu.",
        "KTPC sẽ mở văn phòng tại Đà Nẵng.",
    )
    assert "KTPC" not in found
    assert "KTPC" in found["Phòng Xúc tiến Thương mại Hàn Quốc"][1]


def test_a_vietnamese_title_before_a_person_keeps_the_acronym(matcher):
    found = _candidates(
        matcher, "Giám đốc Nguyễn Văn Hải (VASEP) cho biết xuất khẩu tăng mạnh."
    )
    assert "VASEP" in found


@pytest.mark.parametrize(
    ("texts", "short"),
    [
        # the parent firm, which shares the name's first word
        (
            (
                "Daeso Foods Vietnam (Daeso Holdings) opened a new plant in Long An.",
                "Daeso Holdings owns four more plants.",
            ),
            "Daeso Holdings",
        ),
        # a second body whose letter opens one of the name's words
        (
            (
                "Kumho Investment Corporation (Kirin Securities) bought a stake.",
                "Kirin Securities declined to comment.",
            ),
            "Kirin Securities",
        ),
        # the brewer behind a Vietnamese plant's name
        (
            (
                "Nhà máy Bia Sông Lam - Nam Đàn (Sobeco) tăng công suất.",
                "Sobeco sẽ xây thêm nhà máy.",
            ),
            "Sobeco",
        ),
        # a singer of the label, an index the firm trades on
        (
            (
                "Acts from Starbell Entertainment (Soyeon) will perform in Hanoi.",
                "Soyeon sang two songs.",
            ),
            "Soyeon",
        ),
        (
            (
                "Korea Mirae Holdings (Kospi) shares fell 3 percent.",
                "The Kospi closed lower.",
            ),
            "Kospi",
        ),
    ],
)
def test_a_mixed_case_word_in_brackets_the_name_does_not_spell_is_not_an_alias(
    matcher, texts, short
):
    found = _candidates(matcher, *texts)
    assert short in found
    assert not any(short in aliases for _, aliases in found.values())


@pytest.mark.parametrize(
    ("first", "again", "acronym"),
    [
        (
            "Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Lào (EDL) Phan Văn An"
            " cho biết.",
            "EDL sẽ tăng giá điện.",
            "EDL",
        ),
        (
            "Chủ tịch Hội đồng quản trị Tập đoàn Hòa Lâm (HLG) Trần Văn Long cho biết.",
            "HLG tăng lợi nhuận.",
            "HLG",
        ),
    ],
)
def test_a_firms_board_after_a_title_takes_no_acronym(matcher, first, again, acronym):
    found = _candidates(matcher, first, again)
    assert not any(
        name.startswith("Hội đồng") and acronym in aliases
        for name, (_, aliases) in found.items()
    )


def test_the_opening_a_sentence_lets_through_only_a_name_the_acronym_opens(matcher):
    found = _candidates(
        matcher,
        "The Laos Office of Korea Rural Aid Agency (KRAA) funded the school.",
        "KRAA has worked in Laos since 1995.",
    )
    assert not any(
        name.startswith("Laos Office") and "KRAA" in aliases
        for name, (_, aliases) in found.items()
    )


@pytest.mark.parametrize(
    ("texts", "short"),
    [
        # a sibling firm of the group, opening with the group's brand
        (
            (
                "Staff of Hanbit Motor Vietnam (Hanbit Mobis) met in Hanoi.",
                "Hanbit Mobis plans a second office in Hai Phong.",
            ),
            "Hanbit Mobis",
        ),
        (
            (
                "Nara Cinema Vietnam (Nara Cultureworks) opened two halls.",
                "Nara Cultureworks plans a second office in Hai Phong.",
            ),
            "Nara Cultureworks",
        ),
        # the group's parent, its second word no word of the name
        (
            (
                "Nara Cinema Vietnam (Nara Corp) opened two halls.",
                "Nara Corp plans a second office in Hai Phong.",
            ),
            "Nara Corp",
        ),
        # a product of the brand
        (
            (
                "Buyers at Hanbit Galaxy Studio (Galaxy S24) queued for hours.",
                "Galaxy S24 sold out by noon.",
            ),
            "Galaxy S24",
        ),
    ],
)
def test_a_short_form_opening_with_the_brand_shortens_only_its_own_words(
    matcher, texts, short
):
    found = _candidates(matcher, *texts)
    assert not any(short in aliases for _, aliases in found.values())


def test_a_brand_and_the_start_of_a_later_word_is_an_alias(matcher):
    found = _candidates(
        matcher,
        "Nara Shipping Corporation (Nara Corp) opened an office in Hanoi.",
        "Nara Corp plans a second office in Hai Phong.",
    )
    assert "Nara Corp" in found["Nara Shipping Corporation"][1]


@pytest.mark.parametrize(
    ("first", "again", "inner", "acronym"),
    [
        (
            "Chủ tịch Hội đồng trường Đại học Bách khoa Huế (HUTH) Nguyễn Văn An"
            " cho biết.",
            "HUTH sẽ mở văn phòng tại Đà Nẵng.",
            "Đại học Bách khoa Huế",
            "HUTH",
        ),
        (
            "Giám đốc Chi nhánh Ngân hàng Nara Việt Nam (NBVN) tại Đà Nẵng cho biết.",
            "NBVN sẽ mở văn phòng tại Huế.",
            "Ngân hàng Nara Việt Nam",
            "NBVN",
        ),
    ],
)
def test_a_title_before_a_unit_of_a_body_leaves_the_acronym_the_bodys(
    matcher, first, again, inner, acronym
):
    found = _candidates(matcher, first, again)
    assert not any(
        acronym in aliases and name != inner for name, (_, aliases) in found.items()
    )
