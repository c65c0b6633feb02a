"""Matching: diacritics, case, possessives, line breaks, longest match, short names."""

from pathlib import Path

from building import write_entity
from dossier.clean.cleaning import clean
from dossier.model import Metadata
from dossier.read.registry import read_registry
from dossier.recognize.matcher import build_matcher, find_in_text, find_mentions


def matcher_for(tmp_path: Path):
    write_entity(tmp_path, "leaders", "to-lam", "name: Tô Lâm\naliases: [To Lam]")
    write_entity(
        tmp_path,
        "leaders",
        "oh-se-hoon",
        "name: Oh Se-hoon\nnative_name: 오세훈\naliases: [오세훈]\nshort_names: [Oh]",
    )
    write_entity(tmp_path, "cities", "seoul", "name: Seoul")
    write_entity(tmp_path, "cities", "hanoi", "name: Hanoi\naliases: [Hà Nội]")
    write_entity(
        tmp_path,
        "cities",
        "ho-chi-minh-city",
        "name: Ho Chi Minh City\naliases: [Saigon]",
    )
    write_entity(
        tmp_path,
        "organizations",
        "seoul-business-agency",
        "name: Seoul Business Agency",
    )
    write_entity(
        tmp_path,
        "organizations",
        "hanoi-peoples-committee",
        "name: Hanoi People's Committee",
    )
    write_entity(tmp_path, "initiatives", "saigon-oppa", "name: Saigon Oppa")
    registry, problems = read_registry(tmp_path)
    assert problems == []
    return build_matcher(registry)


def names(text: str, matcher) -> list[tuple[str, str]]:
    return [(slug, text[a:b]) for slug, a, b in find_in_text(text, matcher, set())]


def test_diacritics_and_case_are_ignored(tmp_path):
    matcher = matcher_for(tmp_path)
    assert names("General Secretary Tô Lâm met TO LAM and to lam.", matcher) == [
        ("to-lam", "Tô Lâm"),
        ("to-lam", "TO LAM"),
        ("to-lam", "to lam"),
    ]
    assert names("He flew to Ha Noi, then Hà Nội.", matcher) == [
        ("hanoi", "Ha Noi"),
        ("hanoi", "Hà Nội"),
    ]


def test_possessives_and_line_breaks(tmp_path):
    matcher = matcher_for(tmp_path)
    assert names("Seoul’s mayor and Seoul's goal", matcher) == [
        ("seoul", "Seoul’s"),
        ("seoul", "Seoul's"),
    ]
    assert names("General Secretary Tô\nLâm spoke.", matcher) == [("to-lam", "Tô\nLâm")]


def test_longest_match_wins(tmp_path):
    matcher = matcher_for(tmp_path)
    assert names("the Seoul Business Agency and Seoul", matcher) == [
        ("seoul-business-agency", "Seoul Business Agency"),
        ("seoul", "Seoul"),
    ]
    assert names("the film Saigon Oppa, not Saigon", matcher) == [
        ("saigon-oppa", "Saigon Oppa"),
        ("ho-chi-minh-city", "Saigon"),
    ]
    assert names("the Hanoi People’s Committee in Hanoi", matcher) == [
        ("hanoi-peoples-committee", "Hanoi People’s Committee"),
        ("hanoi", "Hanoi"),
    ]


def test_a_sentence_break_splits_a_name(tmp_path):
    matcher = matcher_for(tmp_path)
    assert names("They met in Seoul. Business Agency staff came.", matcher) == [
        ("seoul", "Seoul")
    ]


def test_words_inside_other_words_do_not_match(tmp_path):
    matcher = matcher_for(tmp_path)
    assert names("Seoulite and Hanoian readers", matcher) == []


def test_hangul_names_match(tmp_path):
    matcher = matcher_for(tmp_path)
    assert names("오세훈 서울시장", matcher) == [("oh-se-hoon", "오세훈")]


def test_short_names_count_only_after_the_full_name_in_the_same_article(tmp_path):
    matcher = matcher_for(tmp_path)
    text = "Oh, what a day.\n\nSeoul Mayor Oh Se-hoon will travel.\n\nOh will begin the trip.\n\noh well.\n"
    article = clean(f"A headline\n\n{text}", "seeds/x.txt", Metadata())
    found = [(m.anchor, m.entity) for m in find_mentions(article, matcher)]
    assert found == [("p-2", "seoul"), ("p-2", "oh-se-hoon"), ("p-3", "oh-se-hoon")]
