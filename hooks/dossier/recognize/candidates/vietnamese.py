"""Names that Vietnamese writes in sentence case: a capitalised head noun, then syllables.

"Quỹ Thiết kế Seoul", "Hội chợ Du lịch quốc tế Daegu", "Cục Quản lý lao động ngoài nước":
Vietnamese capitalises the first syllable of a name's words, or only of the name, so the
capitalised runs the finder reads cut such a name into scraps ("Quỹ Thiết"). Here a head
noun that says what the name is (``Quỹ``, ``Cục``, ``Hội chợ``) starts the name, and the
syllables after it belong to it up to a function word (``của``, ``vào``) or a punctuation
mark; ``và`` and ``tại`` stay inside before a capital ("Bộ Lao động và Việc làm", "Ngày Hà
Nội tại Seoul"). A long run keeps only what ends on its last capitalised syllable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import country_keys, is_country, is_listed_place
from dossier.recognize.candidates.councils import local_councils, places_named_in
from dossier.recognize.candidates.vietnamese_boards import BOARD, board_of_another
from dossier.recognize.candidates.vietnamese_branches import city_at
from dossier.recognize.candidates.vietnamese_countries import verb_after_country
from dossier.recognize.candidates.vietnamese_defined import to_short_forms
from dossier.recognize.candidates.vietnamese_districts import ADDRESS_KIND, districts
from dossier.recognize.candidates.vietnamese_editions import with_edition
from dossier.recognize.candidates.vietnamese_fields import and_field, listed_field
from dossier.recognize.candidates.vietnamese_heads import (
    CAPITAL_NEXT,
    FIRMS,
    KIND,
    NAMED_ONLY,
    NOUN_AFTER,
    OF_THE_STATE,
    PLACE_KINDS,
    SEATED,
    TO_HOLD,
    initialled_bodies,
    opens_noun,
    short_form_after,
)
from dossier.recognize.candidates.vietnamese_heads import HEAD as _HEAD
from dossier.recognize.candidates.vietnamese_members import members_follow
from dossier.recognize.candidates.vietnamese_numbers import (
    UNITS,
    number_after,
    scoreless_end,
)
from dossier.recognize.candidates.vietnamese_paired_events import paired_events
from dossier.recognize.candidates.vietnamese_persons import (
    MINISTRY,
    SURNAMES,
    kind_then_place,
    korean_person_at,
    minister_at,
    person_ends,
)
from dossier.recognize.candidates.vietnamese_persons import foreign as _foreign
from dossier.recognize.candidates.vietnamese_places_at import places_at
from dossier.recognize.candidates.vietnamese_run_ends import (
    country_and,
    ends_in_country,
    not_joined,
    plural_opens,
    verb_pair,
    with_tail,
)
from dossier.recognize.candidates.vietnamese_schools import schools_and_units
from dossier.recognize.candidates.vietnamese_signed import signed_names
from dossier.recognize.candidates.vietnamese_spans import starts_in_any, within_any
from dossier.recognize.candidates.vietnamese_streets import streets_and_villages
from dossier.recognize.candidates.vietnamese_uses import without_uses
from dossier.recognize.candidates.vietnamese_venues import venues
from dossier.text import joined_key, name_key, opens_sentence, strip_marks

# A letter of a head beyond ASCII: the Vietnamese block, đ, ư, ơ, â, ô, à.
_VIETNAMESE = re.compile("[\u1ea0-\u1ef9ĐđƯưƠơâôà]")
_SYLLABLE = re.compile(r"[ \t]+([^\W\d_][\w’'-]*)")
# "TP." (thành phố, city) before the city's name, or glued to its initials ("TP.HCM")
_CITY_SHORT = re.compile(r"[ \t]+(?:TP|Tp)\.(?:(?=[ \t]+[A-ZÀ-ỸĐ])|[A-ZĐ]{2,5}\b)")
# "Daegu - Gyeongbuk": a dash between two capitalised words joins one name.
_JOINED = re.compile(r"[ \t]*[-–][ \t]*([^\W\d_][\w’'-]*)")
# Words that end a name: particles, prepositions, auxiliaries, determiners ("sắp", about
# to; "tới", to: "Hải quân Việt Nam sắp nhận …", "… Anh tới TP HCM").
_ENDS_WORDS = """của tại với cho đã sẽ được trong về là có cùng để từ này các những theo khi vào
    và nhằm đến ở trên dưới sau trước đang vừa cũng không hay hoặc mà thì đều nhất
    một hai ông bà anh chị tiếp do bởi năm nay lần thứ như vì nên nhưng rằng qua gồm
    đây đó vẫn còn rất giữa sắp tới"""
_ENDS = frozenset(_ENDS_WORDS.split())
# Verbs a sentence goes on with after a name, in lower case (the first syllable of
# "triển khai", "phối hợp", "tham gia", "ký kết", …): written so they are never a name's.
_VERBS_WORDS = """triển phối tham thăm ký trao đón nhận gửi nhấn chia bày khẳng cam kêu mong tiến
    diễn đạt ra lên sang cho tổ cấp hỗ dẫn cảm tặng lấy"""
_VERBS = frozenset(_VERBS_WORDS.split())
# Times a sentence gives after a name: "Bộ Tư pháp Hàn Quốc hôm qua thông báo"
_TIMES = frozenset(["hôm", "sáng", "chiều", "tối", "tuần", "tháng", "ngày"])
# "Cục trưởng", "Viện phó": the head of the body, a title.
_TITLES = ("trưởng", "phó")
_INSIDE_BEFORE_CAPITAL = ("và", "tại")
_LONGEST_WHOLE = 6  # syllables; a longer run is cut back to its last capital


def vietnamese_names(text: str) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each sentence-case Vietnamese name in ``text``, of
    each agreement or programme written in lower case after its verb, and of the venues,
    streets, lakes and villages named after the word for their kind."""
    if text.isascii() or not _VIETNAMESE.search(text):
        return []
    # Every head has a Vietnamese letter: most sentences in English are decided at once.
    stops = _ENDS | _VERBS | _TIMES  # "… các công ty Hàn Quốc (UCC)": to its short form
    found = to_short_forms(text, _names(text), stops) if _HEAD.search(text) else []
    if paired := paired_events(text, stops):  # "diễn đàn … Việt Nam - Hàn Quốc"
        # only the head's scrap gives way, not a name inside the gathering's span
        opened = {start for _, _, start, _ in paired}
        found = paired + [n for n in found if n[2] not in opened]
    starts = {start for _, _, start, _ in found}  # "ký Hiệp định …": read by its head
    found += [n for n in signed_names(text, stops) if n[2] not in starts]
    found += local_councils(text, SURNAMES)
    if initialled := initialled_bodies(text):
        found = initialled + [n for n in found if not within_any(n, initialled)]
    if places := venues(text, stops):
        # "Công viên Thống Nhất và Nhà thi đấu …": the venues' names, not the head's run
        found = places + [n for n in found if not starts_in_any(n, places)]
    found = without_uses(text, found)  # "Trung tâm Hội nghị …": no conference
    if schools := schools_and_units(text, stops):  # "đại học Kyungwoon", "lữ đoàn …"
        found = schools + [n for n in found if not starts_in_any(n, schools)]
    found += streets_and_villages(text)
    found += districts(text)  # "Q.Tân Bình": the district, "Tân Bình"
    found += places_at(text, _ENDS, found)  # "tại Lý Sơn, Minh Long và …"
    return found + places_named_in(found)


_FACULTY = "Khoa"
_CHAMBER = "Phòng"
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([\w’'-]+)[ \t]+$")


# capitalised words before a head that name no one: "Tại Khoa …", "Trưởng Khoa …"
_NOT_NAMES = frozenset(
    ["Tại", "Theo", "Trưởng", "Phó", "Của", "Và", "Cùng", "Với", "Từ"]
)


def _named_before(text: str, at: int) -> bool:
    """A capitalised word stands right before ``at``: a name the head word ends."""
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    word = before.group(1) if before else ""
    return word[:1].isupper() and word not in _NOT_NAMES


# heads a description in lower case follows before the foreign name it is ("hãng hàng
# không giá rẻ Air Seoul", "tập đoàn bán lẻ Lotte Mart"); "eBay" is no lower-case word
_DESCRIBED = frozenset(["hãng", "tập đoàn"])
_FOREIGN_AFTER = re.compile(
    r"^(?:[a-zà-ỹđ]+\s+)+(?P<name>[A-Z][A-Za-z&.-]*(?:\s[A-Z][\w&.-]*)*)$"
)


def _names(text: str) -> Iterator[tuple[str, str, int, int]]:
    for match in _HEAD.finditer(text):
        head = match.group()
        if head in UNITS and (number := number_after(text, match.end())):
            # "Quân khu 7": an army's unit by its number alone
            yield (
                " ".join(text[match.start() : number].split()),
                KIND[head],
                match.start(),
                number,
            )
            continue
        numbered = head.casefold() in _NUMBERED_HEADS
        body = KIND[head] == "organizations" and head not in FIRMS  # at a city
        state = head in OF_THE_STATE  # no department is named for a person
        ends = _syllable_ends(
            text,
            match.end(),
            numbered,
            head == MINISTRY,
            body,
            state,
            head in FIRMS,
            KIND[head] == "events",
        )
        # "Tập đoàn Samsung": one foreign word after the head is a name
        one = len(ends) == 1 and _foreign(text[match.end() : ends[0][0]].strip())
        if len(ends) < 2 and not one:
            continue
        start, end = match.start(), ends[-1][0]
        if is_listed_place(name_key(text[start : ends[0][0]])):
            continue  # "Hội An": the town, its first syllable a head's ("Hội", society)
        rest = text[match.end() : end].strip()
        # "Bộ said so": English after the head; "Bệnh viện HPlus Yangji": a foreign name
        english = rest == strip_marks(rest) and not rest[:1].isupper()
        if rest.split()[0] in _TITLES or (english and not one):
            continue  # "Cục trưởng": a title; "Bộ said so": not Vietnamese
        # a short form in brackets after the run: the text names the body so
        defined = short_form_after(text, ends[-1][0])
        # (either spelling of the head: "Ban quản lý", "Ban Quản lý"); "Ban Quản lý các
        # khu công nghiệp (KCN)" is named by its short form
        described = not any(c for _, c in ends) and not defined
        if head.capitalize() in NAMED_ONLY and described:
            continue  # "Nhà máy mới nằm …": a factory, described, not named
        if head in CAPITAL_NEXT and not ends[0][1] and not defined:
            continue  # "Vụ việc xảy ra …": the case; "Chi hội doanh nghiệp … (KBA)"
        if not any(c for _, c in ends) and opens_sentence(text, start):
            continue  # "Lễ hội diễn ra …": the festival, a capital for the sentence's
        if head == _FACULTY and (_named_before(text, start) or rest.startswith("Học")):
            continue  # "Nguyễn Đăng Khoa Giám đốc": a given name; "Khoa Học": science
        if head == _CHAMBER and _named_before(text, start):
            continue  # "Hải Phòng People’s Committee": the city's last syllable
        if head == BOARD and (_named_before(text, start) or board_of_another(rest)):
            continue  # "Ban Chấp hành Hội …": the body's executive; "Dien Ban District"
        held = _HEAD.match(text[match.end() :].lstrip()) if head == TO_HOLD else None
        if held and KIND[held.group()] != "organizations":
            continue  # "Tổ chức Hội nghị Xúc tiến …": to hold the conference
        if head in SEATED:
            if not (ends := _seat(text, match.end(), ends)):
                continue  # "Chủ tịch Quốc hội Trần Thanh Mẫn": the chairman, by his seat
            end = ends[-1][0]
        # "Lễ hội Con đường văn hóa Hàn Quốc 2023", "… tại Hội An 2025": its edition
        end = with_edition(text, end, KIND[head])
        if head.casefold() in _DESCRIBED and (named := _FOREIGN_AFTER.search(rest)):
            # "Hãng hàng không giá rẻ Air Seoul": the airline, described, then named
            if is_country(named["name"]):
                continue  # "hãng hàng không Vietnam Airlines": cut at the country
            if " " in named["name"]:  # a whole name ("Hãng hàng không Bamboo" is one)
                start = match.end() + text[match.end() :].index(named["name"])
        end = scoreless_end(text, start, end, head)  # "Câu lạc bộ Hà Nội 2, …"
        name = " ".join(text[start:end].split())
        yield name, KIND[head], start, end


_NUMBER_WORD = "số"  # number: "Trường THCS số 1"
# heads of bodies a number names, one of many: schools, hospitals
_NUMBERED_HEADS = frozenset(["trường", "bệnh viện"])
_NUMBERED = re.compile(r"[ \t]+(\d{1,3})\b")


def _syllable_ends(
    text: str,
    at: int,
    numbered: bool = False,
    ministry: bool = False,
    body: bool = False,
    state: bool = False,
    firm: bool = False,
    event: bool = False,
) -> list[tuple[int, bool]]:
    """Where each syllable of the name after a head ends, and whether it is capitalised.

    A run that a function word, a comma or a bracket ends is the name if short; a longer
    one, or one a full stop ends (its verb may be inside), is cut after its last capital
    and the syllable that completes that capital's word ("Sở Du lịch phối hợp …")."""
    found: list[tuple[int, bool]] = []
    fields = 0  # the syllables up to the last field joined by "và"
    words: list[str] = []  # the syllables read
    stopped = False
    while len(found) <= 2 * _LONGEST_WHOLE:
        if ADDRESS_KIND.match(text, at):
            stopped = True  # "Bệnh viện Q.7": the district an address gives, no name's
            break
        if city := _CITY_SHORT.match(text, at):
            # "Đại học Quốc gia TP. Hồ Chí Minh", "Sở Công Thương TP.HCM": the city's
            # short word, its full stop inside the name
            words.append("TP")
            found.append((city.end(), True))
            at = city.end()
            continue
        if found and listed_field(text, at):
            at += (
                1  # "Bộ Thương mại, Công nghiệp và Năng lượng": the comma is the name's
            )
        if found and (field := and_field(text, at, words)):
            # "Bộ Giáo dục và đào tạo", "Sở Văn hóa và thể thao tỉnh …": fields kept whole
            words += [word for _, word in field[0]]
            found += [(end, word[0].isupper()) for end, word in field[0]]
            at, fields = found[-1][0], len(found)
            if stopped := not field[1]:
                break
            continue
        match = _SYLLABLE.match(text, at)
        joined = False
        if not match and found:  # "Sở Lao động - Thương binh và Xã hội"
            match = _JOINED.match(text, at)
            match = match if match and match.group(1)[0].isupper() else None
            match = None if match and not_joined(text, match) else match
            joined = match is not None  # "Việt Nam – Hàn Quốc": one name of two
        named = any(capital for _, capital in found)
        if not match and named and (number := number_after(text, at)):
            found.append((number, True))  # "Tổng công ty Phát điện 1": its number
            stopped = True
            break
        if not match:
            stopped = text[at : at + 1] not in ".!?"
            break
        word = match.group(1)
        if (
            numbered
            and word == _NUMBER_WORD
            and (number := _NUMBERED.match(text, match.end()))
        ):
            # "Trường Tiểu học số 2 Lao Bảo": the school's number is its name's
            words += [word, number.group(1)]
            found += [(match.end(), False), (number.end(), True)]
            at = number.end()
            continue
        # a verb or a time ends a name that has named something ("Cục Điện ảnh cấp
        # phép"); right after a bare head it may be the name ("Chương trình cấp phép …")
        completes = bool(words) and NOUN_AFTER.get(word) == words[-1].casefold()
        completes |= opens_noun(word, _SYLLABLE.match(text, match.end()))
        verb = word in _VERBS or verb_pair(text, match.end(), word, words)
        if named and (verb or word in _TIMES) and not completes:
            stopped = True
            break
        # "Tập đoàn Samsung đóng vai trò …": no syllable in lower case goes on a foreign
        # name; "Bộ Quốc phòng Hàn Quốc Park Jae-min": the person after the country
        if found and (
            (word[0].islower() and _foreign(words[-1]))
            or verb_after_country(words, word, _ENDS)  # "… Hàn Quốc tài trợ"
            or (
                word[0].isupper()
                and not joined
                and ends_in_country(words)
                and not is_listed_place(name_key(f"{words[-1]} {word}"))
            )
        ):
            stopped = True
            break
        if person_ends(text, match.start(1), words, found, state):
            # "Bộ Nông nghiệp và Môi trường Trần Đức Thắng": the minister after the body
            stopped = True
            break
        if found and korean_person_at(text, match.start(1)):
            stopped = True  # "Tập đoàn Lotte Shin Dong-bin": its chairman after it
            break
        if (
            found
            and (ministry or state)
            and minister_at(text, match.start(1), words[-2:])
        ):
            # "Bộ Công Thương Nguyễn Hồng Diên", "Bộ Tài chính Hồ Đức Phớc", "Ủy ban …
            # Quốc hội Tạ Đình Thi": no ministry, committee or department of the state is
            # named after a person, so a person's name ends its name
            stopped = True
            break
        # "Liên hiệp các tổ chức hữu nghị …": the members a body gathers
        completes |= body and members_follow(text, match.end(), word, words)
        # "Hội nghị các Chủ tịch Quốc hội …": those who meet
        completes |= event and plural_opens(text, match.end(), word, words)
        words.append(word)
        if word in _ENDS and not completes:  # "Một" in "Thủ Dầu Một" is a name's
            after = _SYLLABLE.match(text, match.end())
            inside = word in _INSIDE_BEFORE_CAPITAL
            inside = inside and not country_and(words, text, match.end())
            inside = inside and after is not None
            if inside and firm and word == "tại" and city_at(text, after.start(1)):
                inside = False  # "Tổng công ty … tại Hà Nội": the firm's office there
            if not (inside and _goes_on(text, after, word if body else "")):
                stopped = True
                break
        found.append((match.end(), word[0].isupper()))
        at = match.end()
    if stopped and (len(found) <= _LONGEST_WHOLE or len(found) == fields):
        return found
    # a field joined by "và" is kept as a capital is ("… và Phát triển nông thôn")
    named = [capital or i < fields for i, (_, capital) in enumerate(found)]
    capitals = [i for i, capital in enumerate(named) if capital]
    if not capitals:
        return []
    last = capitals[-1]
    opens_word = last == 0 or not named[last - 1]
    if opens_word and last + 1 < len(found):
        last += 1
    return found[: min(with_tail(words, last), len(found) - 1) + 1]  # "… đa văn hóa"


def _seat(text: str, at: int, ends: list[tuple[int, bool]]) -> list[tuple[int, bool]]:
    """The syllables after a seated body's head up to the longest that name its place or
    country ("thành phố Đà Nẵng", "Hàn Quốc"), or none."""
    seat: list[tuple[int, bool]] = []
    for count, (end, _) in enumerate(ends, start=1):
        words = text[at:end].replace("TP.", "TP ").split()
        while words and words[0] in PLACE_KINDS:
            words = words[1:]
        key = name_key(" ".join(words))
        if words and (is_listed_place(key) or joined_key(key) in country_keys()):
            seat = ends[:count]
    return seat


def _goes_on(text: str, after: re.Match, word: str) -> bool:
    """Whether a name goes on over "và"/"tại" to the syllable ``after``: a capital that
    opens no other name ("Sở Ngoại vụ và Sở Du lịch" are two), or, a body's name after
    "tại" (``word``), its seat by its kind ("Hội Người Việt Nam tại tỉnh Chungnam"; an
    event is held there: "Ngày Việt Nam tại tỉnh Gyeonggi" is "Ngày Việt Nam")."""
    if word == "tại" and kind_then_place(text, after.start(1)):
        return True
    return after.group(1)[0].isupper() and not _HEAD.match(text, after.start(1))
