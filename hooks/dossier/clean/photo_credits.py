"""Whether a line is a picture's caption by its credit or its marks: "(Photo: VNA)", "…
Yonhap", "© Ngoc Tran/FT", "FILE PHOTO - …", who stands where ("…, left, …"), a Korean
photographer's address; and which words of a caption are that credit."""

from __future__ import annotations

import re

from dossier.clean.bylines import EMAIL, PERSON

# Korean pages mark captions: "▲ …"; a picture's "큰사진보기" (see it larger) button
# before its caption, "관련사진보기" (related pictures) or "이미지 확대보기" (enlarge) after it
# (not a marked line that asks, or speaks to "you": an interview's question, "▲What has
# been the most memorable part …?", "▲Tell us why you applied …"; a "you" quoted or
# thanked is no one spoken to: "▲ Fans hold a banner reading "Thank you, coach" …")
_SPOKEN_TO = r"(?:[^\"“”\n]|\"[^\"\n]*\"|“[^”\n]*”)*?(?<!(?i:thank) )\b(?i:you|your)\b"
MARKED_CAPTION = re.compile(
    # ("↑↑ …": the picture above)
    rf"(?:큰사진보기\s*)?(?:[•·]\s*)?(?:[▲△]|↑{{1,2}})(?!.*\?\s*$)(?!{_SPOKEN_TO})"
    r"\s*\S|.+\s관련사진보기$|"
    r".+\S\)\s?(?:이미지|사진)\s?확대\s?보기$"
)
# "한빛군 제공", "바다와 사람 제공": who gave a picture
GIVER = r"(?:\S{1,20}\s){0,2}\S{1,20}\s?제공"
# the same on a line of its own (no sentence's start)
GIVEN_ALONE = re.compile(GIVER)
# "… 악수하고 있다.(충남도 제공)", "… 인민위원장 (사진=충남도 제공)": who gave the picture;
# "… (제공: KBS, 재외동포청)": the word first, the givers after a colon
# (not "(점심 무료 제공)": lunch, provided free)
_GIVEN_BY = re.compile(
    r"\((?![^()]*무료)(?:사진\s?(?:제공\s?)?[=:]\s?)?[가-힣A-Za-z0-9·. ]{1,20}\s?제공\)$|"
    r"\((?:사진\s?)?제공\s?:\s?[가-힣A-Za-z0-9·.&, ]{1,40}\)$"
)


_OUTLET_PHOTO = re.compile(r"\s[—–-]\s*[A-Z][\w.]{1,12}\s+photo\b", re.IGNORECASE)
# "… on Friday. [YONHAP]", "… in Hanoi [File: Jane Roe/EPA]"
# "… [Yonhap]", "… [Photo: Kim]"; not a Korean section's label ("… [TF사진관]")
_BRACKET_CREDIT = re.compile(
    r"\s\[(?:(?:File|Photo|Image|Picture)s?:\s*)?[A-Z](?:(?![\uac00-\ud7a3])[\w .&/-]){1,40}\]$"
)
# "FILE - Workers attend …", "FILE PHOTO: …": a wire caption of an archive picture
# "School girls hold flags … in Hanoi, Vietnam, Friday, March 23, 2018.": a wire's caption
# ends its sentence on the day the picture was taken (its story says "on Friday")
_SCENE_BY = re.compile(r"모습\.?\s[가-힣]{2,4}\s?기자$")
DATED_PICTURE = re.compile(
    r", (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\.(?:\s|$)"
)
_FILE_PICTURE = re.compile(r"(?:FILE(?: PHOTO)?|ẢNH TƯ LIỆU)\s*(?:-|–|—|:)\s+\S")
# "This undated file photo shows …", "In this photo taken on May 3, …", "This file photo,
# taken in 2019, shows …": a caption says what its picture is
_THIS_PICTURE = re.compile(
    r"(?:In\sthis|This)\s(?:(?:undated|handout|file|recent|aerial|archive)\s)*"
    r"(?:photo|picture|image|photograph|screenshot|screen grab)\b,?\s(?:\S+\s){0,8}?"
    r"(?:shows|taken|provided|released)\b"
)  # (not "The photo showing the vessel prompted …": a story may speak of a picture)
# "…, on Aug. 2, 2022, in this photo provided by the ministry. (Yonhap)": a wire's caption
# names the picture it stands under in its last clause, where the day it was taken is told;
# no clause follows before the sign-off (not "…, in this photo released on Monday, and
# urged …": a story's sentence speaking of a picture)
_IN_THIS_PICTURE = re.compile(
    r",\s(?:in|from)\sthis\s(?:(?:undated|handout|file|recent|aerial|archive)\s)*"
    r"(?:photo|picture|image|photograph)\s(?:provided|taken|released)\b"
    r"[^,;]{0,80}\.\s*[^,;.]{0,60}$"
)


def names_its_picture(text: str) -> bool:
    """The line ends on the picture it stands under ("…, in this photo provided by X."),
    only its sign-off after it."""
    return bool(_IN_THIS_PICTURE.search(text))


_CREDIT_WORD = (
    r"(?:photos?|photograph|image|credit|ảnh(?: minh họa)?|nguồn|"
    r"사진(?:제공|자료|\s?출처)?|"  # "… 사진출처 /wikimedia": where the picture came from
    r"자료(?:사진)?)"
)
_PHOTO_CREDIT = re.compile(
    rf"(?:(?:^|[\s.(\[/_<]){_CREDIT_WORD}\s*(?:[:/=]|by)"
    # "Credit...X", "Ảnh… X": the word opening the line, a sentence or a bracket, or
    # capitalised; "xem nhiều hình ảnh... do …", a word trailing off mid-sentence, no
    rf"|(?:^|(?<=[.!?])\s|[(\[/_<]|[\s.](?-i:(?=[A-ZẢ]))){_CREDIT_WORD}"
    r"\s*(?:\.{2,}|…))"
    r"\s*\S|ⓒ\s*\S{2,20}$|^(?:포스터|이미지|그래픽)\s?=\s?\S|"  # "포스터=‘…’": the poster
    r"\((?:photo not for sale|"
    r"yonhap)\)\s*\(?(?:yonhap)?\)?$",
    re.IGNORECASE,
)


_SIGNED = re.compile(
    rf"{PERSON}\s*\((?!(?i:[^()]*\b(?:photo|ảnh|image|file)))[^()]{{2,40}}\)"
)
_CREDIT_WORDS = (
    "photo",
    "image",
    "credit",
    "ảnh",
    "yonhap",
    "nguồn",
    "사진",
    "자료",
    "포스터",
    "이미지",
    "그래픽",
    "ⓒ",
)
# "… Courtesy of Daesung Marine", "… REUTERS/Kim Hong-ji", "… Purchase Licensing Rights"
_END_CREDIT = re.compile(
    r"(?:^|[\s.(/])(?i:courtesy of)\s+\S.{0,60}$|(?i:purchase licensing rights)$|"
    # "… near West Lake. Photo from example.co.kr": where the picture came from, after
    # the caption's stop (not a story's "… 86 photos from journalists of …")
    r"(?<=[.!?])\s(?:Photos?|Images?|Pictures?)\sfrom\s\S(?:[^.!?]|\.(?=\w)){0,40}$|"
    r"(?<=[.!?])\s(?i:photo|photos|ảnh|image)\s?:$|"  # "… in Seoul. Photo:": its credit cut
    r"\s(?![A-Z]{2,6}/[A-Z]{2,6}$)[A-Z]{2,}(?:-[A-Z]+)?/[A-Z][\w\-]*(?:[ /][A-Z][\w\-]*){0,4}$|"
    r"\((?i:[^()]{0,30}\b(?:archives?|file photo))\)$|"
    r"(?<=[\w.])\s\([A-Z][^()/.]{1,40}/\s?[A-Z][^()/]{1,30}\)$|"  # "… (Kim Min-ji/Flickr)"
    r"\s\((?:[^()]{1,40}\s)?(?:via|for)\s[A-Z][^()]{1,40}\)$|"  # "(AFP via Getty Images)"
    r"\s©\s*[A-Z][\w .&'’-]{1,40}(?:/[\w .&'’-]{1,30})?$|"  # "… © Ngoc Tran/FT"
    r"\((?:[A-Z][\w .]{1,30}):\s*[A-Z][^():]{1,40}\)$|"  # "…(ABC News: Jane Roe)"
    r"\s\|\s*[A-Z][A-Z .&/-]{2,40}$|"  # "… in January. | BLOOMBERG"
    # "… ceremony. Tu Luc/VNA": the photographer and the agency (not "… residents.
    # VNA/VNS", two agencies signing the story off)
    r"(?<=[\w.])\s(?![A-Z]{2,6}/[A-Z]{2,6}$)[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3}/[A-Z][\w&-]+(?:\s[A-Z][\w&-]+){0,3}$|"
    r"\s[-–—]\s*[\w-]+(?:\.[\w-]+)*\.(?:vn|com|kr|net|org)$|"  # "… - example.vn"
    r"\((?i:photo|ảnh)\s*:[^)]{1,40}$|"  # a credit's bracket left open
    r"\s\((?i:ảnh|photo) (?i:qua|via|từ|theo) [^()]{2,40}\)\.?$|"  # "… (Ảnh qua giadinh.net)"
    # "… du lịch. (Ảnh NVCC)": who gave it (not "(Ảnh dưới)", "(Photo gallery below)")
    r"\.\s\((?i:ảnh|photo)\s?:?\s(?!(?i:dưới|trên|bên|gallery|below|above)\b)[^()]{2,30}\)$|"
    r"(?<=\.)\s/\s?(?!Theo\s)[A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+){0,2}$|"  # "… from left. / Yonhap"
    r"(?<=\.)\s(?:Nguồn|Ảnh)\s*:?\s*[A-ZĐ][\w./ -]{1,30}$|"  # "… hội đàm. Nguồn TTXVN"
    r"\([A-Z][\w .&-]{1,40} provided\)(?:\s*\d{4}\.\d{1,2}\.\d{1,2}/\S{2,20})?$|"  # News1
    r"\s\d{4}\.\d{1,2}\.\d{1,2}/[A-Z][\w.]{1,20}$|"
    # "… 있다. 바다와 사람 제공", "… 체결하고 있다.대전시의회 제공", "<… 모습. 한빛 제공>"
    rf"(?:(?<=[.다])\s|(?<=다\.)){GIVER}$|"
    rf"^[<〈‹]\s?[^<>〈〉‹›]{{2,100}}[.다/]\s{GIVER}\s?[>〉›]$|"
    # "… 열렸다. 베트남 하노이=권태명기자": the photographer, where the picture was taken
    r"(?<=다\.)\s(?:[가-힣]{1,8}\s)?[가-힣]{1,8}\s?=\s?[가-힣]{2,4}\s?(?:기자|특파원)$|"
    r"(?<=다\.)\s[가-힣A-Za-z]{2,10}\.$|"  # "… 설명회를 가졌다. 경일대.": who took it
    r"\s\((?i:illustrative (?:image|photo)|ảnh minh họa)\)\.?$|"  # "… (Illustrative image)."
    r"\[[^\[\]]{0,30}제공[^\[\]]{0,40}\]$|"  # "… 2025.9.23 [서울시 제공. 재판매 및 DB 금지]"
    # the same, the photo desk's address after it, or in English: "… 2022.10.30 [Provided
    # by KOTRA. Resale and DB prohibited] photo@example.co.kr"
    rf"\[(?:[^\[\]]{{0,30}}제공[^\[\]]{{0,40}}|[^\[\]]{{0,60}}(?i:resale and db prohibited))\]"
    rf"\s?(?:{EMAIL})?$|"
    # a Korean wire's caption ends on the picture's date and its credit: "… 밝혔다.
    # 2019.10.12 [유엔인권정책센터]", "… 있다. 2024.05.03. photo@newsis.com"
    rf"(?<=[.다])\s\d{{4}}\.\d{{1,2}}\.\d{{1,2}}\.?\s?(?:\[[^\[\]]{{2,40}}\]|{EMAIL})$|"
    r"(?<=[.다])\s사진\s\S{2,20}$|"  # "… 수확하고 있다. 사진 그린루트"
    r"(?<=[.다])\s제공\s?=\s?\S{2,20}$|"  # "… 특성화 대학이다. 제공=충남대"
    r"\s[—–-]\s?(?i:photo)\s[\w.]{2,30}$|\s\|\s?(?i:source)\s?:\s?\S.{0,30}$|"
    r"(?<=[.\w])\s[—–-]\s?(?i:file\s?pic|file\s?photo|pic|picture)s?(?:\s[\w.]{2,30})?$|"  # "— Filepic"
    r"(?<=\.)\sPhoto\s[A-ZÀ-ỸĐ][\w.]*(?:\s[A-ZÀ-ỸĐ][\w.]*){0,3}$|"  # "… investors. Photo Tu Luc"
    r"(?<=[a-z])\s[A-Z]{2,6}\s(?i:photo)$"  # "… prepared by a participating team VNA Photo"
)
# "… 놓여 있다. /김은비 특파원": a reporter after a slash, the sentence's stop before it
_SLASHED_REPORTER = re.compile(r"(?<=[.다])\s?/[가-힣]{2,4}\s?(?:기자|특파원)$")
# "… 나가겠다”고 말했다. /김철수 기자", "… ‘…’며 밝혔다. /…", "…”고 했다.", "…”라고
# 전망했습니다.": speech reported, a closing quote, then its verb in the same sentence
# before the slash (not a banner's or an event's name a caption quotes: "“한-베 우정”이라고
# 적힌 현수막을 들고 있다. /…", nor a verb of the sentence after it)
_REPORTED_SPEECH = re.compile(
    r"[”\"’']\s?이?라?(?:고|며)\s(?:[^.]{0,60}(?:말|밝|강조|전|덧붙|설명|지적|전망|주장|"
    r"당부|언급|답|평가|촉구))?(?:했|혔|였)(?:다|습니다)\.\s?/"
)
# "Minister Lee (left) and …", "Park, third from right, …", "Thu Trang (thứ hai từ
# trái)", "송재혁 사장(오른쪽)": who stands where in a picture
_POSITION = re.compile(
    # ("(on the right)", "(at the left)": the same, in words)
    r"\((?:(?:on|at|to) the )?(?:L|R|C|left|right|cent(?:re|er)|front|back|standing|seated|"
    r"(?:in the )?middle)"
    r"(?:,\s*(?:first|second|third|front|back)\s+row)?\)|"
    r"\b(?:(?:first|second|third|fourth|fifth)\s+)?from\s+(?:left|right)\b(?!-)|"
    # "… – 1st on the left; …", "… (photo above) and …": the place in the picture, or the
    # picture's
    r"\b(?:1st|2nd|3rd|[4-9]th|first|second|third|fourth|fifth)\s+(?:from|on)\s+the\s+"
    # (not one a story's sentence ends on, pointing at a picture: "… cuối năm. (Ảnh dưới)")
    r"(?:left|right)\b|\((?:photo|picture|image)\s(?:above|below)\)(?!\s*\.?$)|"
    # ("(bìa trái)": at the far left)
    r"\((?:ngoài\s+cùng\s+)?(?:bìa\s+|bên\s+)?(?:thứ\s+\w+\s+)?(?:từ\s+)?(?:trái|phải|giữa)"
    r"(?:\s+sang)?[^()]{0,12}\)|"
    r"^[A-ZÀ-ỸĐ][^,.]{2,60},\s+(?:left|right|centre|center|front)\s*,\s+[a-z]|"  # "Kim, right, …"
    r"\((?:왼쪽|오른쪽|가운데)[^()]{0,10}\)|^(?:left|right|top|above|from left)\s*:|"
    # "김 원장(앞줄 좌)", "(뒷줄 오른쪽 두 번째)", "(좌)": the row and the side, in short
    r"\((?:(?:앞|뒷|윗|아랫|가운뎃)줄\s?)?(?:좌|우|좌측|우측)\)|\((?:앞|뒷)줄\s[^()]{1,12}\)",
    re.IGNORECASE,
)
# "김 시장(윗줄 왼쪽 두 번째)과 기념촬영을 하고 있다.": someone's place in a photo's top or
# bottom row, a side inside the brackets, in a line ending as a caption does (posed, a
# credit after a slash, or no sentence at all); not a story's sentence placing its guests
# ("… 30여 명이 참석했다.") nor one pointing at a table's row ("(아랫줄 표 참조)")
_ROW = re.compile(
    r"\((?:윗|아랫)줄\s[^()]{0,6}(?:왼쪽|오른쪽|가운데|중앙|좌|우)[^()]{0,10}\)"
)
_POSED_END = re.compile(
    r"(?:(?:있다|기념\s?(?:촬영|사진)\S*(?:\s(?:했다|하고 있다))?|포즈\S*|모습|제공)\.?|"
    r"[^다.]\.?|/\s?(?:사진\s?)?(?:제공\s?=.{1,30}|[가-힣]{2,4}\s?(?:기자|특파원)))$"
)
_SAID = re.compile(r"\b(?:said|says|told|announced)\b")
# "… since the war. Pictured is a captured image of …", "Pictured: the delegates at …": a
# sentence of the caption telling what the picture is (not a lead's "Minister Kim
# (pictured) will visit …")
_PICTURED = re.compile(r"(?:^|[.!?]\s)Pictured(?:\s(?:is|are|here|above|below)\b|\s?:)")
MAX_PICTURED_WORDS = 70
# "… at the opening of its Da Nang branch. (Example Bank)": the picture's giver in brackets
# after the caption's stop, which a long caption placing people in the picture ends on
_BRACKETED_GIVER = re.compile(r"[.!?]\s\([A-Z][\w .&'’-]{1,40}\)$")
MAX_PLACED_CREDITED_WORDS = 60
# What every credit, position or mark below needs somewhere in the line's end (a quick
# test that spares most story lines the patterns), or at its start
_MAY_CREDIT = re.compile(
    r"[()\[\]/|©ⓒ]|photo|image|pic|credit|ảnh|nguồn|yonhap|courtesy|licensing|사진|제공|자료|provided|"
    r"포스터|이미지|그래픽|출처\s?:\s?[^<>]{1,40}>$|"
    r"from (?:left|right)|, (?:left|right|cent(?:re|er)|front),|\.(?:vn|com|kr|net|org)$|"
    r"=|다\.\s[가-힣A-Za-z]{2,10}\.$|(?:mon|tues|wednes|thurs|fri|satur|sun)day, \w|"
    r"모습\.?\s[가-힣]{2,4}\s?기자$",
    re.IGNORECASE,
)
_MAY_MARK = re.compile(
    r"(?:큰사진보기\s*)?(?:[•·]\s*)?[▲△]|FILE|ẢNH TƯ LIỆU|(?i:left|right|top|above|from left)\s*:"
)
# "< 웹툰을 읽는 독자들 - 출처: 브런치스토리 >": a caption set in angle brackets, the
# picture's source after a dash
_ANGLED_SOURCE = re.compile(r"\s*<\s?[^<>]+\s[-–]\s?출처\s?:\s?[^<>]{1,40}>\s*")
_MAILED_CREDIT = re.compile(rf"[.!?]\s?/\s?{EMAIL}$")
MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)\s*")  # "![alt](address) "
IMAGE_CARD = re.compile(MARKDOWN_IMAGE.pattern + r"\S")
MAX_POSED_WORDS = 40
END_CHARS = 100  # where a long paragraph's credit would stand
_CUT_PHOTO_CREDIT = re.compile(r"\s\((?i:photo|photos|ảnh|image)\s?:$")
# "… on May 11. (source:", "The institute's new building (Source:": a source's bracket cut
# where its link stood, after a sentence or a few words naming a picture's subject (a long
# sentence of figures cites where they come from: "… the highest on record (Source:")
_CUT_SOURCE = re.compile(r"\s\((?i:source|nguồn)\s?:$")
_STOPPED_BEFORE = re.compile(r"[.!?]\s\(\S+\s?:$")
MAX_NAMED_SOURCE_WORDS = 12


def _quotes(text: str) -> bool:
    """The line quotes someone (a caption seldom does)."""
    return any(mark in text for mark in '"“”')


def is_credited(text: str) -> bool:
    """Ends with a photo credit, or says who stands where: the line is a caption."""
    # a long paragraph holds a credit only at its end; most story lines hold nothing a
    # credit or a caption's mark needs, and are let go at once
    tail = text if len(text.split()) <= MAX_POSED_WORDS else text[-END_CHARS:]
    if (
        len(text.split()) <= MAX_POSED_WORDS
        and _MAILED_CREDIT.search(text)
        and not _quotes(text)  # "… 말했다. /x@…": the reporter's
    ):
        return True  # "… 들어서고 있다. /dreamer@example.co.kr": the photographer's address
    if (
        "Pictured" in text
        and len(text.split()) <= MAX_PICTURED_WORDS
        and _PICTURED.search(text)
        and not _quotes(text)
    ):
        return True
    if not _MAY_CREDIT.search(tail) and not _MAY_MARK.match(text):
        return False
    if _SIGNED.fullmatch(text):
        return False  # "Thanh Liêm (TTXVN/Vietnam+)": the reporter signs, no picture
    if text.endswith(" |") and len(text.split()) <= MAX_POSED_WORDS:
        return True  # a table cell's border: the caption cell under a picture
    if IMAGE_CARD.match(text):
        return (
            True  # "![](…) Text |": the words beside a picture, its caption or teaser
        )
    if _FILE_PICTURE.match(text) or MARKED_CAPTION.match(text):
        return True
    if len(text.split()) <= MAX_POSED_WORDS and _ANGLED_SOURCE.fullmatch(text):
        return True
    if len(text.split()) <= MAX_POSED_WORDS and _THIS_PICTURE.match(text):
        return True
    if len(text.split()) <= MAX_POSED_WORDS and DATED_PICTURE.search(text):
        return True
    if len(text.split()) <= MAX_POSED_WORDS and _GIVEN_BY.search(text):
        return True
    if len(text.split()) <= MAX_POSED_WORDS and _SCENE_BY.search(text):
        return True  # "… 퇴근하고 있는 모습. 김윤호 기자": a scene, its photographer
    if len(text.split()) <= MAX_POSED_WORDS and (placed := _POSITION.search(text)):
        # a story's sentence pointing at the picture ("The plant (photo above) will
        # employ 2,000 …, the company said") is no caption
        pointed = placed.group().casefold().startswith(("(photo", "(picture", "(image"))
        told = pointed and (_SAID.search(text) or any(c.isdigit() for c in text))
        return not told and not _quotes(text)
    if (
        len(text.split()) <= MAX_POSED_WORDS
        and _ROW.search(text)
        and _POSED_END.search(text)
        and not _quotes(text)
    ):
        return True  # "… 시장(윗줄 왼쪽 두 번째)과 기념촬영을 하고 있다."
    if (
        len(text.split()) <= MAX_PLACED_CREDITED_WORDS
        and _BRACKETED_GIVER.search(text)
        and _POSITION.search(text)
        and not _quotes(text)
    ):
        return True  # "Chairman X (center) … ceremony. (Example Bank)", however long
    low = tail.lower()
    if any(word in low for word in _CREDIT_WORDS) and (
        _PHOTO_CREDIT.search(tail) or _OUTLET_PHOTO.search(tail)
    ):
        return True
    if _END_CREDIT.search(text[-END_CHARS:]):
        return True
    if _SLASHED_REPORTER.search(tail) and not _REPORTED_SPEECH.search(tail):
        # "… 놓여 있다. /김은비 특파원": the photographer ("… 하겠다”고 말했다. /김철수 기자":
        # a closing quote the reporter signs off)
        return True
    if len(text.split()) <= MAX_POSED_WORDS and _CUT_PHOTO_CREDIT.search(text):
        return True  # "The delegates at the event (Photo:": its credit cut
    if len(text.split()) <= MAX_POSED_WORDS and _CUT_SOURCE.search(text):
        short = len(text.split()) <= MAX_NAMED_SOURCE_WORDS
        return bool(_STOPPED_BEFORE.search(text)) or (
            short and not any(c.isdigit() for c in text)
        )
    return len(text.split()) >= 8 and bool(_BRACKET_CREDIT.search(text))


def credit_of(caption: str) -> str:
    """The words of a caption that credit its picture ("… (Ảnh: Báo Gia Lai)", "… [Yonhap]",
    "… - Photo: VNA"); none when nothing in it is marked as the credit."""
    tail = caption[-END_CHARS:]
    for credit in (_PHOTO_CREDIT, _OUTLET_PHOTO, _END_CREDIT, _BRACKET_CREDIT):
        if found := credit.search(tail):
            return tail[found.start() :]
    return ""
