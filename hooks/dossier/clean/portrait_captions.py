"""A portrait's caption: the person a picture shows named with the post they hold and the
body they hold it at, and nothing else: "Jane Roe, chairwoman, Hanoi Business Council",
"John Doe, President and CEO of Acme Vina", "홍길동 한빛상사 대표이사". An opinion page
sets one under its writer's picture, an interview under each speaker's; a headline says
what someone did or said ("…, chairman of X, visits Hanoi"), never only who they are."""

from __future__ import annotations

import re

# the posts a portrait names, in English (in any case: "chairman", "President")
_POSTS = (
    r"chairman|chairwoman|chairperson|chair|president|vice[- ]president|director|"
    r"director-general|ambassador|consul(?:-general)?|ceo|cfo|coo|chief|executive|"
    r"officer|head|minister|professor|founder|co-founder|governor|mayor|secretary|"
    r"manager|representative|deputy|general|senior|researcher|fellow|editor|member|"
    r"partner|adviser|advisor|lecturer|dean|rector|principal|owner|leader"
)
# "Jane Roe, chairwoman, Hanoi Business Council", "John Doe, President and CEO of Acme":
# a name of two to four capitalised words, a comma, the post, then the body; every
# word past the name a post, a capitalised name's or a joining word (a verb would make
# it a sentence or a headline: "…, chairman of X, visits Hanoi")
_ENGLISH = re.compile(
    r"(?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’.-]*,\s"
    rf"(?:(?i:{_POSTS})\s(?:(?:and|of)\s)?){{0,3}}(?i:{_POSTS}),?\s"
    r"(?:(?:[A-Z0-9][\w'’.&-]*|of|in|for|the|and|at|&)\s){0,10}[A-Z][\w'’.&)-]*"
)
MAX_ENGLISH_WORDS = 18

# Korean: a name of three syllables (a common family name first), the body, then the
# post, glued to a place or a unit or not: "홍길동 한빛상사 대표이사", "김철수 KOICA
# 베트남사무소장"
_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구"
    "민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국"
)
_KOREAN_POSTS = (
    r"대표이사|대표|회장|부회장|사장|부사장|원장|교수|대사|총영사|영사|이사장|이사|"
    r"위원장|소장|센터장|법인장|지사장|본부장|총장|의장|지사|시장|군수|구청장|청장|"
    r"장관|차관|국장|실장|부장|팀장|관장|학장|감독|단장|협회장|한인회장|상무|전무"
)
MAX_KOREAN_WORDS = 5
_KOREAN = re.compile(
    rf"[{_SURNAMES}][가-힣]{{2}}\s(?:[가-힣A-Za-z0-9·&()]{{1,20}}\s){{0,2}}"
    rf"[가-힣A-Za-z0-9·]{{0,12}}(?:{_KOREAN_POSTS})"
)


def is_portrait_caption(text: str) -> bool:
    """``text`` names a person, their post and where they hold it, and says nothing."""
    words = text.split()
    if len(words) > MAX_ENGLISH_WORDS:  # a sentence, not a name and a post
        return False
    line = " ".join(words)
    if len(words) <= MAX_KOREAN_WORDS and _KOREAN.fullmatch(line):
        return True
    return _ENGLISH.fullmatch(line.rstrip(".")) is not None
