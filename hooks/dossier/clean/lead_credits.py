"""Korean lines shaped like a wire's lead, a word, an equals sign, then a name, that credit
a picture or a hand in the story instead: "[사진=연합뉴스]" (a picture's source),
"(사진=김민서 기자)", "[그래픽=박하늘 기자]", "[취재 도움=이도윤 인턴기자]" (who took the
picture, drew the chart, helped with the reporting). Such a person wrote no word of the
story, and the word before the equals sign is no paper; a writer's word ("글·사진=X 기자")
or a place's ("하노이=X 특파원") still signs it."""

from __future__ import annotations

import re

from dossier.places import is_place_name

# "[사진=연합뉴스]", "(그래픽=뉴시스)", "(사진=외교부 제공)": a picture's or a chart's
# credit, shaped like a wire's lead
_CREDIT = re.compile(
    r"[\[(【<]\s*(?:사진|그래픽|자료|영상|이미지|그림|출처|표|제공)|제공\s*[\])】>]"
)

# the hands a credit names: a picture, a video, a chart, the editing, a design, the
# filming, a translation, help with the reporting, data, a source (not the writer's own
# words: "글", "정리" written up, "대담" the interview)
HANDS = r"취재\s?도움|사진|영상|그래픽|편집|디자인|촬영|번역|도움|자료|출처"
_ROLE = rf"(?:{HANDS})"
CREDIT_ROLES = rf"{_ROLE}(?:\s?[·ㆍ,/]\s?{_ROLE})*\s?=\s?"
# who a credit names: a paper's staff, by name and post ("김민서 기자", "이도윤 인턴기자",
# "김민서·박하늘 기자"); a body or a firm ("한빛TV", "코트라 제공") is a picture's source
_STAFF = (
    r"[가-힣]{2,4}(?:\s?[·ㆍ,]\s?[가-힣]{2,4})*\s?(?:인턴|수습|선임|객원|전문)?\s?"
    r"(?:기자|특파원|PD|피디|작가|에디터|디자이너)"
)
# the credit whole: in brackets or after a slash, the roles, "=", then the staff named
_ROLE_CREDIT = re.compile(
    rf"/?\s?(?P<open>[\[(【<])?\s?{CREDIT_ROLES}{_STAFF}(?(open)\s?[\])】>])"
)


def role_credit(text: str) -> bool:
    """The whole line credits a picture or a hand in the story, not its writer."""
    return _ROLE_CREDIT.fullmatch(text.strip()) is not None


def lone_lead(text: str, length: int, outlet: str | None) -> bool:
    """A Korean wire's lead on a line of its own ("[서울=뉴시스]"): the whole line, a place
    and a paper joined by "=" or "/" (not a script's cue, "【앵커】"; not a credit; not two
    places, "(서울/하노이)")."""
    return (
        length >= len(text.rstrip())
        and re.search("[=/]", text) is not None
        and not _CREDIT.search(text)
        and outlet is not None
        and not is_place_name(outlet)
    )
