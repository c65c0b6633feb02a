"""The labelled corpus (tests/fixtures/corpus) and the held-out sets keep a floor under the
pipeline's accuracy.

`scripts/evaluate` prints the table README shows; this test runs the same evaluation and fails
when a change makes any measure fall below its floor (a few points under today's figures), or
when an article of the corpus makes the pipeline raise.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from building import ROOT
from dossier.editorial.evaluate import FIELDS as FIELDS_ORDER
from dossier.editorial.evaluate import evaluate

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
# the command run from this tree's hooks, whatever the environment's install points at
THIS_TREE = {**os.environ, "PYTHONPATH": str(ROOT / "hooks")}
FLOORS = {
    "title": 0.97,
    "date": 0.97,
    "author": 0.97,
    "outlet": 0.97,
    "dateline": 0.97,
    "paragraphs": 0.97,
}


@pytest.fixture(scope="module")
def score():
    return evaluate(CORPUS, ROOT)


def test_the_corpus_has_enough_articles_and_outlets(score):
    kinds = {path.stem.rsplit("-", 1)[0] for path in CORPUS.glob("*.truth.yml")}
    assert score.articles >= 30 and len(kinds) >= 12


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_metadata_and_structure_keep_their_floor(score, field):
    assert score.right[field] / score.articles >= FLOORS[field], score.misses


def test_entity_links_keep_their_floor(score):
    assert score.links_right / score.links_truth >= 0.97
    assert score.links_right / score.links_found >= 0.97


def test_suggestions_keep_their_floor(score):
    assert score.names_found / score.names_truth >= 0.95
    assert score.names_typed / score.names_found >= 0.97
    assert score.junk / score.names_proposed <= 0.04


# The held-out sets (tests/fixtures/heldout*): outlets the corpus does not imitate. Each was
# measured once before any rule looked at it, then used to generalise the rules; README gives
# both figures. Their floors sit a few points under today's, as regression guards.
HELD_OUT = {
    # name: (title, date, author, outlet, dateline, paragraphs, link recall, link precision,
    #        suggestion recall, type right, junk at most)
    "heldout": (0.93, 0.93, 0.93, 0.8, 0.93, 0.86, 0.97, 0.97, 0.95, 0.95, 0.05),
    "heldout2": (0.95, 0.95, 0.95, 0.95, 0.95, 0.85, 0.97, 0.97, 0.9, 0.85, 0.06),
    "heldout3": (0.9, 0.9, 0.9, 0.75, 0.85, 0.85, 0.97, 0.97, 0.9, 0.85, 0.08),
    "heldout4": (0.9, 0.85, 0.9, 0.85, 0.85, 0.85, 0.97, 0.97, 0.9, 0.9, 0.05),
    "heldout5": (0.9, 0.9, 0.9, 0.7, 0.9, 0.85, 0.97, 0.97, 0.9, 0.9, 0.05),
    "heldout6": (0.8, 0.9, 0.85, 0.7, 0.9, 0.85, 0.95, 0.95, 0.8, 0.9, 0.05),
    "heldout7": (0.9, 0.9, 0.85, 0.85, 0.9, 0.85, 0.95, 0.95, 0.9, 0.85, 0.05),
    "heldout8": (0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.95, 0.95, 0.88, 0.9, 0.05),
    "heldout9": (0.85, 0.9, 0.85, 0.8, 0.9, 0.85, 0.95, 0.95, 0.85, 0.9, 0.05),
    "heldout10": (0.85, 0.9, 0.8, 0.85, 0.9, 0.7, 0.9, 0.95, 0.85, 0.9, 0.05),
    "heldout11": (0.85, 0.9, 0.9, 0.9, 0.9, 0.75, 0.95, 0.95, 0.7, 0.9, 0.05),
}
MEASURES = (*FIELDS_ORDER, "links recall", "links precision", "names", "types", "junk")


@pytest.mark.parametrize("name", sorted(HELD_OUT))
def test_held_out_sets_keep_their_floor(name):
    score = evaluate(ROOT / "tests" / "fixtures" / name, ROOT)
    figures = {
        **{f: score.right[f] / score.articles for f in FIELDS_ORDER},
        "links recall": score.links_right / score.links_truth,
        "links precision": score.links_right / max(score.links_found, 1),
        "names": score.names_found / score.names_truth,
        "types": score.names_typed / max(score.names_found, 1),
        "junk": score.junk / max(score.names_proposed, 1),
    }
    floors = dict(zip(MEASURES, HELD_OUT[name], strict=True))
    low = [m for m in MEASURES if m != "junk" and figures[m] < floors[m]]
    assert not low and figures["junk"] <= floors["junk"], (low, score.misses)


def run_evaluate(corpus) -> subprocess.CompletedProcess[str]:
    """``scripts/evaluate CORPUS`` as a command, from this tree's hooks."""
    return subprocess.run(
        [sys.executable, "-m", "dossier.editorial.evaluate", str(corpus)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=THIS_TREE,
        timeout=300,
    )


@pytest.mark.build
def test_the_command_prints_the_table():
    result = run_evaluate(CORPUS)
    assert result.returncode == 0, result.stderr
    assert (
        "| paragraphs |" in result.stdout and "| suggestions, recall |" in result.stdout
    )


def test_a_place_matches_with_or_without_the_word_for_its_kind():
    from dossier.editorial.evaluate import _name_key, _outlet_key

    assert _name_key("Hwacheon county", "cities") == _name_key("Hwacheon", "cities")
    # Vietnamese writes the kind before the name: a district, a commune, a town
    assert _name_key("huyện Tân Yên", "cities") == _name_key("Tân Yên", "cities")
    assert _name_key("thị trấn Lao Bảo", "cities") == _name_key("Lao Bảo", "cities")
    assert _name_key("Cat Nhon commune", "cities") == _name_key("Cat Nhon", "cities")
    # a province in Hangul with its syllable 성, written on or apart
    assert _name_key("푸엔성", "cities") == _name_key("푸엔", "cities")
    assert _name_key("타이빈 성", "cities") == _name_key("타이빈", "cities")
    assert _name_key("화성", "cities") != _name_key("화", "cities")
    assert _name_key("Xanh", "cities") != _name_key("anh", "cities")
    assert _name_key("Busan Port Authority", "organizations") != _name_key(
        "Busan Port", "organizations"
    )
    assert _outlet_key("AJU Press") == _outlet_key("Aju Business Daily")
    assert _outlet_key("The World Bank") == _outlet_key("World Bank")
    assert _outlet_key("Reuters") != _outlet_key("Associated Press")
    # one name with or without the spaces and hyphens between its words
    assert _outlet_key("MarineLink") == _outlet_key("Marine Link")
    assert _outlet_key("Báo Phú Thọ") == _outlet_key("Bao Phu Tho")
    assert _outlet_key("Just-Style") == _outlet_key("just style")
    assert _outlet_key("Vietnam News") != _outlet_key("Vietnam Times")
    # a site named by its address: the name in it, without its ending or "www."
    assert _outlet_key("mby.co.kr") == _outlet_key("MBY")
    assert _outlet_key("www.tothethao.com") == _outlet_key("Tothethao")
    assert _outlet_key("en.sggp.org.vn") == _outlet_key("SGGP")
    assert _outlet_key("mby.co.kr") != _outlet_key("ibnews.kr")
    # a listed site's address is the outlet the list names for it
    assert _outlet_key("yna.co.kr") == _outlet_key("Yonhap News Agency")
    assert _outlet_key("Vietnam.vn") != _outlet_key("Vietnam News")
    # the word joining two of its words, which an address drops; a paper's "Báo"
    assert _outlet_key("Harbor & Lane") == _outlet_key("Harbor Lane")
    assert _outlet_key("Nông thôn và Đời sống") == _outlet_key("Nong Thon Doi Song")
    # a listed paper's "Báo" is dropped as it is read; a bare province or section is no
    # paper "Báo …", listed or not
    assert _outlet_key("Báo Tuổi Trẻ") == _outlet_key("Tuổi Trẻ")
    assert _outlet_key("Lạng Sơn") != _outlet_key("Báo Lạng Sơn")
    assert _outlet_key("Quốc tế") != _outlet_key("Báo Quốc tế")
    assert _outlet_key("Hưng Yên") != _outlet_key("Báo Hưng Yên")
    assert _outlet_key("Sea E&C") != _outlet_key("Sea EC")


def test_a_paragraph_matches_with_or_without_its_list_bullet():
    from dossier.editorial.evaluate import paragraph_prefix

    text = "최근 아시아에서 급부상하고 있는 베트남 현지에 한국문화와 한국기업들의 진출이 늘고 있다."
    assert paragraph_prefix(f"○ {text}") == paragraph_prefix(text)
    assert paragraph_prefix(f"- {text}") == paragraph_prefix(text)
    assert (
        paragraph_prefix("Mở rộng  hiểu biết\nvề văn hóa")
        == "Mở rộng hiểu biết về văn hóa"
    )
    # a number or a word is the paragraph's own
    assert paragraph_prefix(
        "1. Co-operation on academic programmes"
    ) != paragraph_prefix("Co-operation on academic programmes")
    assert paragraph_prefix("-5% growth was recorded") == "-5% growth was recorded"


def test_an_event_matches_with_or_without_its_edition():
    from dossier.editorial.evaluate import _name_key

    plain = _name_key("Korea-Viet Nam Strategic Dialogue", "events")
    assert _name_key("5th Korea-Viet Nam Strategic Dialogue", "events") == plain
    assert _name_key("2019 AFC Asian Cup", "events") == _name_key(
        "AFC Asian Cup", "events"
    )
    assert _name_key("제3차 한-베트남 표준협력 대화", "events") == _name_key(
        "한-베트남 표준협력 대화", "events"
    )
    assert _name_key("2031년 제4회 온라인 수출상담회", "events") == _name_key(
        "온라인 수출상담회", "events"
    )  # the year with its 년, the edition by 회, both
    assert _name_key("2026년 하노이 유학박람회", "events") == _name_key(
        "하노이 유학박람회", "events"
    )
    assert _name_key("제12회 산청약초축제", "initiatives") == _name_key(
        "산청약초축제", "events"
    )  # a festival, which the registry files as an initiative, has editions too
    assert _name_key("2019 Group", "organizations") != _name_key(
        "Group", "organizations"
    )
    assert _name_key(
        "Đối thoại Chính sách Quốc phòng lần thứ 12", "events"
    ) == _name_key("Đối thoại Chính sách Quốc phòng", "events")
    assert _name_key("third Korea-Laos Energy Dialogue", "events") == _name_key(
        "Korea-Laos Energy Dialogue", "events"
    )  # the edition spelt out
    assert _name_key("First Avenue", "cities") != _name_key("Avenue", "cities")
    assert _name_key("베트남 환경보호청", "organizations") != _name_key(
        "한국 환경보호청", "organizations"
    )  # the truth's keys keep their country: two countries' bodies stay two names


def test_a_body_proposed_with_its_country_matches_the_body_its_story_names():
    from dossier.editorial.evaluate import _name_key, _proposed_keys

    ministry = _name_key("Ministry of Industry and Trade", "organizations")
    for said in ("Vietnamese", "Viet Nam's", "South Korean", "RoK"):
        keys = _proposed_keys(f"{said} Ministry of Industry and Trade", "organizations")
        assert ministry in keys
    assert _proposed_keys("Korean Air", "organizations") == ("korean air",)
    assert _name_key("환경보호청", "organizations") in _proposed_keys(
        "베트남 환경보호청", "organizations"
    )


def test_a_name_with_its_short_form_in_brackets_matches_the_proposal_carrying_both():
    from dossier.editorial.evaluate import _name_key, _with_aliases
    from dossier.model import Candidate

    proposed = Candidate("한국국제협력단", "organizations", (), {}, ("KOICA",))
    assert _name_key("한국국제협력단(KOICA)", "organizations") in _with_aliases(
        proposed
    )
    english = Candidate("Korea Tourism Organization", "organizations", (), {}, ("KTO",))
    wanted = _name_key("Korea Tourism Organization (KTO)", "organizations")
    assert wanted in _with_aliases(english)
    assert _with_aliases(Candidate("KTO", "organizations", ())) == ()


def _one_article_corpus(tmp_path, sidecar: str | None):
    (tmp_path / "a.txt").write_text(
        "Two port cities open a joint office\n\nThe two cities opened a joint office "
        "for small firms on Monday, officials said.\n",
        encoding="utf-8",
    )
    (tmp_path / "a.truth.yml").write_text(
        'kind: x\ntitle: "Two port cities open a joint office"\ndate: null\nauthor: []\n'
        'outlet: "Yonhap News Agency"\ndateline: null\nparagraphs:\n'
        '  - "The two cities opened a joint office for"\nentities: []\nnew_names: []\n',
        encoding="utf-8",
    )
    if sidecar is not None:
        (tmp_path / "a.yml").write_text(sidecar, encoding="utf-8")
    return tmp_path


def test_an_articles_address_in_its_sidecar_names_the_outlet_as_add_url_does(tmp_path):
    corpus = _one_article_corpus(tmp_path, None)
    assert evaluate(corpus, ROOT).right["outlet"] == 0
    (corpus / "a.yml").write_text(
        "url: https://en.yna.co.kr/view/1\n", encoding="utf-8"
    )
    assert evaluate(corpus, ROOT).right["outlet"] == 1


def test_only_the_address_of_a_sidecar_is_read(tmp_path):
    corpus = _one_article_corpus(tmp_path, 'outlet: "Yonhap News Agency"\n')
    assert evaluate(corpus, ROOT).right["outlet"] == 0


@pytest.mark.build
def test_a_broken_sidecar_is_named_with_no_traceback(tmp_path):
    corpus = _one_article_corpus(tmp_path, "url: [unclosed\n")
    result = run_evaluate(corpus)
    assert result.returncode == 1
    assert "a.yml: not readable YAML" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_sidecar_states_nothing(tmp_path):
    corpus = _one_article_corpus(tmp_path, "")
    assert evaluate(corpus, ROOT).right["outlet"] == 0


def test_a_truths_paragraph_with_an_invisible_character_matches_the_page():
    from dossier.editorial.evaluate import paragraph_prefix

    copied = "Together with HAGL, PVF, Viet\u00adtel and Hanoi, the academy"
    assert paragraph_prefix(copied) == paragraph_prefix(copied.replace("\u00ad", ""))
