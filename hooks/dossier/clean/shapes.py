"""What a unit reads as by its shape: a headline, a subheading, or a paragraph."""

from __future__ import annotations

import re

from dossier.clean.bylines import KOREAN_SECTIONS
from dossier.clean.languages import HANGUL
from dossier.clean.paragraphs import SENTENCE_END
from dossier.clean.pictographs import is_pictograph
from dossier.clean.soundbites import is_soundbite
from dossier.clean.units import Unit

MAX_HEADLINE_WORDS = 30
_BULLETS = ("• ", "◦ ", "▪ ", "■ ", "○ ", "● ", "► ", "▶ ", "→ ", "· ")
MAX_SUBHEADING_WORDS = 14
_TERMINAL = tuple('.!?:;,…"”’)')


# "… 양해각서를 체결하고 있다.대전시의회 제공": a Korean sentence ended inside the line, a
# credit after it; no headline ends a sentence ("낮춘다..넥스트 차이나": two stops, a
# headline's pause)
_KOREAN_SENTENCE_INSIDE = re.compile(r"[\uac00-\ud7a3][다요]\.(?!\.)\s*\S")


# "… 강화했다고 27일 밝혔다", "“… 열겠다”고 말했다", "…”이라고 했다": a Korean closing
# attribution, its full stop lost; a sentence that reports what was said, never a headline
KOREAN_REPORTED = re.compile(
    r"[\uac00-\ud7a3][다라][\"”’]?고\s?(?:\d{1,2}일\s?)?"
    r"(?:밝혔|말했|전했|설명했|강조했|덧붙였|했)다$"
)
# the verbs of a Vietnamese report ("…, ông X cho biết", "Bà Y nhấn mạnh …")
VIETNAMESE_SAYS = "cho biết|nói|khẳng định|nhấn mạnh|cho rằng|chia sẻ"


# "(NLĐO) - Hàn Quốc là …": an outlet's tag opening the story's first paragraph
TAGGED = re.compile(r"\([A-ZĐ][A-ZĐ0-9&.]{1,9}\)\s*[-–—]{1,2}\s*\S")


# "축구", "정치": a section's name alone over the story (not "골든타임", a column's title);
# "clip20181223112118": a picture's file name; "samsung": a tag in lower case; a headline
# says something
_ONE_WORD = re.compile(
    rf"{KOREAN_SECTIONS}|[A-Za-z_-]*\d{{8,}}[\w.-]*|[a-z][a-z-]{{1,30}}"
)


def is_page_tag(text: str) -> bool:
    """A section's name, a picture's file name or a tag in lower case, alone on a line."""
    return _ONE_WORD.fullmatch(text) is not None


def is_headline(unit: Unit) -> bool:
    text = unit.text
    return (
        len(unit.lines) <= 3
        and not unit.caption
        and not TAGGED.match(text)
        and not is_page_tag(text)
        and not _KOREAN_SENTENCE_INSIDE.search(text)
        and not KOREAN_REPORTED.search(text)
        and not text.startswith(_BULLETS)
        and (
            not text.endswith((".", ",", ";", ":", ".”", ".’", '."', "?”", "!”"))
            or _KOREAN_TITLE_DOTS.search(text) is not None
        )
        and len(text.split()) <= MAX_HEADLINE_WORDS
    )


# two or three full stops closing a short Korean line: a headline's pause or cut ("… 교류
# 물꼬 터...", "… 적응 돕는다.."); not three after a sentence told ("… 밤은 길었다...")
_KOREAN_TITLE_DOTS = re.compile(
    r"(?:[\uac00-\ud7a3]\.\.|(?<=[\uac00-\ud7a3])(?<!다)(?:\.\.\.|…))$"
)


# "… 3400여 개의 한국 기업들이 진출해 80여만 명의": a long Korean line left open on a
# particle or a connective ending, a sentence the page cut, no heading
_KOREAN_LEFT_OPEN = re.compile(
    r"[\uac00-\ud7a3](?:의|을|를|에|와|과|로|며|고|해|는데|지만|면서)$"
)
MIN_LEFT_OPEN = 25  # characters: a heading is shorter ("베트남과 한국의")
# "삼성은 이에 따라 올해 …": a subject, then a word taking up the sentence before; a
# sentence the page cut, as no crosshead refers back ("이에 따라 달라지는 것들" may), and
# as long as a line left open ("삼성은 이를 위해 3조 원 추가 투자" is a crosshead)
_KOREAN_TAKEN_UP = re.compile(
    r"[\uac00-\ud7a3A-Za-z0-9]+[은는]\s(?:이에\s?따라|이와\s함께|이를\s(?:위해|통해)|"
    r"그러나|하지만|따라서)\s"
)


def _ended(text: str) -> str:
    """``text`` without the pictographs ("… 변질되기 시작했습니다. 🚧": a blog closes its
    sentences with them) after its last word or stop (read from the end,
    one character at a time: a run of thousands costs no more than its length)."""
    end = len(text)
    while end and (text[end - 1].isspace() or is_pictograph(text[end - 1])):
        end -= 1
    return text[:end]


# "Xu hướng “du lịch dài hạn”", "The rise of ‘K-food’": a heading closing on a quoted
# phrase of a few words it opened after its first word; no stop inside the quote (a
# quote's sentence closes with its stop inside: "… he said, “we will.”") and no colon
# before it ("Ông Kim nói: “…”": speech)
_QUOTED_PHRASE_END = re.compile(
    r"\w[^“‘\":]*\s[“‘\"](?P<quoted>[^“”‘’\".!?…:]*[\w)])[”’\"]$"
)
MAX_QUOTED_WORDS = 4


def _quoted_phrase_end(text: str) -> bool:
    quoted = _QUOTED_PHRASE_END.fullmatch(text)
    return bool(quoted) and len(quoted["quoted"].split()) <= MAX_QUOTED_WORDS


# "한 국장 “올 7월까지 베트남 관광객 약 30% 늘어”": a Korean paper's heading, who speaks
# in a few words and what they said, cut short of the sentence's end (a paragraph quoting
# them closes the sentence: "…”라고 말했다.")
_KOREAN_SAID_HEADING = re.compile(
    r"(?=.*[\uac00-\ud7a3])[^\s“\"]+(?:\s[^\s“\"]+){0,2}\s[“\"][^“”\"]*[\uac00-\ud7a3%\w](?<!다)[”\"]"
)

# "수교 30주년 맞아 방한…“베트남은 핵심국”": a Korean deck under the headline, a clause
# joined by an ellipsis to a saying cut short of its sentence's end; not a story's line
# ("그는 말했다…“… 고향이에요”": the clause, or the saying, ends its sentence; "총리는
# 15일 … 만나…“…”": a lead names the day before the saying)
_KOREAN_JOINED_SAYING = re.compile(
    r"(?=[^“\"]*[\uac00-\ud7a3])(?![^“”\"]*\d일)"
    r"[^“”\"]{2,60}[^\s.…다요죠](?:…|\.{2,3})\s?"
    r"[“\"][^“”\"]*[\uac00-\ud7a3%\w](?<![다요죠])[”\"]"
)


# "◇ 김관영 도지사 "전북은 …"": a Korean paper's mark for a subheading (its quote may run
# longer than a headline's)
_SUBHEADING_MARK = re.compile(r"[◇◆]\s?\S")


# "… 소감을 말씀해 주십시오", "… 어떠한 변화가 있었습니까": an interviewer's formal
# question or request, its question mark left off; a heading asks nobody so
_KOREAN_ASKED = re.compile(r"[\uac00-\ud7a3](?:습니까|십시오)$")


def is_subheading(unit: Unit, deck: bool = False) -> bool:
    """A heading's shape; ``deck``: the line right under the headline, where a clause
    and a saying cut short may stand joined."""
    text = _ended(unit.text)
    if (
        len(unit.lines) == 1
        and _SUBHEADING_MARK.match(text)
        and len(text.split()) <= MAX_SUBHEADING_WORDS
        and not text.endswith(".")
    ):
        return True
    return (
        len(unit.lines) == 1
        and (
            not text.endswith(_TERMINAL)
            or _quoted_phrase_end(text)
            or _KOREAN_SAID_HEADING.fullmatch(text) is not None
            or (deck and _KOREAN_JOINED_SAYING.fullmatch(text) is not None)
        )
        and not (
            len(text) >= MIN_LEFT_OPEN
            and (_KOREAN_LEFT_OPEN.search(text) or _KOREAN_TAKEN_UP.match(text))
        )
        and _KOREAN_ASKED.search(text) is None
        and len(text.split()) <= MAX_SUBHEADING_WORDS
        and any(ch.isalpha() for ch in text)
        and not is_soundbite(text)  # "[X / role : … 있어요.]": a speaker's turn
    )


# a Korean sentence's end: "…했다", "…합니다", "…있어요", "…하죠"
_KOREAN_SENTENCE_END = re.compile(r"[다요죠][.!?]?[\"”’)]?$")


def is_korean_deck(unit: Unit) -> bool:
    """A Korean paper's deck under its headline: one short line in Korean shaped as a
    heading, no sentence's end ("팜민찐 총리 “올해 8% 성장 목표”"), where a lead ends
    its sentence ("…달성했다고 밝혔다.")."""
    text = _ended(unit.text)
    hangul = len(HANGUL.findall(text))
    return (
        hangul * 2 >= sum(1 for ch in text if ch.isalpha())
        and _KOREAN_SENTENCE_END.search(text) is None
        and is_subheading(unit, deck=True)
    )


# '"과거 잊지 않되 조건 삼지 말아야"': a Korean deck's line, a saying in quotes cut short of
# its sentence's end (a quoted paragraph ends it: '"… 갖고 있었습니다."')
_KOREAN_QUOTED_HEADING = re.compile(
    r"[“\"](?=[^“”\"]*[\uac00-\ud7a3])[^“”\"]{2,80}(?<![.!?…다요죠])[”\"]"
)
MAX_QUOTED_HEADING_WORDS = 8

# characters at a text's end that hold whatever _KOREAN_TITLE_DOTS (4 at most) and
# KOREAN_REPORTED (13 at most) match, with room to spare
_LONGEST_KOREAN_END = 24


def paragraph_like(unit: Unit) -> bool:
    text = _ended(unit.text)
    if text.startswith("(") and text.endswith(")") and len(text.split()) < 20:
        return False  # a subtitle in brackets, as city press releases print them
    words = len(text.split())
    end = max(0, len(text) - _LONGEST_KOREAN_END)  # both marks below end the text
    # "…적응 돕는다..": a Korean headline's two dots, as page titles end
    if _KOREAN_TITLE_DOTS.search(text, end) and words <= MAX_SUBHEADING_WORDS:
        return False
    if words <= MAX_QUOTED_HEADING_WORDS and _KOREAN_QUOTED_HEADING.fullmatch(text):
        return False
    return not unit.caption and (
        words > 30
        or (words > 1 and text.endswith(SENTENCE_END))
        or bool(KOREAN_REPORTED.search(text, end))
    )  # one word ending in a full stop ("U.S.") is a menu item, not a paragraph
