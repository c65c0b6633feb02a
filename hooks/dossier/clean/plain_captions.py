"""Captions a page printed as plain sentences, with no credit to mark them: what a picture
shows told in the present ("Officials shake hands …"), what it is of ("Overview of the
meeting."), and one sentence of caption length among paragraphs that say more, or that end
theirs where it does not (Vietnamese pages' own: ``vietnamese_captions``)."""

from __future__ import annotations

import re

from dossier.clean.korean_scene_acts import korean_scene_act
from dossier.clean.paragraphs import SENTENCE_END
from dossier.clean.shapes import KOREAN_REPORTED, VIETNAMESE_SAYS, paragraph_like
from dossier.clean.unended_caption_places import (
    over_crosshead,
    tells_what_is_to_come,
    wrapped_alone,
)
from dossier.clean.units import LIST_ITEM, Unit, next_unit, told_in_korean

# What a picture shows, said in the present as captions say it: "Finalists … pose with their
# teachers", "Officials shake hands", "Contestants wait backstage"
_PHOTO_VERB = re.compile(
    r"\b(?:pose|poses|posing|shake hands|shakes hands|shaking hands|wait backstage|"
    r"waits backstage|cut the ribbon|cuts the ribbon|take a (?:group )?photo|"
    r"takes a (?:group )?photo|pose for a (?:group )?photo|"
    r"chụp ảnh lưu niệm|chụp ảnh chung|bắt tay|cắt băng)\b|기념촬영(?:을|를)?\s?하|"
    # "Vice Mayor X, pictured here with Y.": a name, then where the picture shows them, and
    # nothing else (no verb): only a caption names one so. An aside in a story sentence
    # ("Mr X (pictured) opened …", "Ms Y, pictured, runs …", "… is pictured on …") is told.
    r"^(?:[A-Z][\w.'’-]*\s){0,8}[A-Z][\w.'’-]*,\spictured\s(?:here|above|below)"
    r"(?:\s(?:with|at|in|during)\s[^,;:()]{2,100})?\.?$|"
    # "… attend the launch ceremony of …", "… visits a booth at …": the scene, in the present
    r"(?<!\bto )\b(?:attend|attends|visit|visits|tour|tours|inspect|inspects|watch|watches|join|"
    r"joins|speak at|speaks at|receive|receives)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:ceremony|event|signing|opening|launch|exhibition|booth|performance|workshop|"
    r"class|session|site|stall|fair)\b|"
    # "Children practice a verse at the school.", "Sailors practise knot-tying before the
    # drill.": people at work on something, told in the present, where the picture is
    # (not a noun of the same spelling: "After finishing his morning practice …", "The
    # investment of the plant far exceeds …", "… requires X to carry out …", "This is
    # the latest in a wave of …": a subordinate or pronoun opening it, or an article, a
    # possessive or "to" before the word)
    r"^(?!(?:After|Before|During|When|While|As|Since|Once|If|Although|This|That|These|"
    r"Those|It|There|In|On|At|For|With|By|From|To)\b)"
    r"(?:[A-Z][\w-]*\s+)(?:[\w-]+\s+){0,5}?"
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)"
    r"(?<!\btheir\s)(?<!\bour\s)(?<!\bto\s)(?<!\bof\s)"
    r"(?:practi[cs]e|practi[cs]es|rehearse|rehearses|"
    r"perform|performs|harvest|harvests|sort|sorts|sing|sings|dance|dances|cook|cooks|"
    r"plant|plants|assemble|assembles|demonstrate|demonstrates|examine|examines|"
    r"celebrate|celebrates|wave|waves|unload|unloads|carry|carries|hold up|holds up|"
    r"light|lights|march|marches)\b[^.]{3,80}\b"
    r"(?:at|in|on|before|during|outside|inside)\b[^.]{2,60}\.$|"
    # "Provincial Party Secretary Chau Van Lam gifts Korean Ambassador a brocade blanket
    # …": one who acts, told in the present, as a caption tells what the picture shows
    r"^[A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,8}?\s(?:presides|gifts|presents|hands|greets|"
    r"welcomes|talks|delivers|addresses|chairs|congratulates|awards|witnesses|"
    r"exchanges|bows|thanks)\s(?:(?:over|to|with|a|an|the)\s|[A-Z])[^.;:]{3,120}\.$"
)
# "Minister To Lam receives Mr. Moon Moo-il.", "The Tuyen Quang delegation works with the
# government of Anseong City.": who is in the picture, by title or as a delegation, and
# what they do, in the present; a story tells it in the past ("… received …", "… paid a
# visit to …"). A headline is written so too, so only a line between paragraphs is read so;
# "He meets …", "Samsung holds talks …" name nobody so and may be a story's present.
_NAMED_WORD = r"(?:[A-Z][\w.'’-]*|and|of|the|&)"
_GROUPS = (
    r"delegation|delegations|leaders|officials|delegates|representatives|students|"
    r"participants|guests|visitors|workers|volunteers|members|team"
)
_NAMED_ACTS = re.compile(
    rf"^(?P<who>(?:The\s|A\s)?{_NAMED_WORD}(?:\s{_NAMED_WORD}){{0,10}}(?:\s(?:{_GROUPS}))?)"
    r"\s(?:receives?|meets?|signs?|works? with|joins?|pays|talks? with|holds? talks|"
    r"attends?|chats? with|hands? over|greets|welcomes|presents|inspects|tours|poses?|"
    r"visits?|promotes?|introduces?|offers?|gives?)\s(?!to\b)[^;:]{2,160}$"
)
# "Representatives from KOICA and the local authorities standing on the upgraded road.":
# who is in the picture, as a group, and where they stand, with no verb of a sentence
_GROUP_STANDING = re.compile(
    rf"^(?:The\s)?(?:[A-Z][\w-]*\s)?(?i:{_GROUPS})\s(?:[\w.'’&-]+\s){{0,8}}?"
    r"(?:standing|sitting|gathering|posing|walking|lining up|smiling|waving|listening)"
    r"\s(?:on|at|in|with|before|outside|inside|during|next to|in front of|around)\b"
    r"[^.;:]{2,80}\.$"
)
_TITLED_OR_GROUP = re.compile(
    r"\b(?:Minister|Mr|Ms|Mrs|Dr|Chairman|Chairwoman|President|Ambassador|Mayor|"
    rf"Governor|Secretary|Director|Deputy|Vice|Prime|General|Professor|Consul|{_GROUPS})\b"
)
_PRESENT_CLAUSE = re.compile(r"\b(?:is|are)\b")
# What a picture is of, named and no more: "Overview of the meeting.", "Toàn cảnh hội nghị."
_SCENE = re.compile(
    r"(?:(?i:an?\s+|the\s+)?(?i:overview|general view|view|scene|panorama|glimpse|"
    r"close-up|snapshot|aerial view)\s+(?i:of|at|from|during|inside|outside)\b|"
    r"(?:Delegates|Participants|Attendees|Guests|Visitors|Officials|Representatives|"
    r"Leaders|Students|Workers|Performers)\s+(?:at|during|attending)\s+(?:the|a|an)\b|"
    r"Toàn cảnh|Quang cảnh|Khung cảnh|"
    r"(?:Graph|Chart|Map|Table|Infographic)\s+(?:showing|of)\b)"  # "Graph showing that …"
)
MAX_SCENE_WORDS = 15
# "Work meeting scene", "Signing ceremony scene": what a picture is of, its last word
_SCENE_END = re.compile(r"\b(?:scene|panorama)\.?$", re.I)
MAX_SCENE_END_WORDS = 6
# "◇뚜레쥬르 … 레탄통점 전경.", "… 참석자들의 모습": a Korean caption ends on a noun of seeing,
# where a sentence of story ends on a verb ("…했다.")
_KOREAN_SCENE = re.compile(r"[\uac00-\ud7a3]\s?(?:모습|전경|장면|광경)\.?$")
# "각종 정보를 공유하며 성장을 도모하는 회의 시간.": a short Korean line ended on a noun,
# where a sentence of story ends on a verb ("…했다.", "…있어요.")
_KOREAN_NOUN_END = re.compile(r"[\uac00-\ud7a3](?<![다요까죠음임])\.$")
MAX_KOREAN_CAPTION_WORDS = 12


def _korean_noun_ended(text: str) -> bool:
    """Not a brief's sentence, which names its subject ("수강료는 무료.") or ends on a
    plan, a view or a pointer ("… 열 예정.", "… 분석.", "… 참조.")."""
    return (
        len(text.split()) <= MAX_KOREAN_CAPTION_WORDS
        and _KOREAN_NOUN_END.search(text) is not None
        and ". " not in text
        and _KOREAN_SUBJECT.search(text) is None
        and _BRIEF_END.search(text) is None
        and _KOREAN_CONNECTIVE.match(text) is None
    )


# "그렇다고 아이들을 … 어려운 노릇.": a connective ties the line to the sentence before it,
# as a caption never is
_KOREAN_CONNECTIVE = re.compile(
    r"(?:그렇다고|그러나|하지만|그래서|또한|특히|한편|따라서|그런데|게다가|아울러|이처럼|"
    r"결국|물론|다만)\s"
)
_KOREAN_SUBJECT = re.compile(r"[\uac00-\ud7a3](?<![있하되없])(?:은|는|이|가)\s")
_BRIEF_END = re.compile(
    r"(?:예정|분석|설명|참조|무료|까지|함|것|전망|방침|계획|바람)\.$"
)


# "Toàn cảnh …", "Quang cảnh …": a place's or an event's whole, a picture's (not told)
_OVERVIEW = re.compile(r"(?:Toàn cảnh|Quang cảnh)\s+\S(?!.*\b(?:đang|đã|sẽ|khiến)\b)")
# "(Lãnh đạo Sở Du lịch … tặng hoa, quà chúc mừng …)": a caption set in brackets
_BRACKETED_SCENE = re.compile(r"\((?:\S+\s+){7,}[^()]*\)")
# "A video shared online of the beating. Some viewers may find the footage disturbing.":
# a video's caption and the warning set under it
# (the line's own last sentence: not "… and warned that viewers may find …")
_VIEWER_WARNING = re.compile(
    r"(?:^|[.!?]\s+)(?:Warning:\s*)?(?:(?i:some)\s)?(?i:viewers|readers)\s(?:may|might)"
    r"\sfind\s(?:the|this|these|some)\s"
    r"(?:footage|video|images?|pictures?|content|scenes?)\s(?:\w+\s){0,2}?"
    r"(?:disturbing|distressing|upsetting|graphic)\.?$"
)
_STORY_WORDS = re.compile(r"\b(?:said|says|told|will|would|has|have|had|was|were)\b")
MAX_CAPTION_WORDS = 30


def _caption_line(unit: Unit) -> bool:
    """One line of a caption's length, no quote, nobody speaking, nothing told."""
    text = unit.text
    return (
        len(unit.lines) == 1
        and len(text.split()) <= MAX_CAPTION_WORDS
        and not any(mark in text for mark in '"“”')
        and _STORY_WORDS.search(text) is None
    )


def is_photo_description(unit: Unit) -> bool:
    """A sentence that says what a picture shows, or names what it is of, standing alone
    between paragraphs: a caption the page printed without a credit."""
    text = unit.text
    return _caption_line(unit) and (
        _PHOTO_VERB.search(text) is not None
        or (len(text.split()) <= MAX_SCENE_WORDS and _SCENE.match(text) is not None)
        or _OVERVIEW.match(text) is not None  # "Toàn cảnh Nhà máy … tỉnh Khánh Hòa"
        or _BRACKETED_SCENE.fullmatch(text) is not None
        or _is_named_thing(text)
        or (
            _GROUP_STANDING.match(text) is not None and not _PRESENT_CLAUSE.search(text)
        )
        or _KOREAN_SCENE.search(text) is not None  # "… 레탄통점 전경."
        or korean_scene_act(text)  # "… 악수하고 있다."
        or _korean_noun_ended(text)  # "… 성장을 도모하는 회의 시간."
        or (len(text.split()) <= MAX_SCENE_END_WORDS and _SCENE_END.search(text))
        or _VIEWER_WARNING.search(text)
        is not None  # "… may find the footage disturbing."
    )


# "To Thi Vien, left, moved …", "Ông Lê Tiến Châu (phải), Phó bí thư …", "… from left":
# where each one stands in the picture, as only a caption says. Longer than the captions
# units.is_credited reads by the same marks (which take a credit's length, 40 words), and
# never in Korean, whose leads place people in the picture too ("김 지사(왼쪽)는 …")
_PLACED = re.compile(
    r"(?<=[\w.])\s?,\s(?:left|right|cent(?:er|re)|(?:second|third|fourth) from "
    r"(?:left|right))\s?,|"
    r"\((?:left|right|cent(?:er|re)|phải|trái|giữa|thứ \w{1,4} từ (?:trái|phải))\)|"
    # "(bên phải)", "(ảnh trái)", "(đứng giữa)", "(bên phải, hàng trên)": the side of the
    # picture, or where one stands in it, in Vietnamese
    r"\((?:bên|ảnh|đứng|ngồi|ngoài cùng bên) (?:phải|trái|giữa)(?:, hàng \w{2,5})?\)|"
    r"\b(?:from left|from right|left to right|từ trái sang|từ phải sang)\b(?![-\w])|"
    # "Mr. Do Trong Hung on the right was introducing …": a name, then the side he stands
    # on (not "on the right track", "on the left bank of …")
    r"\b[A-Z][a-z]+\s[A-Z][a-z]+\s(?:on|at)\sthe\s(?:left|right)\b(?=\s(?:is|was|are|were|and|of the|"
    r"with|talks?|speaks?|shakes?|receives?|hands?|presents?|visits?|greets?)\b|\s?,)"
)
MAX_PLACED_WORDS = 50
# "TS X (thứ hai, từ phải sang) - Giám đốc …; TS Y (thứ ba, từ trái sang) - Phó Chủ tịch …
# tại buổi lễ ký kết": several people placed in brackets, a longer caption (not a story's
# directions of writing, "viết từ trái sang phải …, đọc từ phải sang trái")
MAX_SEVERAL_PLACED_WORDS = 80
_BRACKETED_PLACE = re.compile(
    r"\([^()]{0,25}\b(?:left|right|cent(?:er|re)|phải|trái|giữa)\b[^()]{0,25}\)"
)


def is_placed_scene(unit: Unit) -> bool:
    """People placed in the picture doing what a picture shows: "Minister X (left) …
    shake hands with …"."""
    return is_placed_in_picture(unit) and _PHOTO_VERB.search(unit.text) is not None


def is_placed_in_picture(unit: Unit) -> bool:
    """One line that says where people stand in the picture: a caption, however long."""
    text = unit.text
    return (
        len(unit.lines) == 1
        and (
            len(text.split()) <= MAX_PLACED_WORDS
            or (
                len(text.split()) <= MAX_SEVERAL_PLACED_WORDS
                and len(_BRACKETED_PLACE.findall(text)) >= 2
            )
        )
        and _PLACED.search(text) is not None
    )


# "정겨운 베트남 (김증원 작가)": a work's title, its artist in brackets after it
_ARTIST_CREDIT = re.compile(r".{1,60}\(\s?[가-힣]{2,4}\s?작가\s?\)")
MAX_WORK_TITLE_WORDS = 12


def is_credited_work(unit: Unit) -> bool:
    """A work's title and its artist under its picture: an exhibition's caption."""
    text = unit.text
    return (
        len(unit.lines) == 1
        and len(text.split()) <= MAX_WORK_TITLE_WORDS
        and _ARTIST_CREDIT.fullmatch(text) is not None
    )


def is_named_scene(unit: Unit) -> bool:
    """One line of caption length naming who is in the picture, by title or as a group,
    and what they do, in the present: a caption between paragraphs told in the past."""
    text = unit.text
    acts = _NAMED_ACTS.match(text)
    return (
        acts is not None
        and _TITLED_OR_GROUP.search(acts["who"]) is not None
        and _caption_line(unit)
        and text.count(". ") <= 1
        and _PRESENT_CLAUSE.search(text) is None
    )


# The words of a clause: a verb, a pronoun ("The deal is done.", "He agreed.")
_CLAUSE_WORDS = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|"
    r"must|shall|should|do|does|did|said|says|say|it|he|she|they|we|i|you|this|that|"
    r"there|not|no|"
    # a past told in a verb that takes no "-ed" ("Trinh met her murderer …"; not one a
    # caption uses as an adjective: "newly built", "Korean-made", "held")
    r"met|took|went|came|gave|became|began|saw|got|sent|bought|brought|thought|knew|grew|"
    r"ran|felt|spent|told)\b|"
    # (a word ending in "ss" is no verb's "-s": "A press conference.", "Business forum")
    r"\w(?:ed|(?<!s)s)\b(?!\s+(?:of|in|at|on|for|from)\b)",
    re.IGNORECASE,
)
MIN_NAMED_WORDS, MAX_NAMED_WORDS = 3, 8


def _is_named_thing(text: str) -> bool:
    """A picture's subject named in a few English words and a full stop, no clause: "Trang
    An landscape.", "A production line of Samsung in Vietnam."."""
    words = text.split()
    return (
        MIN_NAMED_WORDS <= len(words) <= MAX_NAMED_WORDS
        and text.endswith(".")
        and text.count(".") == 1
        and "," not in text  # "Oh, what a day.": a voice, not a label
        and ":" not in text  # "Q : Please introduce yourself.": a label, an interview's
        and text.isascii()
        and not any(c.isdigit() for c in text)
        and _CLAUSE_WORDS.search(text[:-1]) is None
    )


_SPOKEN = re.compile(r"\b(?:said|says|say|told|according|added|noted|stressed)\b", re.I)
# the same in Vietnamese and Korean: who said it ("…, ông X cho biết", "Bà Y nhấn mạnh
# …"; not "chia sẻ tại", "chia sẻ và thảo luận", "nói chuyện với": the speaking a
# picture shows), a figure's source ("… theo số liệu của …", "…, theo Sở Công Thương";
# not "theo sau", "theo hướng dẫn"), a date to come that opens it, or a Korean speaker
# ("…”이라고 말했다", shapes.py); not "sẽ" alone: a site's or a render's caption tells
# what will be built there
_REPORTED = re.compile(
    rf"(?<!\w)(?:{VIETNAMESE_SAYS})(?!\w)(?!\s(?:tại|trong|với|chuyện|và|về|cùng)(?!\w))|"
    r"(?<!\w)theo\s(?:(?:các|những)\s)?"
    r"(?:số liệu|báo cáo|thống kê|dữ liệu|ước tính|khảo sát)(?!\w)|"
    r",\s+theo\s(?:(?:ông|bà)(?!\w)|[A-ZÀ-ỸĐ])|"
    # opening on a date to come, and what will happen then ("Vào ngày 15/6 tới, … sẽ")
    r"^(?:Vào\s)?(?:[Nn]gày\s)?\d{1,2}/\d{1,2}(?:/\d{4})?\stới,[^.]*?(?<!\w)sẽ(?!\w)"
)
MIN_UNENDED_WORDS, MAX_UNENDED_WORDS = 15, 40
MIN_ENDED_SHARE = 0.75  # of the page's paragraphs that end their sentence
_SENTENCE_INSIDE = re.compile(r"\w{3}[.!?][\"”’]?\s")
_WORD_END = re.compile(r"\w\w$")  # not "… technology.Â": a stray byte after the stop
_GLOSS_END = re.compile(r"\w\s\([A-ZÀ-ỸĐ][^()]{1,30}\)$")
MIN_GLOSSED_WORDS = 6
# "… 차지하였으며, ▲부동산 584억 달러 ▲건설 104억 달러 등이었다": items marked inside
# the line, a list the story runs through (a caption's mark opens it: "▲ …")
_INLINE_LIST = re.compile(r"\S\s+[▲■◆•]\s?\S.*\s[▲■◆•]\s?\S")


def ends_its_sentences(units: list[Unit]) -> bool:
    """The page ends its paragraphs with a full stop (or a quote, a bracket); the unended
    lines of a caption's length are what is asked about, not the page's witnesses."""
    told = [
        u
        for u in units
        if paragraph_like(u)
        and len(u.text.split()) >= 8
        and not (_caption_sized(u) and not u.text.endswith(SENTENCE_END))
    ]
    ended = sum(u.text.endswith(SENTENCE_END) for u in told)
    return len(told) >= 2 and ended >= MIN_ENDED_SHARE * len(told)


def _caption_sized(unit: Unit) -> bool:
    return len(unit.lines) == 1 and len(unit.text.split()) <= MAX_UNENDED_WORDS


def is_unended_caption(units: list[Unit], index: int) -> bool:
    """A sentence of caption length that stops without a full stop, between paragraphs
    that all end theirs: "Invited guests pressing buttons to open the consulate",
    "Các đại biểu thảo luận … tại hội nghị". Longer than a subheading; the next unit
    opens a sentence of its own, so this one is not a paragraph broken in two. Also on two
    lines, on a page that wraps no other paragraph, or over a crosshead
    (``unended_caption_places``), never when it tells what is to come ("will", "sẽ")."""
    unit, below = units[index], next_unit(units, index)
    text = unit.text
    words = text.split()
    return (
        len(unit.lines) <= 2
        and (
            (len(words) >= MIN_UNENDED_WORDS and _WORD_END.search(text) is not None)
            # "Đón đoàn … trường tiểu học Cheon Buk (Hàn Quốc)": a place glossed last
            or (len(words) >= MIN_GLOSSED_WORDS and _GLOSS_END.search(text) is not None)
        )
        and len(words) <= MAX_UNENDED_WORDS
        and below is not None
        and not below.text[:1].islower()
        and LIST_ITEM.match(text) is None
        and _SENTENCE_INSIDE.search(text) is None  # "… she added. /cb": signed
        and _SPOKEN.search(text) is None  # "…, said Diep Thi Thu Hong": a paragraph
        # a credit under it ("Ảnh: X") makes it the picture's caption, whatever it says
        and (
            unit.over_credit
            or not (_REPORTED.search(text) or KOREAN_REPORTED.search(text))
        )
        and _INLINE_LIST.search(text) is None
        and not told_in_korean(text)
        and (
            (len(unit.lines) == 1 and paragraph_like(below))
            or (  # wrapped, or over a crosshead: a caption's scene, nothing to come
                not tells_what_is_to_come(text)
                and (
                    (len(unit.lines) == 1 and over_crosshead(units, index))
                    or (paragraph_like(below) and wrapped_alone(units, index))
                )
            )
        )
    )
