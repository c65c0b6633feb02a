"""Matching: diacritics, case, possessives, line breaks, longest match, short names."""

import pytest
from builders import article_from_text, make_entity, make_registry, proposed_names
from dossier.recognize.matcher import build_matcher, find_in_text, find_mentions

REGISTRY = make_registry(
    make_entity("leaders", "Tô Lâm", aliases=["To Lam"]),
    make_entity(
        "leaders",
        "Oh Se-hoon",
        native_name="오세훈",
        aliases=["오세훈"],
        short_names=["Oh"],
    ),
    make_entity("cities", "Seoul"),
    make_entity("cities", "Hanoi", aliases=["Hà Nội"]),
    make_entity("cities", "Ho Chi Minh City", aliases=["Saigon"]),
    make_entity("organizations", "Seoul Business Agency"),
    make_entity("organizations", "Hanoi People's Committee"),
    make_entity("initiatives", "Saigon Oppa"),
)
MATCHER = build_matcher(REGISTRY)


def names(text: str, matcher=MATCHER) -> list[tuple[str, str]]:
    return [(slug, text[a:b]) for slug, a, b in find_in_text(text, matcher, set())]


def test_diacritics_and_case_are_ignored():
    assert names("General Secretary Tô Lâm met TO LAM and to lam.") == [
        ("to-lam", "Tô Lâm"),
        ("to-lam", "TO LAM"),
        ("to-lam", "to lam"),
    ]
    assert names("He flew to Ha Noi, then Hà Nội.") == [
        ("hanoi", "Ha Noi"),
        ("hanoi", "Hà Nội"),
    ]


def test_possessives_and_line_breaks():
    assert names("Seoul’s mayor and Seoul's goal") == [
        ("seoul", "Seoul’s"),
        ("seoul", "Seoul's"),
    ]
    assert names("General Secretary Tô\nLâm spoke.") == [("to-lam", "Tô\nLâm")]


def test_longest_match_wins():
    # the body's name is what is linked; the place opening it is named too, after it
    # (recognize/inside.py), and the words are not read again as the place alone
    text = "the Seoul Business Agency and Seoul"
    assert [(slug, a) for slug, a, _ in find_in_text(text, MATCHER, set())] == [
        ("seoul-business-agency", 4),
        ("seoul", 4),
        ("seoul", 30),
    ]
    assert names("the film Saigon Oppa, not Saigon") == [
        ("saigon-oppa", "Saigon Oppa"),
        ("ho-chi-minh-city", "Saigon"),
    ]
    assert names("the Hanoi People’s Committee") == [
        ("hanoi-peoples-committee", "Hanoi People’s Committee"),
        ("hanoi", "Hanoi"),
    ]


def test_a_sentence_break_splits_a_name():
    assert names("They met in Seoul. Business Agency staff came.") == [
        ("seoul", "Seoul")
    ]


def test_words_inside_other_words_do_not_match():
    assert names("Seoulite and Hanoian readers") == []


def test_hangul_names_match():
    assert names("오세훈 서울시장") == [("oh-se-hoon", "오세훈")]


def test_short_names_count_only_after_the_full_name_in_the_same_article():
    text = "Oh, what a day.\n\nSeoul Mayor Oh Se-hoon will travel.\n\nOh will begin the trip.\n\noh well.\n"
    article = article_from_text(f"A headline\n\n{text}", "seeds/x.txt")
    found = [(m.anchor, m.entity) for m in find_mentions(article, MATCHER)]
    assert found == [("p-2", "seoul"), ("p-2", "oh-se-hoon"), ("p-3", "oh-se-hoon")]


FOREIGN_MINISTRY = build_matcher(
    make_registry(
        make_entity(
            "organizations",
            "Ministry of Foreign Affairs of Viet Nam",
            aliases=["Ministry of Foreign Affairs"],
            native_name="Bộ Ngoại giao",
            country="Viet Nam",
        )
    )
)


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Ngoại giao Hàn Quốc cho biết hai bên sẽ gặp lại vào tháng sau.",
        "Japan's Ministry of Foreign Affairs issued a statement.",
        "The Korean Ministry of Foreign Affairs issued a statement.",
        "The Ministry of Foreign Affairs of China issued a statement.",
        "The Ministry of Foreign Affairs of the Republic of Korea issued a statement.",
    ],
)
def test_a_body_of_another_country_is_not_linked(text):
    assert names(text, FOREIGN_MINISTRY) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Bộ Ngoại giao cho biết hai bên sẽ gặp lại.", "Bộ Ngoại giao"),
        (
            "Vietnam's Ministry of Foreign Affairs said so.",
            "Ministry of Foreign Affairs",
        ),
        (
            "Korea and the Ministry of Foreign Affairs agreed.",
            "Ministry of Foreign Affairs",
        ),
        ("The Ministry of Foreign Affairs told Korea.", "Ministry of Foreign Affairs"),
    ],
)
def test_a_body_of_its_own_country_or_beside_no_country_is_linked(text, found):
    slug = "ministry-of-foreign-affairs-of-viet-nam"
    assert names(text, FOREIGN_MINISTRY) == [(slug, found)]


def test_a_country_after_a_comma_names_the_next_body_not_this_one():
    film = build_matcher(
        make_registry(make_entity("organizations", "Film Line", country="South Korea"))
    )
    text = "It is produced by South Korea’s Film Line, Vietnam’s BHD and WebTVAsia."
    assert names(text, film) == [("film-line", "Film Line")]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("양국은 하노이에서 회담을 열었다.", "hanoi"),
        ("호찌민시와 호치민 두 표기 모두", "ho-chi-minh-city"),
        ("Doanh nghiệp tại TP.HCM và TPHCM tham gia.", "ho-chi-minh-city"),
        ("껀터에서 열린 행사", "can-tho"),
        ("또 럼 서기장은 말했다.", "to-lam"),
        ("Chủ tịch Quốc hội Woo Won Sik phát biểu.", "woo-won-shik"),
        (
            "개관한 주부산베트남총영사관의 초대 총영사",
            "vietnamese-consulate-general-in-busan",
        ),
        (
            "lễ ra mắt Tổng Lãnh sự quán Việt Nam tại Busan",
            "vietnamese-consulate-general-in-busan",
        ),
    ],
)
def test_the_registry_knows_the_korean_and_vietnamese_spellings_articles_use(
    text, slug
):
    from pathlib import Path

    from dossier.read.registry import read_registry

    registry, problems = read_registry(Path(__file__).resolve().parents[2])
    assert not problems
    assert slug in {found for found, _ in names(text, build_matcher(registry))}


@pytest.mark.parametrize(
    "text",
    [
        "양국은 포괄적 전략 동반자 관계를 발전시키기로 했다.",
        "양국 관계는 포괄적 전략 동반자 관계로 격상됐다.",
        "포괄적 전략 동반자 관계의 발전을 위해 협력했다.",
        "양국은 '포괄적 전략 동반자 관계'로 격상하기로 했다.",  # quoted, then its particle
        "포괄적 전략 동반자 관계로의 격상을 축하했다.",  # two particles as one
    ],
)
def test_a_korean_name_of_several_words_with_its_particle_on_the_last(text):
    registry = make_registry(
        make_entity("agreements", "CSP", aliases=["포괄적 전략 동반자 관계"]),
        make_entity("organizations", "CPV", aliases=["베트남 공산당"]),
    )
    matcher = build_matcher(registry)
    assert names(text, matcher) == [("csp", "포괄적 전략 동반자 관계")]
    assert names("대표단은 베트남 공산당의 초청으로 왔다.", matcher) == [
        ("cpv", "베트남 공산당")
    ]
    # the last word is another word, not the name's with a particle
    assert names("포괄적 전략 동반자 관계자들이 왔다.", matcher) == []


def test_a_place_opening_a_hangul_compound_is_linked():
    # "하노이세관" (Hanoi customs), "서울의료봉사재단": a body named for the place it is in
    registry = make_registry(
        make_entity("cities", "Hanoi", aliases=["하노이"]),
        make_entity("cities", "Seoul", aliases=["서울"]),
        make_entity("leaders", "Oh Se-hoon", aliases=["오세훈"]),
    )
    matcher = build_matcher(registry)
    found = names("하노이세관과 서울의료봉사재단이 협약했다.", matcher)
    assert found == [("hanoi", "하노이"), ("seoul", "서울")]
    # a person's name opening a longer word is not linked so
    assert names("오세훈씨도왔다", matcher) == []


def test_a_name_spelt_as_a_registered_native_name_is_not_proposed():
    found = proposed_names(
        FOREIGN_MINISTRY,
        "Sáng nay, Bộ Ngoại giao và Bộ Công Thương đã họp tại Hà Nội.",
        "Bộ Ngoại giao Hàn Quốc cho biết hai bên sẽ gặp lại.",
    )
    assert "Bộ Ngoại giao" not in found
    assert "Bộ Công Thương" in found
    assert "Bộ Ngoại giao Hàn Quốc" in found  # Korea's: another body


FILMS = make_registry(
    make_entity("leaders", "Park Gyu-tae", related=["645"]),
    make_entity("initiatives", "645", slug="645", related=["park-gyu-tae"]),
    make_entity("cities", "Hanoi"),
)


def _linked(text: str) -> list[str]:
    article = article_from_text(f"Films of the year\n\n{text}\n")
    return sorted({m.entity for m in find_mentions(article, build_matcher(FILMS))})


@pytest.mark.parametrize(
    "text",
    [
        "The factory in Hanoi hired 645 workers last year.",
        "Exports rose to 645 million dollars, officials in Hanoi said.",
    ],
)
def test_a_name_of_no_letter_is_any_number_without_a_cue(text):
    """ "645" is a film's name and any count: alone it links nothing."""
    assert _linked(text) == ["hanoi"]


@pytest.mark.parametrize(
    "text",
    [
        "Park Gyu-tae's film 645 drew crowds in Hanoi.",  # one it is related to, named
        "The film ‘645’ drew crowds in Hanoi.",  # in quotes: a title
    ],
)
def test_a_name_of_no_letter_links_beside_a_related_name_or_in_quotes(text):
    assert "645" in _linked(text)


def test_a_body_named_for_another_country_after_its_brackets_is_not_linked():
    """ "MOFA (Ministry of Foreign Affairs) from the Republic of Korea" is Korea's ministry,
    not Viet Nam's, whose registered alias is the bare name."""
    registry = make_registry(
        make_entity(
            "organizations",
            "Ministry of Foreign Affairs of Viet Nam",
            aliases=["Ministry of Foreign Affairs"],
            country="Viet Nam",
        )
    )
    matcher = build_matcher(registry)
    korean = (
        "MOFA (Ministry of Foreign Affairs) from the Republic of Korea sent a team."
    )
    assert names(korean, matcher) == []
    assert names("The Ministry of Foreign Affairs said so.", matcher) != []


@pytest.mark.parametrize(
    "text",
    [
        "Fans of HYBE from Vietnam flew to Seoul for the concert.",
        "The company signed with Film Line from Vietnam last year.",
    ],
)
def test_a_body_with_its_country_is_linked_when_another_country_follows_from(text):
    """ "from Vietnam" tells whose fans: only a name closed in brackets is a body of the
    country after it."""
    registry = make_registry(
        make_entity("organizations", "HYBE", country="South Korea"),
        make_entity("organizations", "Film Line", country="South Korea"),
    )
    assert names(text, build_matcher(registry)) != []


def test_a_name_in_capitals_is_found_only_as_a_capitalised_word_without_marks():
    registry = make_registry(
        make_entity("organizations", "VAC"), make_entity("organizations", "HYBE")
    )
    matcher = build_matcher(registry)
    assert names("Họ ưu tiên tiêm vắc xin. Vắc xin đã về.", matcher) == []
    assert names("The vac was cleared.", matcher) == []
    assert names("Tiêm Vac xin cho người dân.", matcher) == []  # unmarked Vietnamese
    assert names("VAC and Hybe took part, as did HYBE.", matcher) == [
        ("vac", "VAC"),
        ("hybe", "Hybe"),
        ("hybe", "HYBE"),
    ]


def test_a_city_inside_a_listed_outlet_s_name_is_not_linked():
    from pathlib import Path

    from dossier.read.registry import read_registry

    registry, _ = read_registry(Path(__file__).resolve().parents[2])
    text = "Theo Seoul Sports, đội bóng đã thắng ở Seoul."
    found = names(text, build_matcher(registry))
    assert found == [("seoul", "Seoul")]  # the city, not the daily Sports Seoul


def test_a_possessive_opening_the_words_is_their_owner_not_a_longer_name():
    """ "Seoul’s Business Agency" is Seoul's agency, some other than the Seoul Business
    Agency: the city is linked, not the registered agency. A name whose own first word
    is a possessive still matches, and a country's possessive names its body."""
    registry = make_registry(
        make_entity("cities", "Hanoi"),
        make_entity("cities", "Seoul"),
        make_entity("organizations", "Hanoi University"),
        make_entity("organizations", "People's Army Museum"),
        make_entity("organizations", "Korea Tourism Organization"),
    )
    matcher = build_matcher(registry)
    assert names("Students of Hanoi’s University of Industry met.", matcher) == [
        ("hanoi", "Hanoi’s")
    ]
    assert names("Hanoi University and the People's Army Museum", matcher) == [
        ("hanoi-university", "Hanoi University"),
        ("hanoi", "Hanoi"),  # the place in the body's name (recognize/inside.py)
        ("peoples-army-museum", "People's Army Museum"),
    ]
    assert names("Korea’s Tourism Organization opened an office.", matcher) == [
        ("korea-tourism-organization", "Korea’s Tourism Organization")
    ]


def test_a_citys_possessive_before_its_own_registered_body_still_links_it():
    """ "Hanoi’s People’s Committee" is the registered committee; only a name going on
    past the registered one ("Hanoi’s University of Industry") is another's."""
    registry = make_registry(
        make_entity("cities", "Hanoi"),
        make_entity("organizations", "Hanoi People's Committee"),
        make_entity("organizations", "Hanoi University"),
    )
    matcher = build_matcher(registry)
    assert names("Officials of Hanoi’s People’s Committee met.", matcher) == [
        ("hanoi-peoples-committee", "Hanoi’s People’s Committee"),
        ("hanoi", "Hanoi’s"),  # the place in the body's name (recognize/inside.py)
    ]
    assert names("Students of Hanoi’s University of Industry met.", matcher) == [
        ("hanoi", "Hanoi’s")
    ]
