"""A broadcast script's cue for who speaks, alone on its line, with the words spoken
directly under it (no blank line between):

    [기자]
    토요일 오후, 아이들이 밝은 얼굴로 등교합니다.
    다문화 가정을 위한 한글학교로 모이는 겁니다.
    [김태원 / 학생 : 한국어를 배우고 있어요.]

The cue opens the speaker's turn, and a turn is one paragraph that keeps its label
("[기자] 토요일 오후, …"); on a script with no blank lines the turn runs on to the next
speaker's cue or soundbite. A cue with a blank line under it stands alone, the page's
own paragraphs under it (it stays a cue, not text). A cue run on before its words on one
line ("<앵커>최근 …", parted by ``run_ons``) and a cue on the page's first line (which the
headline's reader reads) are left as they are."""

from __future__ import annotations

import re

from dossier.clean.label_turns import labelled_turns
from dossier.clean.lines import (
    SPEAKER,
    ClutterRules,
    Line,
    clutter_reason,
    clutter_rules,
)

# the words of a script's cue in brackets, "[앵커]", "【 앵커멘트 】", "[기자]", "[리포트]"
# (openings reads the same words, a paper's name in brackets being no cue)
BRACKET_CUE_WORDS = r"앵커\s?멘트|앵커|기자|리포트"
# "◀ 앵커 ▶", "◀ 리포트 ▶": the same cues set between arrows (MBC's scripts)
ARROWED_CUE = rf"◀\s?(?:{BRACKET_CUE_WORDS})\s?▶"
# "◀ 인터뷰 ▶ X/role", "◀ SYNC ▶ X", "<현장음>": a soundbite's cue, the speaker's words
# on its line or under it (clutter.yml's "broadcast cue" reads the same words, alone on
# a line; tests/clean/test_script_turns.py holds the two lists together)
KOREAN_SOUNDBITE_WORDS = r"인터뷰|녹취|현장음"  # (a script's angled label: no "SYNC>")
SOUNDBITE_CUE_WORDS = rf"{KOREAN_SOUNDBITE_WORDS}|SYNC"
ARROWED_SOUNDBITE = rf"◀\s?(?:{SOUNDBITE_CUE_WORDS})\s?▶"
# "[기자]", "【 앵커멘트 】", "[Anchor Lead]", "[Sound bite: President X (Korean)]": who
# speaks next, and nothing else on the line (not "<기자>": the scripts that set their cues
# in angle brackets close a turn with a brace, "… 기자입니다.}", and their cues are marks
# apart from the words, read as the page's furniture)
_CUE = re.compile(
    rf"[\[【]\s?(?:{BRACKET_CUE_WORDS}|(?i:anchor(?: lead)?|reporter)|"
    r"(?i:sound\s?bite)(?::[^\[\]]{1,60})?)\s?[\]】]|" + ARROWED_CUE
)
# A script that marks its cues with an angle after the speaker ("정예원 앵커>", "MC>",
# "이지은 국민기자>", a host's numbered question "3>") sets them the same way; read only on
# a script's page (``is_script``): on a paper "김도윤 기자>" is its reporter's link and
# "1>" a report's heading
_ANGLED_CUE = re.compile(
    r"(?:[가-힣]{2,4}\s)?(?:앵커|기자|국민기자|리포터|MC)>|\d{1,2}>"
)
# the anchor's cue that marks a page as a script: "김하늘 앵커>", "MC>", "[앵커]"
_ANCHOR_CUE = re.compile(
    r"(?:[가-힣]{2,4}\s)?앵커>|MC>|[\[【◀]\s?앵커(?:\s?멘트)?\s?[\]】▶]"
)
# "인터뷰> 응옥 란 / 관람객", "현장음>": a soundbite's angled label, its words under it
# (a script's only: on a paper "인터뷰> X" labels an interview story)
_ANGLED = re.compile(rf"(?:{KOREAN_SOUNDBITE_WORDS})>(?:\s?[^\s>][^>]{{0,60}})?")
_ANGLED_SOUNDBITE = re.compile(rf"(?:{KOREAN_SOUNDBITE_WORDS})>")
MIN_SCRIPT_CUES = 2
# the furniture a turn does not take in, by the clutter rules' reasons: "(장소: …)", the
# page's copyright and crew, "자세히 보기"
_ASIDE = frozenset(
    {
        "place note",
        "copyright line",
        "broadcast crew",
        "navigation",
        "broadcaster's sign-off",  # "MBC뉴스 김하늘입니다."
    }
)
# a turn of its own: a soundbite in brackets holding its speaker ("[김태원 / 학생 :
# …]", "[인터뷰 : X]"), a cue marked "▶" ("▶ 인터뷰 : X / role"), a voice marked in
# brackets ("(남) …", "<현장음> …", "[Soundbite] X : …") or a speaker's label ("ANCHOR:
# …")
_SOUNDBITE = re.compile(
    r"[\[【<〈][^\]】>〉]{0,60}\s?:\s|▶|\((?:남|여)\)|"
    + ARROWED_SOUNDBITE
    + rf"|[<〈\[](?:{SOUNDBITE_CUE_WORDS}|(?i:soundbite|interview))[>〉\]]|"
    r"(?:인터뷰|스탠딩|녹취)\s?:\s"
)
# "[김하늘 장관]", "[문재인 / 대통령]": a script's soundbite that names its speaker in
# brackets alone on its line, the quoted words right under it (a script's only: a paper's
# "[X Y]" is a section's label or a credit; a script's "[자료 화면]", "[하노이 시내]" over
# narration is a super on the screen, no speaker)
_NAMED = re.compile(r"\[[가-힣]{2,4}(?:\s?/\s?|\s)[가-힣A-Za-z0-9·' ]{1,30}\]")
_QUOTED = re.compile(r"[\"“″‘']")
# "[자료 화면]", "[하노이 시내 강의실]": a super a script shows over its narration, no
# turn's (it stands apart, the page's label, as the script's furniture)
_SUPER = re.compile(r"\[[^\[\]:]{1,30}\]")
_VOICE = re.compile(r"\((?:남|여)\)")  # "(남) …": the anchor's voice, running on
# a soundbite that holds its words ends them: "… 싶어요.]", "… health.”"
_WORDS_END = re.compile(r"[.!?。\"”’'][\]】>〉)]?$")


def opens_turn(text: str) -> bool:
    """A speaker's turn opens on ``text``: a cue ("[기자]"), a soundbite or a label."""
    return bool(_CUE.match(text) or _SOUNDBITE.match(text) or SPEAKER.match(text))


# "이지은 국민기자> …": the reporter's turn, his label kept, which signs the script
_REPORTER_TURN = re.compile(r"(?P<name>[가-힣]{2,4})\s(?:국민|시민)?기자>\s")


def turn_reporter(text: str) -> str | None:
    """The reporter whose labelled turn ``text`` is ("이지은 국민기자> …"), or None."""
    match = _REPORTER_TURN.match(text)
    return match["name"] if match else None


def is_script(lines: list[Line | None]) -> bool:
    """``lines`` are a broadcast script's that marks its cues with angles: an anchor's
    cue alone on its line, and another cue's."""
    cues = [
        line.text
        for line in lines
        if line is not None
        and (
            _CUE.fullmatch(line.text)
            or _ANGLED_CUE.fullmatch(line.text)
            or _ANGLED.fullmatch(line.text)
        )
    ]
    return len(cues) >= MIN_SCRIPT_CUES and any(map(_ANCHOR_CUE.fullmatch, cues))


def _is_cue(text: str, script: bool) -> bool:
    return bool(
        _CUE.fullmatch(text)
        or (script and (_ANGLED_CUE.fullmatch(text) or _ANGLED.fullmatch(text)))
    )


def _named(line: Line, below: Line | None) -> bool:
    """``line`` names a soundbite's speaker ("[김하늘 장관]") over his quoted words."""
    return bool(
        _NAMED.fullmatch(line.text) and below is not None and _QUOTED.match(below.text)
    )


def _opens_turn(line: Line, script: bool, below: Line | None) -> bool:
    return bool(
        _CUE.fullmatch(line.text)
        or _SOUNDBITE.match(line.text)
        or SPEAKER.match(line.text)
        or (
            script
            and (
                _ANGLED_CUE.fullmatch(line.text)
                or _ANGLED_SOUNDBITE.match(line.text)
                or _named(line, below)
            )
        )
    )


# a line that may be such furniture: a note in brackets, a copyright's or crew's mark, or
# a few words (a link); the clutter rules are asked of these only
_MAYBE_ASIDE = re.compile(r"[ⓒ©:(]|저작권|무단|(?i:copyright)")
MAX_LINK_WORDS = 6


def _aside(text: str, rules: ClutterRules) -> bool:
    maybe = len(text.split()) <= MAX_LINK_WORDS or _MAYBE_ASIDE.search(text)
    return bool(maybe) and clutter_reason(text, rules) in _ASIDE


def joined_turns(lines: list[Line | None]) -> list[Line | None]:
    """``lines`` with each run that holds a cue over its words (a blank line, None, ends
    a run) joined into its turns from that cue on, each numbered by its first line; and
    each speaker's label alone on its line joined to the words under it
    (``labelled_turns``)."""
    script = is_script(lines)
    found: list[Line | None] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None:
            run.append(line)
            continue
        first = next(
            (
                i
                for i, line in enumerate(run[:-1])
                if _is_cue(line.text, script)
                and not _opens_turn(run[i + 1], script, _below(run, i + 1))
                and run[i + 1].number != line.number  # a cue split off its words
                and (found or i)  # the page's first line: the headline's reader's
            ),
            None,
        )
        found += run if first is None else run[:first] + _turns(run[first:], script)
        found.append(None)
        run = []
    return labelled_turns(found[:-1])


def _below(run: list[Line], index: int) -> Line | None:
    return run[index + 1] if index + 1 < len(run) else None


def _turns(run: list[Line], script: bool) -> list[Line]:
    """The turns of a script's run: a cue or a voice runs on to the next turn's opening;
    a soundbite that holds its words ends on its line, one that names only its speaker
    ("▶ 인터뷰 : X / role") takes the line under it; the narration after a soundbite is
    a turn of its own. A line of the page's furniture (a place note, a copyright line, a
    "see more" link) is no turn's: it stands on its own under the turn it interrupts."""
    rules = clutter_rules()
    turns: list[list[Line]] = []
    aside: dict[int, list[Line]] = {}  # furniture, by the turn it stands under
    closed = True  # the turn above has ended: the next line opens one
    waits = False  # a soundbite named its speaker: its words are the next line
    for index, line in enumerate(run):
        opens = _opens_turn(line, script, _below(run, index))
        if (
            turns
            and not opens
            and (_SUPER.fullmatch(line.text) or _aside(line.text, rules))
        ):
            aside.setdefault(len(turns) - 1, []).append(line)
            continue
        if closed or opens:
            turns.append([line])
            own = (
                bool(
                    _SOUNDBITE.match(line.text)
                    or (script and _ANGLED_SOUNDBITE.match(line.text))
                    or (script and _named(line, _below(run, index)))
                )
                and not _CUE.fullmatch(line.text)
                and not (script and _ANGLED_CUE.fullmatch(line.text))
                and not _VOICE.match(line.text)
            )
            closed = own and bool(_WORDS_END.search(line.text))
            waits = own and not closed  # a speaker named, the words under him
            continue
        turns[-1].append(line)
        closed = waits
        waits = False
    found: list[Line] = []
    for index, turn in enumerate(turns):
        text = " ".join(piece.text for piece in turn)
        found += [Line(turn[0].number, text, turn[0].indented), *aside.get(index, [])]
    return found
