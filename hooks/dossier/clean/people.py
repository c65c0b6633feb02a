"""Whether a name read from a byline can be a person's: page furniture ("Live TV", "Video Ad
Feedback", "Copy URL", "Staff Writer") has the shape of a name but is made of words no
person is named with."""

from __future__ import annotations

import re

from dossier.text import words_of

# Words of site furniture and job titles; a name holding one is not a person's.
_FURNITURE_WORDS = """
    live tv video audio ad ads feedback copy url link links share print save gift
    subscribe newsletter newsletters search menu home login log sign register
    read more minute minutes reading time listen watch download
    staff writer writers reporter reporters editor editors correspondent desk team
    contributor columnist photographer photo photos image images gallery
    news breaking latest top stories story world business politics opinion sport sports
    culture lifestyle economy society tech technology video podcast podcasts topics tags
    keywords comments comment follow email facebook twitter kakaotalk zalo whatsapp
    advertisement sponsored related posted published updated written by of
    agency wire online digital press media brief summary highlights key points
    our your try get general secretary president minister chairman feat features daily
    weekly other another south north east west korean vietnamese american japanese
    chinese executives officials asia pacific europe americas africa recommended articles
    hot issues headlines trending popular viewed featured events
    administrator admin webmaster
"""
_FURNITURE = frozenset(_FURNITURE_WORDS.split())
# "triss", "matthew": a user's handle, one word in small letters, as a board or a blog
# names the writer of a post; not a web address ("koreaherald.com", "mofa.gov.vn")
_HANDLE = re.compile(
    r"[a-z][a-z0-9_.]{2,19}(?<!\.com)(?<!\.net)(?<!\.org)(?<!\.vn)(?<!\.kr)(?<!\.info)"
    r"(?<!\.gov)(?<!\.edu)(?<!\.io)(?<!\.co)"
)
# "By region", "By topic": what a listing is browsed or sorted by, no writer's handle
_LISTING_KEY_WORDS = """
    region regions topic category categories country countries date section tag type
    theme themes subject location author authors name year month keyword sector industry
    province city language relevance popularity newest oldest
"""
_LISTING_KEYS = frozenset(_LISTING_KEY_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def is_person_name(name: str) -> bool:
    """One to five words, none of them furniture, at least one with a capital (or in a
    script without case, as Hangul)."""
    words = _WORD.findall(name)
    handle = _HANDLE.fullmatch(name) is not None and name not in _LISTING_KEYS
    if not 1 <= len(words) <= 5 or (all(w[:1].islower() for w in words) and not handle):
        return False
    return not any(word.casefold() in _FURNITURE for word in words)


# the commonest Vietnamese surnames as written with their marks (not "Le", "Tran": "Le
# Monde" is a paper)
_SURNAMES = frozenset(
    words_of(
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Ngô Dương Lý Đinh Trương "
        "Đoàn Trịnh Lương"
    )
)
# a surname and a middle name at least: two words with a surname's are as often a place
# ("Hoàng Sa", "Lý Sơn", "Hoàng Mai" over a headline: its tag)
MIN_NAME_WORDS, MAX_NAME_WORDS = 3, 4
# the words a place's name is written with in English ("Lý Sơn Island")
_PLACE_KINDS = frozenset(
    words_of(
        "Island Islands District Province City Ward Commune Street Road Bay Beach Port "
        "Airport Bridge Lake River Mountain Pagoda Temple Market Square Park"
    )
)


def is_writer_name(name: str) -> bool:
    """A Vietnamese person's full name with its marks: a common surname, then two or
    three capitalised syllables ("Nguyễn Thị Lan"), no other word."""
    words = name.split()
    return (
        MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS
        and words[0] in _SURNAMES
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and _PLACE_KINDS.isdisjoint(words)
    )
