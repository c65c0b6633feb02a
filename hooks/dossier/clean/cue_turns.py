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

from dossier.clean.lines import SPEAKER, Line

# "[기자]", "【 앵커멘트 】", "[Anchor Lead]", "[Sound bite: President X (Korean)]": who
# speaks next, and nothing else on the line (not "<기자>": the scripts that set their cues
# in angle brackets close a turn with a brace, "… 기자입니다.}", and their cues are marks
# apart from the words, read as the page's furniture)
# A script that marks its cues with an angle after the speaker ("정예원 앵커>", "MC>",
# "이지은 국민기자>", a host's numbered question "3>") sets them the same way.
_CUE = re.compile(
    r"[\[【]\s?(?:앵커\s?멘트|앵커|기자|리포트|(?i:anchor(?: lead)?|reporter)|"
    r"(?i:sound\s?bite)(?::[^\[\]]{1,60})?)\s?[\]】]|"
    r"(?:[가-힣]{2,4}\s)?(?:앵커|기자|국민기자|리포터|MC)>|\d{1,2}>"
)
# "인터뷰> 응옥 란 / 관람객", "현장음>": a soundbite's angled label, its words under it
_ANGLED = re.compile(r"(?:인터뷰|녹취|현장음)>(?:\s?[^\s>][^>]{0,60})?")
# a turn of its own: a soundbite in brackets holding its speaker ("[김태원 / 학생 :
# …]", "[인터뷰 : X]"), a cue marked "▶" ("▶ 인터뷰 : X / role"), a voice marked in
# brackets ("(남) …", "<현장음> …", "[Soundbite] X : …") or a speaker's label ("ANCHOR:
# …")
_SOUNDBITE = re.compile(
    r"[\[【<〈][^\]】>〉]{0,60}\s?:\s|▶|\((?:남|여)\)|"
    r"[<〈\[](?:인터뷰|녹취|현장음|(?i:soundbite|interview))[>〉\]]|(?:인터뷰|녹취|현장음)>|"
    r"(?:인터뷰|스탠딩|녹취)\s?:\s"
)
_VOICE = re.compile(r"\((?:남|여)\)")  # "(남) …": the anchor's voice, running on
# a soundbite that holds its words ends them: "… 싶어요.]", "… health.”"
_WORDS_END = re.compile(r"[.!?。\"”’'][\]】>〉)]?$")


def opens_turn(text: str) -> bool:
    """A speaker's turn opens on ``text``: a cue ("[기자]"), a soundbite or a label."""
    return bool(_CUE.match(text) or _SOUNDBITE.match(text) or SPEAKER.match(text))


def _opens_turn(line: Line) -> bool:
    return bool(
        _CUE.fullmatch(line.text)
        or _SOUNDBITE.match(line.text)
        or SPEAKER.match(line.text)
    )


def joined_turns(lines: list[Line | None]) -> list[Line | None]:
    """``lines`` with each run that holds a cue over its words (a blank line, None, ends
    a run) joined into its turns from that cue on, each numbered by its first line."""
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
                if (_CUE.fullmatch(line.text) or _ANGLED.fullmatch(line.text))
                and not _opens_turn(run[i + 1])
                and run[i + 1].number != line.number  # a cue split off its words
                and (found or i)  # the page's first line: the headline's reader's
            ),
            None,
        )
        found += run if first is None else run[:first] + _turns(run[first:])
        found.append(None)
        run = []
    return found[:-1]


def _turns(run: list[Line]) -> list[Line]:
    """The turns of a script's run: a cue or a voice runs on to the next turn's opening;
    a soundbite that holds its words ends on its line, one that names only its speaker
    ("▶ 인터뷰 : X / role") takes the line under it; the narration after a soundbite is
    a turn of its own."""
    turns: list[list[Line]] = []
    closed = True  # the turn above has ended: the next line opens one
    waits = False  # a soundbite named its speaker: its words are the next line
    for line in run:
        if closed or _opens_turn(line):
            turns.append([line])
            own = (
                bool(_SOUNDBITE.match(line.text))
                and not _CUE.fullmatch(line.text)
                and not _VOICE.match(line.text)
            )
            closed = own and bool(_WORDS_END.search(line.text))
            waits = own and not closed  # a speaker named, the words under him
            continue
        turns[-1].append(line)
        closed = waits
        waits = False
    return [
        Line(turn[0].number, " ".join(piece.text for piece in turn), turn[0].indented)
        for turn in turns
    ]
