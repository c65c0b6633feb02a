"""Round nine of issue 10: Korean papers' tags and sign-offs in more shapes, and the notes
a Korean portal prints around the story it carries. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import (
    KO_MORE,
    KO_STORY,
    MORE,
    STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
)

KO_HEAD = "한국과 베트남, 항만 협력 사무소 개설"
KO_LAST = "사무소는 중소기업의 계약 번역과 인허가 신청도 돕는다."


@pytest.mark.parametrize(
    ("tag", "outlet", "author", "place"),
    [
        ("【한빛신문 김진수 인턴기자】 ", "한빛신문", "김진수", None),
        ("[한빛메디뉴스/호치민 = 박으뜸 기자] ", "한빛메디뉴스", "박으뜸", "호치민"),
        ("[한빛경제신문/주간한빛] ", "한빛경제신문", None, None),
    ],
)
def test_a_korean_papers_tag_opens_the_story(tag, outlet, author, place):
    article = article_from_text(f"{KO_HEAD}\n\n{tag}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == outlet
    assert article.byline == author
    assert article.metadata.dateline == place


def test_a_reporter_in_angle_brackets_signs_the_story():
    sign = "< 박수현 기자 shpark@example.co.kr >"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{sign}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == "박수현"


def test_a_portals_summary_above_the_wire_story_is_not_story():
    summary = [KO_STORY, KO_MORE, KO_LAST]
    note = "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다."
    lead = f"(서울=한빛통신) 김지헌 기자 = {KO_STORY}"
    text = "\n".join(
        [
            KO_HEAD,
            "",
            note,
            *summary,
            "",
            "이 글자크기로 변경됩니다.",
            "",
            lead,
            "",
            KO_MORE,
        ]
    )
    article = article_from_text(text + "\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == "김지헌"
    assert reasons(article)[note] == "navigation"


def test_a_portals_notes_on_its_categories_are_not_story():
    notes = [
        "이 기사의 카테고리는 언론사의 분류를 따릅니다.",
        "기사가 속한 카테고리는 언론사가 분류합니다.",
        "SNS 기사보내기",
    ]
    text = "\n\n".join([KO_HEAD, KO_STORY, KO_MORE, *notes])
    assert paragraphs(article_from_text(text + "\n")) == [KO_STORY, KO_MORE]


def test_a_known_outlets_name_glued_to_the_lead_is_its_tag():
    story = (
        "Những bệnh nhân được chỉ định phẫu thuật được hỗ trợ chi phí điều trị và nằm viện "
        "trong suốt đợt khám."
    )
    article = article_from_text(f"Khám bệnh miễn phí\n\nBNEWS {story}\n")
    assert paragraphs(article) == [story]
    assert article.metadata.outlet == "Bnews"


def test_an_affiliate_disclosure_and_a_subscriber_prompt_are_not_story():
    text = (
        "Subscribe I am already a subscriber\n\nTwo port cities open a joint office\n\n"
        "ExampleMobile has affiliate and sponsored partnerships. If you buy something "
        f"through one of these links, we may earn a commission. Learn more.\n\n{STORY}\n\n"
        f"{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == "Two port cities open a joint office"
    assert paragraphs(article) == [STORY, MORE]


def test_papers_and_their_reporter_signing_the_last_paragraph():
    last = f"{KO_LAST} 한빛일보 쿠키뉴스 장윤형 기자 jang@example.co.kr"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{last}\n")
    assert paragraphs(article) == [KO_STORY, KO_LAST]
    assert article.metadata.outlet == "Kukinews"
    assert article.byline == "장윤형"


def test_a_connective_on_a_line_of_its_own_opens_the_sentence_below():
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n한편\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, f"한편 {KO_MORE}"]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (
            "©'5개국어 글로벌 경제신문' 아주경제. 무단전재·재배포 금지",
            "Aju Business Daily",
        ),
        ("저작권자 © 한빛일보 - 아침을 여는 신문 무단전재 및 재배포 금지", "한빛일보"),
    ],
)
def test_a_papers_slogan_in_its_copyright_line_is_not_its_name(line, outlet):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n")
    assert article.metadata.outlet == outlet


@pytest.mark.parametrize("line", ["HOME Pharma", "Board Info", "Viet Nam"])
def test_a_menus_item_above_the_headline_is_no_masthead(line):
    text = f"{line}\n\nTwo port cities open a joint office\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).metadata.outlet is None


def test_a_korean_share_strip_is_not_the_headline():
    strip = "페이스북 공유하기 X 공유하기 네이버 공유하기 카카오톡 공유하기 url 공유하기 인쇄하기"
    article = article_from_text(f"{KO_HEAD}\n\n{strip}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == KO_HEAD
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_korean_line_ending_on_what_a_picture_shows_is_a_caption():
    caption = "◇한빛베이커리 호치민 1호점 전경."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{caption}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_footnote_of_circled_numbers_and_a_comment_prompt_are_not_story():
    note = "* ① 조종사 등 전문인력양성 분야 ② 인프라 투자 분야"
    prompt = "댓글을 남기실 수 있습니다."
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{note}\n\n{KO_MORE}\n\n{prompt}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "caption",
    [
        "한국 화장품을 구경하는 외국인 소비자 (자료=한빛통신)",
        "학생문화교류단이 중학생들과 함께 기념촬영을 하고 있다. (사진제공=한빛시)",
    ],
)
def test_a_korean_caption_credited_to_its_source_is_not_the_headline(caption):
    article = article_from_text(f"{caption}\n\n{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == KO_HEAD
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_date_and_a_papers_name_on_one_line_date_and_name_the_page():
    text = f"{KO_HEAD}\n\n2016-01-25     한빛농업신문\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.metadata.published == "2016-01-25"
    assert article.metadata.outlet == "한빛농업신문"


def test_a_korean_lead_with_the_outlet_an_equals_sign_and_the_reporter():
    lead = "한빛다문화뉴스 = 강성혁 기자 | "
    story = f"{KO_STORY} {KO_MORE}"  # a lead of the usual length, two sentences
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{story}\n\n{KO_LAST}\n")
    assert paragraphs(article) == [story, KO_LAST]
    assert article.byline == "강성혁"


def test_a_comment_count_is_not_story():
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n댓글목록0\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_place_in_lenticular_brackets_and_a_slashed_sign_off():
    text = f"{KO_HEAD}\n\n【경주】 {KO_STORY}\n\n{KO_MORE}\n\n/윤종현기자 yjh@example.com\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.dateline == "경주"
    assert article.byline == "윤종현"


def test_a_press_releases_jamo_bullet_and_a_breaking_label_are_layout():
    text = f"속보\n\n{KO_HEAD}\n\nㅇ {KO_STORY}\n\nㅇ {KO_MORE}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE]


def test_a_labelled_korean_byline_with_its_address_in_brackets():
    byline = "기자명 문철호 기자 (reporter@example.net)"
    article = article_from_text(f"{KO_HEAD}\n\n{byline}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline == "문철호"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_korean_headline_with_a_latin_acronym_is_still_the_headline():
    # "LNG" in capitals made the whole Korean line read as shouted, and a deck line won
    head = "‘항만공사 팀코리아’, 베트남 LNG터미널 사업 수주"
    decks = "두 기관 컨소시엄 최종 선정\n2030년 상업운전 목표…연매출 기대"
    article = article_from_text(
        f"{head}\n\n{decks}\n\n박하늘 기자 승인 2023.09.15 09:31\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.title == head
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_byline_with_an_i_for_its_bar_names_the_reporter_and_the_date():
    head = "한국과 베트남, 항만 협력 사무소 개설 합의"
    decks = "두 기관 협력 최종 선정\n베트남 그룹 등 컨소시엄 참여\n2030년 상업운전 목표…연매출 기대"
    article = article_from_text(
        f"{head}\n\n박하늘 기자I 2021.10.09 11:15:03\n\n{decks}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.title == head
    assert article.byline == "박하늘"
    assert article.metadata.published == "2021-10-09"
    assert reasons(article)["박하늘 기자I 2021.10.09 11:15:03"] == "byline"


@pytest.mark.parametrize(
    "credit",
    [
        "  • 박하늘",
        "  • 박하늘 발행인",
        "  • 박하늘 하노이 ‘한빛소식’ 편집장",
        "  • 박하늘 기자=베트남 하노이",  # where the reporter filed from
        "  • 박하늘 기자=베트남 호치민 푸미흥",
        "  • 박하늘 기자=하노이/호치민",
    ],
)
def test_a_korean_name_in_the_pages_list_of_credits_is_the_author(credit):
    text = (
        f"{KO_HEAD}\n상태바\n{KO_HEAD}\n{credit}\n  • 승인 2016.01.21 11:42\n  • 댓글 0\n"
        f"이 기사를 공유합니다\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.byline == "박하늘"
    assert article.metadata.published == "2016-01-21"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_korean_name_beside_the_date_and_the_pages_counters_is_the_author():
    text = f"{KO_HEAD}\n\n박하늘 | 2019.05.24 | 좋아요3\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.byline == "박하늘"
    assert article.metadata.published == "2019-05-24"


@pytest.mark.parametrize(
    "label", ["등록일 : 2024.10.07 12:25", "발행일자 : 2025-07-28"]
)
def test_a_korean_date_label_is_no_author(label):
    article = article_from_text(f"{KO_HEAD}\n{label}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline is None
    assert article.metadata.published is not None


@pytest.mark.parametrize(
    "sign", ["HBC뉴스 박하늘입니다.", "HBC 뉴스 박하늘 입니다. [sky@example.co.kr]"]
)
def test_a_broadcast_reporters_sign_off_names_the_author(sign):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{sign}\n")
    assert article.byline == "박하늘"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_the_anchors_hand_over_stays_what_the_anchor_says():
    hand_over = "박하늘 기자의 보도입니다."
    text = f"{KO_HEAD}\n\n{KO_STORY}\n{hand_over}\n\n{KO_MORE}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, hand_over, KO_MORE]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("박하늘 기자 sky@example.co.kr 2025-11-25 15:53:55", "2025-11-25"),
        ("<박하늘 인턴기자 / 저작권자ⓒ한빛소리. 무단전재 금지>", None),
    ],
)
def test_a_korean_byline_with_an_address_or_a_copyright_names_the_author(line, date):
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline == "박하늘"
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.published == date


def test_a_date_line_with_the_pages_comment_count_dates_the_page():
    line = "입력 2019.11.12. 15:07 수정 2019.11.12. 15:07 댓글 0개"
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.published == "2019-11-12"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_reporters_desk_before_gija_is_not_the_name():
    article = article_from_text(
        f"{KO_HEAD}\n\n[한빛경제 박하늘 국방전문기자] {KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.byline == "박하늘"
    assert article.metadata.outlet == "한빛경제"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "signed",
    ["박하늘 의학전문기자 sky@example.co.kr", "박하늘 선임기자", "박하늘 전문기자"],
)
def test_a_reporters_desk_in_a_signature_under_the_story_is_not_the_name(signed):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{signed}\n")
    assert article.byline == "박하늘"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_wires_name_before_gija_is_no_author():
    text = f"{KO_HEAD}\n  • 뉴시스 기자\n  • 승인 2016.01.21 11:42\n\n{KO_STORY}\n\n{KO_MORE}\n"
    assert article_from_text(text).byline is None


def test_a_korean_anchors_hand_over_names_the_reporter():
    intro = "두 도시는 협력에 뜻을 모았습니다. 박하늘 기자의 보도입니다."
    article = article_from_text(f"{KO_HEAD}\n\n{intro}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline == "박하늘"
    assert paragraphs(article) == [intro, KO_STORY, KO_MORE]


def test_a_pictures_credit_in_angle_brackets_is_no_headline():
    text = f"<사진=한빛TV>\n\n{KO_STORY}\n\n<사진=한빛스포츠>\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.metadata.title is None
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert captions(article) == ["<사진=한빛TV>", "<사진=한빛스포츠>"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "이 기사는 한빛신문 보도준칙 및 윤리강령에 따라 박하늘 편집부장이 최종 확인·수정했습니다.",
            "editorial check note",
        ),
        ("본 콘텐츠는 한빛픽 파트너스에서 공유된 콘텐츠입니다.", "syndication note"),
        (
            "본 기사는 한빛기자협회 윤리강령을 준수하여 작성되었습니다.",
            "editorial check note",
        ),
        ("(0)", "lone number or symbol"),
    ],
)
def test_a_korean_papers_notes_under_the_story_are_not_story(line, reason):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[line] == reason


def test_a_story_sentence_about_a_papers_code_stays_story():
    told = "이 기사는 윤리강령 개정을 둘러싼 논란을 다룬 지난달 보도의 후속이다."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{told}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, told, KO_MORE]


def test_a_caption_signed_with_the_photographers_address_after_a_slash():
    caption = "감독이 입국장으로 들어서고 있다. /photo@example.co.kr"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{caption}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert captions(article) == [caption]


@pytest.mark.parametrize("credit", ["사진=한빛시", "사진=한빛시 제공"])
def test_a_korean_credit_run_on_into_the_lead_is_cut_from_it(credit):
    line = f"시청 전경./ {credit}[한빛뉴스 취재본부 김민수 기자] {KO_STORY}"
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_MORE}\n")
    assert captions(article) == [f"시청 전경./ {credit}".strip()]
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == "김민수"


def test_a_korean_lead_told_in_the_past_under_the_caption_that_copied_it_is_story():
    lead = (
        "한빛시의회 이민수 의장은 13일 자매결연도시인 베트남 빈증성 청소년 교류단(인솔단장 "
        "쩐 바오 럼) 35명을 접견했다."
    )
    caption = f"{lead}(사진제공=한빛시의회)"
    article = article_from_text(f"{KO_HEAD}\n\n{caption}\n\n{lead}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [lead, KO_MORE]
    assert captions(article) == [caption]


def test_a_quote_signed_with_the_reporters_address_stays_story():
    said = '관계자는 "베트남은 우리 생산 전략의 핵심 거점"이라고 말했다. /hanoi@example.co.kr'
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{said}\n")
    assert captions(article) == []


def test_a_korean_pages_margin_and_breadcrumb_over_the_headline_are_no_headline():
    top = "• 최종편집 : 2020.2.27 목 16:29\n상단여백\nHOME 뉴스 식품/유통"
    article = article_from_text(f"{top}\n{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == KO_HEAD
    assert reasons(article)["HOME 뉴스 식품/유통"] == "breadcrumb"
    assert reasons(article)["상단여백"] == "korean page note"


def test_a_korean_sentence_opening_with_home_stays_story():
    told = "홈 경기에서 승리했다"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{told}\n\n{KO_MORE}\n")
    assert told not in reasons(article)


def test_a_bylines_labels_without_a_name_are_no_headline():
    top = "- 기자\n- 온라인 뉴스팀"
    article = article_from_text(
        f"{top}\n\n[한빛뉴스] {KO_STORY}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    )
    assert article.title not in ("- 기자", "- 온라인 뉴스팀")
    assert reasons(article)["- 기자"] == "nameless byline"
    assert reasons(article)["- 온라인 뉴스팀"] == "nameless byline"


@pytest.mark.parametrize(
    "head", ["한빛시의회 의장, 베트남 하남성과 교류 물꼬 터...", "양국 교류 물꼬 터…"]
)
def test_a_korean_headline_trailing_off_in_dots_is_the_headline(head):
    article = article_from_text(f"{head}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == head
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_korean_sentence_trailing_off_in_dots_inside_the_story_stays_story():
    told = (
        "양측은 내년에도 교류를 이어가기로 했지만 구체적인 일정은 아직 정하지 못했다..."
    )
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{told}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, told, KO_MORE]


def test_a_korean_sentence_trailing_off_in_dots_opening_a_page_is_no_headline():
    opening = "그날 하노이의 밤은 유난히 길었다..."
    article = article_from_text(f"{opening}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.title != opening


def test_a_portals_summary_box_under_the_pages_date_is_not_story():
    """The box's note, its sentences one to a paragraph, the portal's tools, a subtitle,
    then the wire story: the date above the box makes it no standfirst of the body."""
    note = "자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다."
    lead = f"(하노이=한빛통신) 김지헌 특파원 = {KO_STORY}"
    text = "\n\n".join(
        [
            KO_HEAD,
            "2019. 8. 4. 07:00",
            note,
            KO_STORY,
            KO_MORE,
            "음성재생 설정",
            "부제: 항만 협력 확대",
            lead,
            KO_MORE,
            KO_LAST,
        ]
    )
    article = article_from_text(text + "\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]
    assert article.byline == "김지헌"
    assert article.metadata.dateline == "하노이"
    assert article.metadata.published == "2019-08-04"


@pytest.mark.parametrize(
    ("foot", "outlet"),
    [
        ("<저작권자ⓒ한빛일보사. 무단전재-재배포 금지>", "한빛일보"),  # the company's 사
        ("[ⓒ 한빛경제TV(www.example.co.kr), 무단 전재 및 재배포 금지]", "한빛경제TV"),
        ("저작권자 © 한빛텔링(hanbittelling) 무단전재 및 재배포 금지", "한빛텔링"),
        # the paper's note on its own rules names it
        (
            "이 기사는 한빛토마토 보도준칙 및 윤리강령에 따라 편집부장이 최종 확인했습니다.",
            "한빛토마토",
        ),
        (
            "한빛티앤티의 모든 기자는 회사의 [인터넷신문윤리강령]을 준수합니다.",
            "한빛티앤티",
        ),
    ],
)
def test_a_korean_papers_name_without_its_company_address_or_letters(foot, outlet):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{foot}\n")
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize("bureau", ["부·울·경 취재본부", "광주 전남 취재본부"])
def test_a_korean_papers_regional_bureau_is_no_part_of_its_name(bureau):
    lead = f"[더한빛 {bureau} 이승렬 기자] {KO_STORY}"
    article = article_from_text(f"{KO_HEAD}\n\n{lead}\n\n{KO_MORE}\n")
    assert article.metadata.outlet == "더한빛"
    assert article.byline == "이승렬"


@pytest.mark.parametrize(
    "note",
    [
        "이 기사는 본지 보도준칙 및 윤리강령에 따라 편집국장이 최종 확인했습니다.",
        "본 기사는 인터넷신문위원회 보도준칙 및 윤리강령에 따라 작성되었습니다.",
    ],
)
def test_a_note_naming_the_paper_by_a_word_for_itself_or_a_press_body_names_none(note):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{note}\n")
    assert article.metadata.outlet is None
    foot = "저작권자 © 한빛뉴스 무단전재 및 재배포 금지"
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{note}\n\n{foot}\n"
    assert article_from_text(text).metadata.outlet == "한빛뉴스"


def test_a_copyright_line_outranks_a_note_on_the_papers_rules():
    note = (
        "이 기사는 한빛토마토 보도준칙 및 윤리강령에 따라 편집부장이 최종 확인했습니다."
    )
    foot = "저작권자 © 한빛뉴스 무단전재 및 재배포 금지"
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{note}\n\n{foot}\n"
    assert article_from_text(text).metadata.outlet == "한빛뉴스"


def test_a_note_on_the_papers_rules_takes_the_slogan_off_its_copyright_line():
    note = (
        "이 기사는 한빛토마토 보도준칙 및 윤리강령에 따라 편집부장이 최종 확인했습니다."
    )
    foot = "ⓒ 맛있는 한빛토마토, 무단 전재 - 재배포 금지"
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{note}\n{foot}\n"
    assert article_from_text(text).metadata.outlet == "한빛토마토"
