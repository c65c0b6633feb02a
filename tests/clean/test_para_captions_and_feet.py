"""Captions, decks and page feet read as paragraphs on real pages (this branch's round):
each test keeps only one rule's shape, in sentences written for it."""

from __future__ import annotations

import pytest
from builders import HEAD, LAST, MORE, STORY, article_from_text, captions, paragraphs
from dossier.clean.notes import repeats_headline


@pytest.mark.parametrize(
    "caption",
    [
        # a credit's bracket cut where its link stood
        "Deputy Mayor Tran Van Binh hands a gift to the visiting delegation. (source:",
        "The new research building in the park (Source:",
        # who stands where, said in words
        "Chairman of the city's People's Committee (on the right) greets the mayor",
    ],
)
def test_caption_marked_by_a_cut_credit_or_a_side(caption):
    text = f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert captions(article) == [caption]


@pytest.mark.parametrize(
    "caption, story",
    [
        (
            "지난 3일 하노이에서 열린 포럼에서 한빛병원 김민수 원장(앞줄 좌)과 하노이 "
            "대학병원 관계자들이 협약서를 교환했다.",
            [
                "한빛병원이 베트남 진출을 본격화한다고 4일 밝혔다.",
                "병원은 내년까지 하노이에 진료소를 열 계획이다.",
            ],
        ),
        (
            "Đại diện lãnh đạo Trung tâm Dịch vụ việc làm (bìa trái) thăm hỏi gia đình "
            "người lao động tại phường 2",
            [
                "Trong năm nay, tỉnh đã đưa hơn 500 lao động sang Hàn Quốc làm việc theo "
                "chương trình thời vụ, theo Sở Lao động.",
                "Tỉnh sẽ tiếp tục phối hợp với các địa phương của Hàn Quốc để mở rộng "
                "chương trình trong năm tới.",
            ],
        ),
    ],
)
def test_a_side_in_korean_or_vietnamese_words_marks_a_caption(caption, story):
    head = "한빛병원, 베트남 진출" if "원장" in caption else "Hai bên hợp tác lao động"
    text = f"{head}\n\n{story[0]}\n\n{caption}\n\n{story[1]}\n"
    article = article_from_text(text)
    assert caption in captions(article)
    assert paragraphs(article) == story


def test_a_deck_between_dashes_may_close_on_an_en_dash():
    deck = (
        "- Vice Minister to visit Hanoi to explore cooperation in health care from "
        "May 3 to 4 -\n"
        "- Signing a memorandum on pensions, attending the opening of a joint clinic –"
    )
    text = f"{HEAD}\n\n{deck}\n\n{STORY}\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE]


ECHOED = (
    "On the afternoon of March 3, Tran Van Binh, member of the provincial Party "
    "Committee, Permanent Vice-Chairman of the provincial People's Committee received "
    "and worked with Lee Min-ho, Deputy Mayor of Sejong city in South Korea, and his "
    "delegation of twelve officials."
)


@pytest.mark.parametrize(
    "caption",
    [
        "Tran Van Binh, member of the provincial Party Committee, Permanent "
        "Vice-Chairman of the provincial People's Committee receives Lee Min-ho, "
        "Deputy Mayor of Sejong city.",
        "Lee Min-ho, Deputy Mayor of Sejong city in South Korea, and his delegation "
        "of twelve officials at the provincial People's Committee.",
    ],
)
def test_a_line_telling_again_what_a_paragraph_told_is_its_caption(caption):
    text = f"{HEAD}\n\n{ECHOED}\n\n{caption}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [ECHOED, MORE, LAST]
    assert captions(article) == [caption]


@pytest.mark.parametrize(
    "line",
    [
        # a pronoun goes on from the sentence above
        "He praised the deputy mayor of Sejong city in South Korea and his delegation "
        "of twelve officials.",
        # who attended: a story's sentence
        "Attending the talks was Tran Van Binh, Permanent Vice-Chairman of the "
        "provincial People's Committee.",
        # a subheading, no full stop
        "Lee Min-ho, Deputy Mayor of Sejong city in South Korea",
    ],
)
def test_a_story_line_sharing_a_paragraph_s_words_stays(line):
    text = f"{HEAD}\n\n{ECHOED}\n\n{line}\n\n{MORE}\n\n{LAST}\n"
    assert line not in captions(article_from_text(text))


@pytest.mark.parametrize(
    "text, repeats",
    [
        ("베트남 학생들, 다시 꿈을 향해 달리다.", True),
        ("베트남 학생들, 다시 꿈을 향해 달리다", True),
        ("한빛 장학회는 올해도 베트남 학생들을 도왔다.", False),
    ],
)
def test_the_headline_again_without_its_label_is_no_paragraph(text, repeats):
    head = "[한빛 장학회] 베트남 학생들, 다시 꿈을 향해 달리다"
    assert repeats_headline(text, head) is repeats


VI_STORY = (
    "Trong hai ngày, Sở Giáo dục tỉnh và Trung tâm Thanh niên Seoul tổ chức chương "
    "trình giao lưu văn hóa cho học sinh hai nước tại trường THPT số 1."
)
VI_MORE = (
    "Chương trình nhằm tạo cơ hội để thanh niên hai nước hiểu thêm về văn hóa, lịch sử "
    "và con người của nhau, theo ban tổ chức."
)
KO_STORY = (
    "베트남 대표팀은 지난달 열린 아시아 대회에서 준우승을 차지하며 돌풍을 일으켰다."
)
KO_MORE = "대표팀은 다음 달 귀국해 팬들과 만나는 행사를 열 계획이라고 협회가 밝혔다."


@pytest.mark.parametrize(
    "story, label, below",
    [
        (
            [STORY, MORE],
            "Some photos:",
            [
                "Photo: The old terminal in 1973",
                "Visitors crowd the new hall on Sunday.",
            ],
        ),
        (
            [VI_STORY, VI_MORE],
            "Một số hình ảnh tại chương trình giao lưu:",
            [
                "Những tiết mục văn nghệ đặc sắc.",
                "Các bạn trẻ tham gia các trò chơi dân gian.",
            ],
        ),
        (
            [KO_STORY, KO_MORE],
            "관련기사로 알아보기",
            ["박 감독 “아쉽지만 자랑스럽다”", "박 감독 “선수들이 끝까지 뛰었다”"],
        ),
    ],
)
def test_a_gallery_label_or_related_heading_opens_the_foot(story, label, below):
    body = "\n\n".join([*story, label, *below])
    head = "Hai thành phố giao lưu" if story[0] is VI_STORY else HEAD
    assert paragraphs(article_from_text(f"{head}\n\n{body}\n")) == story


def test_a_gallery_label_with_the_story_going_on_below_stays():
    label = "Some photos:"
    long = (
        "The fair will return next spring with more stalls, its organisers said, and "
        "the two cities plan to add a week of concerts, a film series and a market of "
        "crafts from both countries to draw more visitors than this year."
    )
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{label}\n\n{long}\n"
    assert long in paragraphs(article_from_text(text))


@pytest.mark.parametrize(
    "link",
    [
        "Related: How are the two cities sharing their ports?",
        "Related story: Hanoi firm opens a plant in Busan.",
    ],
)
def test_a_related_story_s_headline_between_paragraphs_is_no_paragraph(link):
    text = f"{HEAD}\n\n{STORY}\n\n{link}\n\n{MORE}\n\n{LAST}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE, LAST]


def test_a_korean_headline_with_its_go_to_label_is_no_paragraph():
    head = "한빛시, 베트남과 게임 협력"
    story = "한빛시는 베트남 하노이시와 게임 산업 협력 협약을 맺었다고 4일 밝혔다."
    more = "양측은 내년부터 공동 개발자 교육을 시작할 계획이다."
    link = "베트남은 어떻게 게임 강국이 됐나 (바로가기)"
    text = f"{head}\n\n{story}\n\n{link}\n\n{more}\n"
    assert paragraphs(article_from_text(text)) == [story, more]


def test_a_picture_named_with_a_word_ending_in_ss_is_a_caption():
    caption = "A press briefing at the embassy."
    text = f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert captions(article) == [caption]


def test_a_short_vietnamese_caption_counting_the_parties_is_a_caption():
    caption = "Lãnh đạo 2 bên ký kết biên bản ghi nhớ."
    text = (
        f"Hai bên hợp tác lao động\n\n{VI_STORY}\n\n{caption}\n\n{VI_MORE}\n\n"
        "Ban tổ chức cho biết chương trình sẽ được tổ chức hằng năm tại hai nước, "
        "luân phiên giữa các trường.\n"
    )
    article = article_from_text(text)
    assert caption in captions(article)
    assert caption not in paragraphs(article)


@pytest.mark.parametrize(
    "line",
    [
        "After finishing their morning practice, the team drove to the stadium at 9 AM.",
        "The output of the plant far exceeds the figure reported by local media in May.",
        "The bank requires the firm to carry out the procedures on approved branches.",
        "This is the latest in a wave of chip investments flooding into the country.",
    ],
)
def test_a_noun_spelt_like_a_caption_s_verb_keeps_a_sentence_story(line):
    text = f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n\n{LAST}\n"
    assert paragraphs(article_from_text(text)) == [STORY, line, MORE, LAST]


@pytest.mark.parametrize(
    "line",
    [
        "Nhà thầu chính của dự án là Công ty TNHH Xây dựng Hòa Bình.",
        "Đây sẽ là nhà máy lớn nhất của tập đoàn tại miền Bắc.",
    ],
)
def test_a_short_vietnamese_sentence_stating_what_a_thing_is_stays_story(line):
    long = (
        "Theo Ban quản lý các khu công nghiệp tỉnh, dự án có tổng vốn đầu tư hơn một "
        "tỷ USD, được xây dựng trên diện tích 50 ha tại khu công nghiệp phía Nam của "
        "tỉnh, dự kiến đi vào hoạt động vào cuối năm sau và tạo việc làm cho khoảng "
        "3.000 lao động địa phương, góp phần tăng thu ngân sách của tỉnh trong những "
        "năm tới, theo báo cáo của sở."
    )
    more = (
        "Lãnh đạo tỉnh cho biết sẽ tiếp tục tạo điều kiện thuận lợi để nhà đầu tư Hàn "
        "Quốc mở rộng sản xuất, đồng thời đề nghị doanh nghiệp ưu tiên tuyển dụng lao "
        "động tại chỗ và bảo đảm các tiêu chuẩn về môi trường trong suốt quá trình "
        "xây dựng và vận hành nhà máy theo quy định của pháp luật Việt Nam hiện hành."
    )
    text = f"Tập đoàn Hàn Quốc mở nhà máy mới\n\n{long}\n\n{line}\n\n{more}\n"
    assert paragraphs(article_from_text(text)) == [long, line, more]


def test_a_korean_sentence_told_politely_in_the_past_stays_story():
    head = "한빛대학교, 베트남 대표단 맞아"
    long = (
        "한빛대학교 총장은 환영사에서 다음과 같이 말했습니다. 베트남과 한국의 대학은 지난 "
        "삼십 년 동안 학생과 교수의 교류를 넓혀 왔으며 앞으로도 공동 연구와 장학 사업을 "
        "함께 키워 나갈 것이라고 강조했습니다. 대표단은 도서관과 연구소를 둘러보고 한국어 "
        "강좌를 참관한 뒤 학생들과 점심을 함께하며 유학 생활에 관한 이야기를 나눴습니다. "
        "총장은 또 두 나라의 젊은이들이 서로의 말과 역사를 배우는 일이야말로 우정을 오래 "
        "지키는 가장 좋은 길이라고 말하며 대표단에 학교의 기념품을 전했습니다."
    )
    short = "김 교수는 대표단의 방문과 대학과의 협력을 진심으로 환영했습니다."
    more = (
        "대표단을 대표하여 재단 이사장은 한국학과가 오랜 기간 동안 프로그램을 키워 온 "
        "성과에 감사를 표했습니다. 양측은 내년에 공동 학술대회를 열고 교환학생을 두 배로 "
        "늘리기로 뜻을 모았으며, 이를 위한 실무 협의를 다음 달 하노이에서 이어 가기로 "
        "했습니다. 재단은 장학금 예산도 늘릴 계획이라고 덧붙였습니다. 이사장은 또 베트남 "
        "학생들이 한국에서 공부하며 겪는 어려움을 덜기 위해 기숙사와 상담 창구를 함께 "
        "마련하겠다고 약속했으며, 대학 측은 이를 크게 반겼습니다."
    )
    text = f"{head}\n\n{long}\n\n{short}\n\n{more}\n"
    assert paragraphs(article_from_text(text)) == [long, short, more]


def test_a_caption_placing_its_pictures_is_a_caption():
    caption = (
        "Officials of the two cities (photo above) and students of both schools (photo "
        "below) at the exchange programme."
    )
    text = f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert caption in captions(article)


def test_other_stories_headlines_glued_on_one_line_are_no_paragraph():
    strip = (
        'The Korean film week "Spring" openedMayor says Hue and Busan will share '
        "portsHue crafts to be shown at a Seoul fair"
    )
    text = f"{HEAD}\n\n{STORY}\n\n{strip}\n\n{MORE}\n\n{LAST}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE, LAST]


def test_a_lead_with_the_outlet_s_tag_above_the_date_line_is_no_deck():
    text = (
        f"{HEAD}\n\nVGP - {STORY}\n\nMarch 3, 2026 8:26 AM GMT+7\n\n{MORE}\n\n{LAST}\n"
    )
    assert paragraphs(article_from_text(text)) == [STORY, MORE, LAST]


def test_a_korean_lead_whose_last_stop_is_forgotten_is_no_deck():
    head = "올해 상반기 베트남 찾은 한국인 200만명"
    lead = (
        "베트남 관광청의 발표에 따르면 상반기 외국인 방문자 수는 800만 명으로 전년보다 "
        "7% 늘었다. 그중 한국인이 200만 명으로 2위를 차지했고 일본이 그 뒤를 이었다"
    )
    more = "6월 외국인 방문자 수는 전월보다 10% 줄어든 118만 명이었다."
    last = "관광업계는 하반기에도 한국인 방문객이 꾸준히 늘 것으로 내다봤다."
    text = f"{head}\n{lead}\n{more}\n{last}\n"
    assert paragraphs(article_from_text(text)) == [lead, more, last]


def test_a_korean_noun_ended_line_opened_by_a_connective_stays_story():
    head = "베트남 한인 가정의 고민"
    story = "호찌민에 사는 한인 가정은 아이들의 교육 문제로 고민이 많다고 입을 모은다."
    line = "그렇다고 아이들을 먼 국제학교에 보내기도 어려운 형편."
    more = "학부모들은 한인회가 나서 한국어 교실을 늘려 주기를 바라고 있다고 말했다."
    text = f"{head}\n\n{story}\n\n{line}\n\n{more}\n"
    assert paragraphs(article_from_text(text)) == [story, line, more]


def test_a_video_s_caption_with_its_viewer_warning_is_a_caption():
    caption = (
        "A video posted online of the attack on May 2, 2021. Some viewers may find the "
        "footage disturbing."
    )
    text = f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert captions(article) == [caption]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (
            "Mr. Tran Van Binh on the right was presenting the province's plans for new "
            "industrial parks to the visiting delegation.",
            True,
        ),
        (
            "The two cities want their trade ties on the right track, the mayor said after "
            "a meeting with the visiting delegation.",
            False,
        ),
    ],
)
def test_a_name_and_the_side_he_stands_on_marks_a_caption(line, caption):
    text = f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n\n{LAST}\n"
    assert (line in captions(article_from_text(text))) is caption
