"""A Korean name given with its spelling in letters in brackets carries that spelling as
an alias, so that a reader finds it in either script; the spelling may have a space inside
its brackets; a truth that writes the spelling inside the name ("선라(Son La)성") is met by
the name and its alias (recognize/candidates/glosses.py, korean_spellings.py,
editorial/evaluate.py). Every text here is invented."""

from __future__ import annotations

import pytest
import yaml
from dossier.editorial.evaluate import Score, _score_names
from dossier.editorial.stubs import stub_text
from dossier.model import PARAGRAPH, Article, Metadata, Passage
from dossier.recognize.candidates import find_candidates


def _article(*texts: str) -> Article:
    passages = tuple(
        Passage(PARAGRAPH, f"p-{i}", text, i) for i, text in enumerate(texts, 1)
    )
    return Article("a", "seeds/a.txt", "A", passages, None, (), Metadata(), 1)


def found(matcher, *texts: str) -> dict:
    return {c.name: c for c in find_candidates(_article(*texts), matcher)}


@pytest.mark.parametrize(
    ("text", "name", "kind", "spelling"),
    [
        (
            "대표단을 이끈 팜 반 롱(Pham Van Long)은 협력을 약속했다.",
            "팜 반 롱",
            "leaders",
            "Pham Van Long",
        ),
        (
            "끼엔빈(Kien Binh)성 인민위원장이 시청을 찾았다.",
            "끼엔빈",
            "cities",
            "Kien Binh",
        ),
        (  # two particles after the province's syllable
            "시는 끼엔빈(Kien Binh)성과의 협력을 약속했다.",
            "끼엔빈",
            "cities",
            "Kien Binh",
        ),
        (
            "공장은 롱미(Long My) 산업단지에 들어선다.",
            "롱미",
            "cities",
            "Long My",
        ),
        (  # a space inside the brackets
            "유명 개그맨 보반뚜( VO VAN TU) 와 가수들이 무대에 올랐다.",
            "보반뚜",
            "leaders",
            "VO VAN TU",
        ),
    ],
)
def test_a_spelling_in_brackets_is_the_hangul_names_alias(
    matcher, text, name, kind, spelling
):
    names = found(matcher, text)
    assert names[name].type == kind
    assert names[name].aliases == (spelling,)
    assert spelling not in names  # the spelling is the same name, no second one
    stub = yaml.safe_load(stub_text(names[name]).split("---")[1])
    assert spelling in stub["aliases"]


def test_no_alias_without_brackets_or_after_another_word(matcher):
    names = found(
        matcher,
        "팜 반 롱 부위원장은 말했다.",
        "팜 반 롱 부위원장은 회의(Meeting Room)에서 말했다.",
    )
    assert names["팜 반 롱"].aliases == ()


@pytest.mark.parametrize(
    ("text", "truth"),
    [
        ("끼엔빈(Kien Binh)성 인민위원장이 시청을 찾았다.", "끼엔빈(Kien Binh)성"),
        (
            "회의에는 팜 반 롱(Pham Van Long) 부위원장이 왔다.",
            "팜 반 롱(Pham Van Long)",
        ),
    ],
)
def test_a_truth_that_writes_the_spelling_inside_the_name_is_met(matcher, text, truth):
    """The evaluation reads a truth's name with its spelling in brackets as the name and
    its alias, wherever the brackets stand in it."""
    article = _article(text)
    score = Score()
    kind = "leaders" if "Pham" in truth else "cities"
    _score_names(
        article, {"new_names": [{"name": truth, "type": kind}]}, matcher, [], score, "a"
    )
    assert score.names_found == 1, score.misses


def test_gun_after_a_person_s_spelling_is_a_young_man_s_suffix(matcher):
    # 군 after a name's spelling: a young man ("Master"), no county; after a listed
    # place's spelling, the county
    names = found(
        matcher,
        "상은 대학생 도 반 하이(Do Van Hai)군과 팜 티 란(Pham Thi Lan)양이 받았다.",
        "협약은 박닌(Bac Ninh)군과 맺었다.",
    )
    assert names["도 반 하이"].type == "leaders"
    assert names["도 반 하이"].aliases == ("Do Van Hai",)
    assert names["박닌"].type == "cities"
