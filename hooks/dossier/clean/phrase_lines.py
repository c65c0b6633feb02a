"""Korean broadcast scripts broken into short phrases, one per line:

    강원도관광재단이
    동계스포츠 관련 해외 관광객을 유치하기 위해
    베트남의 관광업계 종사자와 언론인 등을
    강원도에 초청했습니다.

Each line is a piece of a sentence, not a heading or a label; the sentence is the unit the
page has (nothing else separates its paragraphs), so the lines are joined up to each full
stop. A run is read so only when it is plainly such a script: Hangul lines, all short, most
ending no sentence, and at least two sentences ended the Korean way ("…니다."), each over
several lines. Lines under the script that are no phrases (and from its last sentence's
end on) are the page's foot, not the script's.
"""

from __future__ import annotations

import re

from dossier.clean.languages import HANGUL
from dossier.clean.lines import Line
from dossier.clean.paragraphs import SENTENCE_END

MIN_LINES = 5
MAX_PHRASE = 45  # characters: longer lines are wrapped text or paragraphs
MIN_OPEN_SHARE = 0.7  # of the lines end no sentence
MIN_SENTENCES = 2
MIN_MEAN_PHRASES = 3  # lines to a sentence, on average
_KOREAN_END = re.compile(r"[다요까][.?!]$")


def join_phrase_lines(lines: list[Line | None]) -> list[Line | None]:
    """``lines`` with each run of a phrase-broken script joined into its sentences, each
    numbered by its first line (a blank line, None, ends a run)."""
    joined: list[Line | None] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None:
            run.append(line)
            continue
        # the page's foot may follow the script with no blank line between ("Copyright ©
        # …", "여러분의 의견을 남겨주세요"): the script ends at its first line that is no
        # phrase, and at the last sentence's end before it
        script = run
        foot = next((i for i, line in enumerate(run) if not _phrase(line)), None)
        if foot is not None:
            ends = [i for i in range(foot) if _KOREAN_END.search(run[i].text)]
            script = run[: ends[-1] + 1] if ends else run
        if _is_script(script):
            joined += _sentences(script) + run[len(script) :]
        else:
            joined += run
        joined.append(None)
        run = []
    return joined[:-1]


def _phrase(line: Line) -> bool:
    return len(line.text) <= MAX_PHRASE and HANGUL.search(line.text) is not None


def _is_script(run: list[Line]) -> bool:
    if len(run) < MIN_LINES or not all(_phrase(line) for line in run):
        return False
    open_lines = sum(1 for line in run if not line.text.endswith(SENTENCE_END))
    ends = [i for i, line in enumerate(run) if _KOREAN_END.search(line.text)]
    # each sentence over two lines or more, three on average (a comment box's notice,
    # "댓글삭제" over "삭제한 댓글은 …", is two short lines, not a sentence of phrases)
    spans = [b - a for a, b in zip([-1, *ends], ends, strict=False)]
    return (
        open_lines >= MIN_OPEN_SHARE * len(run)
        and len(ends) >= MIN_SENTENCES
        and min(spans) >= 2
        and sum(spans) >= MIN_MEAN_PHRASES * len(spans)
    )


def _sentences(run: list[Line]) -> list[Line]:
    found: list[Line] = []
    pieces: list[Line] = []
    for line in run:
        pieces.append(line)
        if line.text.endswith(SENTENCE_END) or line is run[-1]:
            text = " ".join(piece.text for piece in pieces)
            found.append(Line(pieces[0].number, text, pieces[0].indented))
            pieces = []
    return found
