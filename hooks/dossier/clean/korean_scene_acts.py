"""A Korean caption that tells what its picture shows as it happens ("… 악수하고 있다."),
where a story tells the act done ("… 악수했다.")."""

from __future__ import annotations

import re

# "시장과 대사가 협약식에서 악수하고 있다.", "… 축사를 하고 있다./시청 제공": one sentence
# ending on an act a picture shows, in progress, as a Korean caption tells it (a story
# tells the act done: "… 악수했다"); a pose only a picture takes alone, any other act
# with who stands where ("(왼쪽)"), the picture's credit after it or no stop at its end,
# as a story may tell a custom so ("… 위령비 앞에서 헌화하고 있다."); the credit may
# follow the stop after a space ("… 있다. /뉴스1", "… 있다. /하이퐁=X기자") or end on a
# stop of its own ("… 있다. 한국남부발전 제공.")
_KOREAN_POSE = r"(?:건배|악수)하|포즈를 취|손을 흔들|박수를 치|[파화]이팅을 외치"
_KOREAN_ACT = (
    r"(?:사열|경례|헌화|분향|참배|집전|서명|시연)하|둘러보|"
    r"(?:축사|환영사|기념사|인사말|격려사|테이프 ?커팅|기념 ?촬영)[을를]\s?하|"
    r"기념 ?촬영하|"
    # "… 현지 직원들이 세탁기를 조립하고 있다. /X": workers at their bench, as a picture
    # shows them (a firm that assembles its goods there is a story's)
    r"(?:직원|근로자|노동자|작업자)들?이\s[^.]{0,24}?조립하"
)
_GIVEN = r"\s(?:사진\s?=\s?)?[가-힣A-Za-z0-9·]{2,20}\s?제공\.?"  # " 한빛공사 제공."
_PROGRESS_END = rf"고\s?있다\.?(?P<credit>\s?[/(\[][^.]{{0,30}}|{_GIVEN})?$"
_KOREAN_SCENE_ACT = re.compile(
    rf"(?:(?P<pose>{_KOREAN_POSE})|{_KOREAN_ACT}){_PROGRESS_END}"
)
_STANDING = re.compile(r"\((?:왼쪽|오른쪽|가운데|앞줄|뒷줄)[^()]{0,12}\)|왼쪽부터")


def _one_act(text: str) -> re.Match[str] | None:
    act = _KOREAN_SCENE_ACT.search(text)
    # one sentence, its credit aside ("… 있다. /뉴스1")
    return act if act is not None and "다. " not in text[: act.start()] else None


def korean_scene_act(text: str) -> bool:
    """One sentence ending on an act in progress that only a picture shows so."""
    act = _one_act(text)
    return act is not None and bool(
        act["pose"]
        or act["credit"]
        or not text.endswith(
            "."
        )  # "… 기념미사를 집전하고 있다": a story's ends on a stop
        or _STANDING.search(text)
    )


def credited_scene_act(text: str) -> bool:
    """One sentence ending on an act a picture shows, then its credit: "… 하고 있다.
    한국남부발전 제공." ends on a stop, yet no lead of a headless page ends so."""
    act = _one_act(text)
    return act is not None and act["credit"] is not None
