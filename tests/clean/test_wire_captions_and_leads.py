"""Round 35 of issue 10: Korean wire captions at the foot of a story, and leads that name
the outlet and the reporter in other shapes. Every text is invented; each test keeps only
the shape of one rule."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    KO_HEAD,
    KO_MORE,
    KO_STORY,
    MORE,
    STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
)
from dossier.clean.strips import keyword_tags


@pytest.mark.parametrize(
    "caption",
    [
        "(하노이=연합뉴스) 한 단체가 지난 10일 하이퐁에서 협약을 맺었다고 12일 밝혔다. 2019.10.12 [한 단체]",
        "[서울=뉴시스] 김철수 기자 = 시장이 12일 하노이에서 발언하고 있다. 2024.05.03. photo@newsis.com",
        # "제공=…": who gave the picture, after the caption's sentence
        "두 대학 총장이 협약서를 들고 있다. 하노이대는 1956년 설립된 대학이다. 제공=한빛대",
    ],
)
def test_a_korean_wire_caption_ends_on_its_picture_s_date_and_credit(caption):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{caption}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert captions(article) == [caption]


def test_a_story_sentence_with_a_date_in_it_stays_story():
    line = "양측은 2019.10.12 회의에서 합의한 내용을 다시 확인했다고 밝혔다."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{line}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, line, KO_MORE]


@pytest.mark.parametrize(
    "byline",
    [
        "2022-10-14 최우진 베트남 기자",  # the reporter, then the country covered
        "호치민(베트남)= 최우진 기자 wjchoi@example.co.kr",  # the city, its country
    ],
)
def test_a_korean_reporter_is_read_past_the_place_beside_the_name(byline):
    text = f"{KO_HEAD}\n\n{byline}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.byline == "최우진"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_korean_sign_off_with_the_city_and_its_country_is_no_paragraph():
    sign_off = "호치민(베트남)= 최우진 기자 wjchoi@example.co.kr"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{sign_off}\n")
    assert article.byline == "최우진"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_city_before_the_reporter_still_gives_the_reporter():
    article = article_from_text(f"{KO_HEAD}\n\n시흥 한지수 기자\n\n{KO_STORY}\n")
    assert article.byline == "한지수"


RELATED = (
    "Port Operator Raises Its Forecast for the Coming Year Amid Strong Demand\n"
    "Carmaker Opens Second Plant as Sales in the Region Grow Faster Than Expected\n"
    "Bank Fined by Regulator for Late Reporting of Its Overseas Branch Accounts\n"
)


def test_an_english_edition_of_a_korean_paper_reads_section_reporter_and_date():
    text = (
        f"{HEAD}\n\nCOMPANY / Reporter Kim SangJin / 2024-11-18 08:33:25\n\n"
        f"[Example Biz= Reporter Kim Sangjin] {STORY}\n\n{MORE}\n\n"
        "Example Biz Reporter Kim SangJin(kim@example.co.kr)\n\n"
        f"주요기사\n\n{RELATED}"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.metadata.published == "2024-11-18"
    assert article.byline == "Kim Sangjin"  # one reporter, however the page cases it
    assert article.metadata.outlet == "Example Biz"
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize("heading", ["주요기사", "주요뉴스", "인기기사"])
def test_a_korean_site_s_top_stories_list_is_no_story(heading):
    text = f"{KO_HEAD}\n\n{KO_LONG}\n\n{KO_LONG_MORE}\n\n{heading}\n\n{RELATED}"
    assert paragraphs(article_from_text(text)) == [KO_LONG, KO_LONG_MORE]


@pytest.mark.parametrize(
    "line, outlet",
    [("July 01, 2024 13:41 WAJ", "WAJ"), ("July 01, 2024 13:41 VNA", None)],
)
def test_a_date_line_signed_by_the_outlet_s_initials_is_no_headline(line, outlet):
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD
    assert article.metadata.published == "2024-07-01"
    assert article.metadata.outlet == (outlet or "Vietnam News Agency")
    assert paragraphs(article) == [STORY, MORE]


def test_a_date_line_with_its_time_zone_gives_no_outlet():
    line = "July 01, 2024 13:41 GMT"
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.published == "2024-07-01"
    assert article.metadata.outlet is None


def test_a_place_and_a_paper_s_name_before_a_colon_are_a_dateline():
    text = f"{HEAD}\n\nHanoi, The Example Observer: {STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.metadata.dateline == "Hanoi"
    assert article.metadata.outlet == "The Example Observer"
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "opening", ["Hanoi, Today: ", "Meanwhile, The Example Observer: "]
)
def test_no_dateline_without_a_listed_place_and_a_paper(opening):
    article = article_from_text(f"{HEAD}\n\n{opening}{STORY}\n\n{MORE}\n")
    assert article.metadata.dateline is None
    assert paragraphs(article)[0] == f"{opening}{STORY}"


def test_the_story_s_opening_run_together_and_cut_at_the_page_s_end_is_a_repeat():
    first = "The two cities’ leaders agreed on Monday to open a joint office for trade."
    second = "Officials said the office would link companies in both countries."
    excerpt = (
        "The two cities' leaders agreed on Monday to open a joint office for trade. "
        "Officials said the office would link comp"
    )
    text = f"{HEAD}\n\n{first}\n\n{second}\n\n{MORE}\n\n{excerpt}"
    assert paragraphs(article_from_text(text)) == [first, second, MORE]


def test_a_last_paragraph_that_goes_on_from_the_opening_with_its_end_is_story():
    first = "The two cities’ leaders agreed on Monday to open a joint office for trade."
    last = f"{first} It will open next spring."
    text = f"{HEAD}\n\n{first}\n\n{MORE}\n\n{last}\n"
    assert paragraphs(article_from_text(text)) == [first, MORE, last]


KO_LONG = (
    "주 베트남 대사는 지난달 하이퐁에 있는 우리 기업들을 차례로 방문해 생산 현장을 둘러보고 "
    "현지 진출 기업 대표들과 만나 애로 사항을 듣고 정부 차원의 지원 방안을 함께 논의했다고 "
    "대사관이 이번 주 밝혔다. 대사는 특히 전자 부품과 섬유 공장에서 일하는 현지 근로자들의 "
    "처우와 교육 문제에 관심을 보였으며 기업들이 지역 사회와 함께 성장할 수 있도록 대사관이 "
    "적극적으로 돕겠다고 약속했다. 기업 대표들은 전력 공급과 물류 비용 문제를 해결해 달라고 "
    "요청했다."
)
KO_LONG_MORE = (
    "대사관은 앞으로도 두 나라 기업들이 겪는 통관과 인력 문제를 해결하기 위해 현지 당국과 "
    "긴밀히 협의하고 정기적인 간담회를 열어 기업들의 의견을 꾸준히 듣겠다고 덧붙였다고 "
    "관계자들이 전했다. 양측은 또 내년 상반기에 하노이에서 더 큰 규모의 투자 설명회를 함께 "
    "열기로 하고 이를 위한 실무 협의를 곧 시작하기로 했으며 참가 기업의 범위도 넓히기로 "
    "의견을 모았다고 대사관은 설명했다. 설명회에는 두 나라의 지방 정부도 참여할 예정이다."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "간담회에서는 양국 간 제조업과 관광업 활성화를 위한 협력 방안에 대해 논의하였다.",
        "하이퐁은 베트남 북부의 큰 항구 도시로 수도 하노이에서 차로 두 시간 거리에 있으며 "
        "여러 한국 기업이 공장을 두고 있는 산업 도시이다",
    ],
)
def test_a_short_korean_sentence_told_in_the_past_or_unstopped_is_story(sentence):
    text = f"{KO_HEAD}\n\n{KO_LONG}\n\n{sentence}\n\n{KO_LONG_MORE}\n\n{KO_LONG}\n"
    assert paragraphs(article_from_text(text))[:3] == [KO_LONG, sentence, KO_LONG_MORE]


def test_a_short_korean_caption_in_the_present_is_still_a_caption():
    caption = "대사가 하이퐁에서 기업 대표들과 기념촬영을 하고 있다."
    text = f"{KO_HEAD}\n\n{KO_LONG}\n\n{caption}\n\n{KO_LONG_MORE}\n\n{KO_LONG}\n"
    assert captions(article_from_text(text)) == [caption]


VI_STORY = (
    "Hai huấn luyện viên người Hàn Quốc đã nộp hồ sơ ứng tuyển vị trí dẫn dắt đội "
    "tuyển quốc gia trong tuần này, theo liên đoàn bóng đá."
)
VI_MORE = "Liên đoàn sẽ công bố quyết định cuối cùng vào cuối tháng sau khi phỏng vấn."


def test_a_headless_page_takes_its_headline_from_its_picture_s_numbered_name():
    picture = "Hai HLV Hàn Quốc ứng tuyển dẫn dắt đội tuyển- Ảnh 1."
    article = article_from_text(f"{VI_STORY}\n\n{picture}\n\n{VI_MORE}\n")
    assert article.metadata.title == "Hai HLV Hàn Quốc ứng tuyển dẫn dắt đội tuyển"
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_a_page_with_a_headline_keeps_it_over_its_picture_s_name():
    head = "Hai HLV Hàn Quốc nộp hồ sơ"
    picture = "Hai HLV Hàn Quốc ứng tuyển dẫn dắt đội tuyển - Ảnh 1."
    article = article_from_text(f"{head}\n\n{VI_STORY}\n\n{picture}\n\n{VI_MORE}\n")
    assert article.metadata.title == head


def test_a_korean_government_broadcaster_s_transcript_page():
    head = '한·베트남 정상회담···"협력으로 상생 번영"'
    lead = "대통령은 어제 저녁 베트남 총리를 초청해 정상회담과 만찬을 했습니다."
    turn = "부산에서 일정을 마친 대통령이 서울로 올라와 베트남과 정상회담을 했습니다."
    more = "두 정상은 교역과 투자를 늘리기로 하고 문화 교류도 넓히기로 했습니다."
    text = (
        "본문바로가기 메뉴바로가기\n\n"
        "이 누리집은 대한민국 공식 전자정부 누리집입니다.\n공식 누리집 주소 확인하기\n"
        "go.kr 주소를 사용하는 누리집은 대한민국 정부기관이 관리하는 누리집입니다.\n"
        "이밖에 or.kr 또는 .kr등 다른 도메인 주소를 사용하고 있다면 아래 URL에서 도메인 "
        "주소를 확인해 보세요\n운영중인 공식 누리집보기\n본문\n\n"
        f"KTV 국민방송\n\n{head}\n\nKTV 뉴스중심\n\n{head}\n\n등록일 : 2019.11.28\n\n"
        f"이혜은 앵커>\n{lead}\n이 소식은 정유림 기자가 전해드립니다.\n\n"
        f"정유림 기자>\n{turn}\n{more}\n"
    )
    article = article_from_text(text)
    assert article.title == head
    assert article.metadata.published == "2019-11-28"
    assert article.metadata.outlet == "KTV"
    assert article.byline == "정유림"
    # each speaker's turn is one paragraph that keeps its label (cue_turns)
    assert paragraphs(article) == [
        f"이혜은 앵커> {lead} 이 소식은 정유림 기자가 전해드립니다.",
        f"정유림 기자> {turn} {more}",
    ]


@pytest.mark.parametrize(
    "footer",
    [
        "예시뉴스의 모든 기자는 회사의 [인터넷신문윤리강령]을 준수합니다.",
        "기사에 대한 추가 정보 또는 이견이 있으실 경우, 제보해 주시기 바랍니다.",
    ],
)
def test_a_korean_paper_s_ethics_pledge_and_call_for_corrections_are_no_story(footer):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{footer}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE]


def test_a_korean_lead_with_paper_and_place_in_lenticular_brackets():
    text = f"{KO_HEAD}\n\n【예시뉴스 경북 경주】이성현 기자= {KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert (article.byline, article.metadata.outlet) == ("이성현", "예시뉴스")
    assert article.metadata.dateline == "경북 경주"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_other_stories_openings_cut_with_an_ellipsis_at_the_foot_are_no_story():
    teasers = (
        "Two research groups have reported an advance in the development of batteries that…\n\n"
        "Until now, it was believed that large suppliers of chips such as the biggest…\n\n"
        "A software maker has lifted restrictions on updating its system for computers…\n"
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{teasers}")
    assert paragraphs(article) == [STORY, MORE]


def test_one_paragraph_trailing_off_with_an_ellipsis_is_story():
    last = "Asked what comes next, the mayor only said: “We will see…"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{last}\n")
    assert paragraphs(article) == [STORY, MORE, last]


def test_a_vietnamese_page_s_keywords_are_no_story():
    tags = (
        "Tập đoàn Hyosung, tập đoàn hàng đầu Hàn Quốc, nhà máy, "
        "tỉnh nhỏ nhất Đông Nam Bộ, Bà Rịa - Vũng Tàu, Việt Nam"
    )
    head = "Hyosung xây hai nhà máy tại Bà Rịa - Vũng Tàu"
    article = article_from_text(f"{head}\n\n{VI_STORY}\n\n{tags}\n\n{VI_MORE}\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert reasons(article)[tags] == "keyword tags"  # not a picture's caption


@pytest.mark.parametrize(
    "line, tags",
    [
        (
            "Hyosung, tập đoàn hàng đầu Hàn Quốc, nhà máy, tỉnh nhỏ nhất Đông Nam Bộ, "
            "Bà Rịa - Vũng Tàu, Việt Nam",
            True,
        ),
        (  # English phrases of five and six words are a sentence's, not tags
            "Korea, new trade office in the north, old market near the river bank, "
            "two schools funded by donors, hospital, museum",
            False,
        ),
    ],
)
def test_a_vietnamese_tag_may_run_to_six_syllables(line, tags):
    assert keyword_tags(line) is tags


def test_a_short_korean_line_left_on_its_subject_goes_on_below():
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n"
        "앞으로도 대한민국과 베트남의 문화 교류 협력이\n더욱 활발해지길 희망해본다.\n"
    )
    assert paragraphs(article_from_text(text)) == [
        KO_STORY,
        "앞으로도 대한민국과 베트남의 문화 교류 협력이 더욱 활발해지길 희망해본다.",
    ]


def test_a_short_korean_subheading_over_its_sentence_stays_apart():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n베트남 진출 기업 지원 확대\n정부는 지원을 늘렸다.\n"
    assert paragraphs(article_from_text(text))[-1] == "정부는 지원을 늘렸다."


def test_a_korean_sign_off_names_the_reporter_before_the_paper():
    sign_off = "이승렬 더예시 기자 reporter@example.com"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{sign_off}\n")
    assert article.byline == "이승렬"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "lead, outlet, place",
    [
        ("[예시뉴스타임=편집국] ", "예시뉴스타임", None),
        ("[서울=편집국] ", None, "서울"),
    ],
)
def test_a_korean_lead_of_the_paper_and_its_desk_names_no_place(lead, outlet, place):
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.outlet == outlet
    assert article.metadata.dateline == place
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_the_headline_shown_again_at_the_end_of_crumbs_glued_to_it():
    head = "베트남과 한국, 협력의 새로운 장을 열다"
    text = f"Home헤드라인 뉴스{head}\n\n{head}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.title == head
    assert paragraphs(article) == [KO_STORY, KO_MORE]


# The review's cases: each rule of this round kept to its shape


def test_a_title_case_heading_with_reporter_in_it_is_no_byline():
    heading = "Veteran Reporter Wins Press Award"
    text = f"{HEAD}\n\n{STORY}\n\n{heading}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.byline is None
    assert STORY in paragraphs(article) and MORE in paragraphs(article)


def test_a_writer_s_paragraphs_trailing_off_in_three_dots_stay_story():
    last = (
        "Người dân mong rằng những buổi học như thế sẽ còn được tổ chức thường xuyên, "
        "để các em biết thêm cách chăm sóc..."
    )
    more = "Và khu phố sẽ ngày càng xanh, sạch đẹp..."
    text = f"{VI_STORY}\n\n{VI_MORE}\n\n{last}\n\n{more}\n"
    assert paragraphs(article_from_text(text))[-2:] == [last, more]


def test_a_top_news_section_s_name_above_the_headline_is_no_list():
    head = "한-베 정상 하노이서 회담…교역 확대 합의"
    article = article_from_text(f"주요뉴스\n\n{head}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == head
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "line",
    [
        "Hàng chủ lực gồm cà phê, hạt điều, hồ tiêu, gạo thơm, trái cây sấy, đồ gỗ mỹ nghệ:",
        "Hàng chủ lực gồm cà phê, hạt điều, hồ tiêu, gạo thơm, trái cây sấy, đồ gỗ mỹ nghệ",
    ],
)
def test_a_vietnamese_sentence_listing_goods_is_no_tags(line):
    assert not keyword_tags(line)


@pytest.mark.parametrize(
    "line", ["July 1, 2024 10:00 ET", "01/07/2024 10:00 SA", "July 1, 2024 10:00 EDT"]
)
def test_a_time_zone_or_a_vietnamese_a_m_after_the_date_is_no_outlet(line):
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.outlet is None


def test_a_province_and_its_city_in_lenticular_brackets_are_the_place():
    text = f"{KO_HEAD}\n\n【경북 경주】이성현 기자= {KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.metadata.outlet is None
    assert article.metadata.dateline == "경북 경주"
    assert article.byline == "이성현"


def test_the_anchor_s_hand_over_names_the_reporter():
    lead = "대통령은 어제 저녁 베트남 총리와 정상회담을 했습니다."
    turn = "두 정상은 교역과 투자를 늘리기로 했습니다."
    text = f"{KO_HEAD}\n\n{lead}\n이 소식은 김민수 기자가 전해드립니다.\n\n{turn}\n"
    article = article_from_text(text)
    assert article.byline == "김민수"
    assert paragraphs(article) == [lead, turn]


def test_a_quoted_syllable_before_a_particle_is_no_name_s_stem():
    from dossier.recognize.tokens import hangul_stems

    assert list(hangul_stems("김'의")) == []
    assert "하노이" in list(hangul_stems("하노이'에서"))


@pytest.mark.parametrize(
    "lead, author", [("[예시경제=주현주] ", "주현주"), ("[우리집신문=ppp] ", None)]
)
def test_a_korean_lead_of_the_paper_and_its_reporter_s_bare_name(lead, author):
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline == author
    assert article.metadata.outlet == lead[1:].split("=")[0]
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_many_lines_cut_by_an_ellipsis_are_read_in_one_pass():
    teasers = "\n\n".join(
        f"Another story number {n} opens here and is cut…" for n in range(3000)
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{teasers}\n")
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "lead, outlet, place, author",
    [
        (
            "[예시푸드=베트남(하노이) 한지수 기자]",
            "예시푸드",
            "베트남(하노이)",
            "한지수",
        ),
        ("[예시푸드=하노이 한지수 기자] ", "예시푸드", "하노이", "한지수"),
        ("[예시푸드=경제부 한지수 기자] ", "예시푸드", None, "한지수"),
        ("【베트남 연합】 ", "Yonhap News Agency", "베트남", None),
        ("【하노이 연합】 한지수 특파원 = ", "Yonhap News Agency", "하노이", "한지수"),
        ("[예시푸드=한지수 박영희 기자] ", "예시푸드", None, "한지수, 박영희"),
        ("[예시푸드=한지수 선임 기자] ", "예시푸드", None, "한지수"),
        ("[하노이(베트남)=예시푸드 한지수 기자] ", "예시푸드", "하노이", "한지수"),
        ("[충남 아산=예시푸드 한지수 기자] ", "예시푸드", "충남 아산", "한지수"),
    ],
)
def test_a_korean_lead_of_the_paper_the_place_and_the_reporter_a_space_between(
    lead, outlet, place, author
):
    """ "[리얼푸드=베트남(하노이) 육성연 기자]", and Yonhap's old tag, "【베트남 연합】"."""
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.outlet == outlet
    assert article.metadata.dateline == place
    assert article.byline == author
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_place_then_its_paper_and_reporter_keeps_the_paper():
    article = article_from_text(
        f"{KO_HEAD}\n\n[대전=예시트리 양지원 기자] {KO_STORY}\n"
    )
    assert (article.metadata.outlet, article.metadata.dateline) == ("예시트리", "대전")
    assert article.byline == "양지원"


@pytest.mark.parametrize(
    ("foot", "author"),
    [
        ("최 일 기자 choil@example.com", "최 일"),
        ("환경해양 윤 진 다른기사보기", "윤 진"),
        ("환경해양 윤진 다른기사보기", "윤진"),
    ],
)
def test_a_korean_name_written_with_a_space_or_after_its_section_signs_the_story(
    foot, author
):
    """ "최 일 기자 …": two syllables with a space after the family name, as written."""
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{foot}\n")
    assert article.byline == author
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_story_sentence_with_a_spaced_family_name_stays_story():
    said = "이 일 기자회견에서 밝혔다는 내용은 사실이 아니라고 시는 설명했다."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{said}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, said, KO_MORE]
    assert article.byline is None


def test_a_korean_lead_of_paper_and_reporter_in_round_brackets_then_an_equals_sign():
    article = article_from_text(f"{KO_HEAD}\n\n(한빛뉴스 신종호 기자) = {KO_STORY}\n")
    assert article.byline == "신종호"
    assert paragraphs(article) == [KO_STORY]


def test_a_link_to_the_mobile_version_is_no_paragraph():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n모바일 버전으로 보기\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize("button", ["한빛뉴스 후원하기", "후원하기"])
def test_a_paper_s_donation_button_is_no_paragraph(button):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{button}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE]
