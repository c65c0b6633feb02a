"""A Korean cooperation arrangement glued whole ("…협력약정") is an agreement; an
arrangement of any other kind is none (recognize/candidates/korean_kinds.py)."""

from __future__ import annotations

from builders import proposed_names


def test_a_cooperation_arrangement(matcher):
    names = proposed_names(matcher, "두 기관은 기관간 수산협력약정 체결을 마쳤다.")
    assert names.get("수산협력약정") == "agreements"


def test_no_loan_arrangement(matcher):
    names = proposed_names(matcher, "회사는 은행과 대출약정 체결을 마쳤다.")
    assert not [n for n in names if n.endswith("약정")]


def test_a_glued_agreement_paper_in_quotes_is_no_particled_fragment(matcher):
    # "협력의정서" ends in 서 as "at" does: an agreement's paper, not a particle
    text = (
        "양국 의회는 이날 '국회사무처간 협력의정서'를 체결했다. 교류를 넓히기로 했다."
    )
    assert proposed_names(matcher, text).get("국회사무처간 협력의정서") == "agreements"
