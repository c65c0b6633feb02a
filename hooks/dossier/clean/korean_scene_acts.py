"""A Korean caption that tells what its picture shows as it happens ("… 악수하고 있다."),
where a story tells the act done ("… 악수했다.")."""

from __future__ import annotations

import re

# "시장과 대사가 협약식에서 악수하고 있다.", "… 축사를 하고 있다./시청 제공": one sentence
# ending on an act a picture shows, in progress, as a Korean caption tells it (a story
# tells the act done: "… 악수했다"); a pose only a picture takes alone, any other act
# with who stands where ("(왼쪽)"), the picture's credit after it or no stop at its end,
# as a story may tell a custom so ("… 위령비 앞에서 헌화하고 있다.")
_KOREAN_POSE = r"(?:건배|악수)하|포즈를 취|손을 흔들|박수를 치|[파화]이팅을 외치"
_KOREAN_ACT = (
    r"(?:사열|경례|헌화|분향|참배|집전|서명|시연)하|둘러보|"
    r"(?:축사|환영사|기념사|인사말|격려사|테이프 ?커팅)[을를]\s?하"
)
_PROGRESS_END = r"고\s?있다\.?(?P<credit>\s?[/(\[][^.]{0,30})?$"
_KOREAN_SCENE_ACT = re.compile(
    rf"(?:(?P<pose>{_KOREAN_POSE})|{_KOREAN_ACT}){_PROGRESS_END}"
)
_STANDING = re.compile(r"\((?:왼쪽|오른쪽|가운데|앞줄|뒷줄)[^()]{0,12}\)|왼쪽부터")


def korean_scene_act(text: str) -> bool:
    """One sentence ending on an act in progress that only a picture shows so."""
    act = _KOREAN_SCENE_ACT.search(text)
    return (
        act is not None
        and "다. " not in text
        and bool(
            act["pose"]
            or act["credit"]
            or not text.endswith(
                "."
            )  # "… 기념미사를 집전하고 있다": a story's ends on a stop
            or _STANDING.search(text)
        )
    )
