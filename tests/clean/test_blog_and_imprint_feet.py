"""What a blog, a portal or a Korean paper prints under a story: a comment box, a pointer
to the original article, a drawn rule, a paper's imprint, a list of other stories. Every
text here is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import (
    KO_MORE,
    KO_STORY,
    MORE,
    STORY,
    article_from_text,
    paragraphs,
    reasons,
)

HEAD = "Two port cities open a joint office for small firms"
KO_HEAD = "한국과 베트남, 항만 협력 사무소 개설"
VI_HEAD = "Hai thành phố cảng mở văn phòng hợp tác"
VI_STORY = "Ngày 12/11, hai thành phố cảng đã mở văn phòng hợp tác chung cho các doanh nghiệp nhỏ."
VI_MORE = "Hai bên thống nhất sẽ tổ chức các hoạt động xúc tiến đầu tư trong năm tới."


def test_a_blogs_rule_pointer_and_comment_box_are_no_story():
    foot = [
        "--- --- --- --- --- --- --- ---",
        "Link to Original Article:",
        "http://example.vn/news/en/korea-to-build-a-30",
        "0-mw-solar-plant-in-the-delta.html",
        "No comments:",
        "Post a Comment",
        "Note: Only a member of this blog may post a comment.",
        "Newer Post",
        "Older Post",
        "Subscribe to: Post Comments (Atom)",
    ]
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n" + "\n\n".join(foot) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[foot[0]] == "drawn rule"
    assert reasons(article)[foot[1]] == "original article link"
    assert reasons(article)[foot[3]] == "address piece"


def test_a_pointer_to_the_original_with_its_address_is_one_line_of_furniture():
    line = "Link to original article: http://example.vn/news/korea-solar.html"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[line] == "original article link"


def test_a_sentence_about_an_original_article_is_story():
    told = (
        "A link to the original article was removed after the ministry complained, "
        "the editor said."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n")
    assert told in paragraphs(article)


def test_a_rating_prompt_and_a_comment_boxs_avatars_are_no_story():
    foot = ["Bài viết hay? Hãy đánh giá bài viết", "user image", "User", "Ý KIẾN"]
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n" + "\n".join(foot) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert all(reasons(article)[line] == "navigation" for line in foot)


def test_a_korean_papers_imprint_is_no_story():
    imprint = (
        "한빛일보 / 등록번호 : 충북 아00000 / 등록일 : 2023년 3월 20일 발행인 : (주)한빛일보 "
        "홍길동 / 편집인 : 김철수 / 발행일 : 2003년 5월 1일"
    )
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{imprint}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[imprint] == "korean imprint"


def test_a_date_line_with_one_label_is_not_an_imprint():
    line = "등록일 : 2024-05-03 10:11"
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert reasons(article).get(line) != "korean imprint"
    assert str(article.metadata.published) == "2024-05-03"


@pytest.mark.parametrize(
    "line",
    ["이 기자의 전체기사 보기 →", "<저작권자 한빛일보 무단전재 및 재배포금지>"],
)
def test_a_link_to_the_reporters_stories_and_a_bracketed_copyright_are_no_story(line):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert line in reasons(article)


def test_the_link_to_all_of_a_reporters_stories_names_the_reporter():
    article = article_from_text(
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n곽하늘 기자의 전체기사 보기\n"
    )
    assert article.byline == "곽하늘"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_boards_listed_written_by_line_names_the_reporter():
    text = f"{KO_HEAD}\n\n작성자 정보\n\n  • 김하늘 기자 작성\n  • 작성일\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.byline == "김하늘"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "items",
    [
        ["추천기사1. 배우 김하늘, 새해 맞아 병원에 기부", "2. 건설사, 조경 설계 공개"],
        ["Most read: 1. Rice prices rise again", "2. New bridge opens in the delta"],
    ],
)
def test_a_list_of_other_stories_under_the_story_is_no_story(items):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n" + "\n".join(items) + "\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE]


def test_a_numbered_list_inside_the_story_stays():
    items = ["1. 항만 공동 사무소를 연다.", "2. 기업 상담회를 연다."]
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n" + "\n".join(items) + f"\n\n{KO_MORE}\n"
    found = paragraphs(article_from_text(text))
    assert all(any(item in p for p in found) for item in items)


def test_a_broadcast_scripts_cue_in_lenticular_brackets_is_no_headline():
    lead = "베트남에서 한류 열풍이 계속되면서 한국어를 배우려는 학생이 늘고 있습니다."
    text = f"【앵커】\n{lead}\n{KO_MORE}\n\n【기자】\n\n{KO_STORY}\n"
    article = article_from_text(text)
    assert article.title is None or "앵커" not in article.title
    assert paragraphs(article) == [lead, KO_MORE, KO_STORY]
    assert reasons(article)["【앵커】"] == "section label"


@pytest.mark.parametrize(
    "alt", ["Kết quả hình ảnh cho lễ kỷ niệm", "Image result for port office opening"]
)
def test_a_search_engines_alt_text_over_the_story_is_no_headline(alt):
    article = article_from_text(f"{alt}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD
    assert reasons(article)[alt] == "image search alt text"


def test_a_stack_of_subheadings_over_a_story_in_long_lines_is_not_one_wrapped_paragraph():
    subheads = [
        "16일, 도청서 한빛시 주 부산 총영사 접견하고 교류 논의",
        "한빛성 친선 결연 30주년 맞아 우호 교류·실질 협력 확대 방안 논의",
        "지난해 주 부산 베트남 총영사관 정식 개관 계기, 협력 가교 역할 기대",
        "총영사 “수교 이후 협력 기반... 교류 활성화 적극 지원”",
    ]
    story = [
        "경남도는 16일 도청 접견실에서 한빛시 총영사를 접견하고, 경남과 베트남 간 산업·인력 "
        "분야를 중심으로 교류·협력 확대 방안을 논의했다고 밝혔다.",
        "이번 접견은 총영사가 지난해 10월 정식 개관한 총영사관의 초대 총영사로 취임한 뒤, "
        "취임 인사차 도를 방문해 마련됐으며 양측은 협력 방안을 폭넓게 논의했다.",
        "이날 도지사는 베트남의 성장과 양 지역 간 협력의 중요성을 강조하며 앞으로도 기업과 "
        "인력 교류를 넓혀 나가겠다고 말했고 총영사도 적극적인 지원을 약속했다.",
        "총영사는 한국과 베트남이 수교 이래 정치·경제·문화 전 분야에서 협력해 왔다며 경남과의 "
        "교류가 더욱 활발해지도록 가교 역할을 하겠다고 답했다고 도는 전했다.",
        KO_MORE,
    ]
    text = "\n".join(subheads) + "\n\n" + "\n".join(story) + "\n"
    found = paragraphs(article_from_text(text))
    assert not any(subheads[0] in p and subheads[1] in p for p in found)
    assert found[-len(story) :] == story


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("lead", "place", "outlet"),
    [
        ("【서울=뉴시스】", "서울", "뉴시스"),
        ("[하노이=한빛일보]", "하노이", "한빛일보"),
    ],
)
def test_a_korean_wire_lead_on_a_line_of_its_own_gives_place_and_outlet(
    lead, place, outlet, gap
):
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{gap}{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.dateline == place
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[lead] == "wire lead"


@pytest.mark.parametrize(
    "credit",
    ["[사진=연합뉴스]", "[그래픽=뉴시스]", "[자료=산업통상자원부]", "(서울/하노이)"],
)
def test_a_pictures_credit_or_two_places_on_a_line_is_no_wire_lead(credit):
    text = f"{KO_HEAD}\n\n(하노이=한빛통신) 김하늘 기자 = {KO_STORY}\n\n{credit}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.metadata.outlet == "한빛통신"
    assert article.metadata.dateline == "하노이"
    assert reasons(article).get(credit) != "wire lead"


def test_a_credit_in_letters_in_square_brackets_is_no_story():
    article = article_from_text(f"{HEAD}\n\n[Photo=Yonhap]\n\n{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert "[Photo=Yonhap]" in reasons(article)


def test_a_headline_in_lenticular_brackets_stays_the_headline():
    head = "【한-베 정상회담, 교역 1500억 달러 목표 합의】"
    article = article_from_text(f"{head}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title is not None and "정상회담" in article.title
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_wrapped_story_with_long_captions_is_still_one_wrapped_story():
    wrapped = [
        "Korea and Vietnam agreed on Monday to open a joint office for small",
        "firms in Hanoi, officials said. Seoul hopes the office will link local",
        "suppliers with Samsung Electronics and Hyundai Motor, which buy parts",
        "from hundreds of Vietnamese makers every year, the ministry added.",
    ]
    caption = (
        "Officials from both countries pose for a picture after signing the "
        "agreement at the trade ministry in Hanoi on Monday, in a photo the "
        "ministry released to the press."
    )
    text = f"{HEAD}\n\n" + "\n".join(wrapped) + f"\n{caption}\n{caption}\n\n{MORE}\n"
    found = paragraphs(article_from_text(text))
    assert " ".join(wrapped) in found


def test_a_sections_link_to_its_stories_names_no_reporter():
    line = "정치 전체기사 보기"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n")
    assert article.byline is None
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "label",
    ["많이 본 뉴스 1. 배우 김하늘, 병원에 기부", "Đọc nhiều nhất: 1. Giá lúa tăng"],
)
def test_other_stories_lists_by_their_other_labels_end_the_story(label):
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{label}\n2. 건설사, 조경 설계 공개\n"
    )
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE]


VI_LEAD = "Sau gần 7 năm thực hiện mô hình làng mới, nhiều hộ dân trong tỉnh đã có cuộc sống tốt hơn trước."
KO_LEAD = "2023년 10월, 한빛재단과 베트남 옌바이성이 체결한 협약에 따라 교류 행사가 열렸다고 관계자들이 밝혔다."


@pytest.mark.parametrize(
    ("head", "tag", "lead", "more", "outlet"),
    [
        # (a name in capitals inside one word may be a company's: no outlet from it)
        (VI_HEAD, "(MangYTe)", VI_LEAD, VI_MORE, None),
        (KO_HEAD, "(시사통신)", KO_LEAD, KO_MORE, "시사통신"),
        (VI_HEAD, "(Web Quảng Trị)", VI_LEAD, VI_MORE, None),
    ],
)
def test_a_sites_name_in_brackets_opening_the_story_is_its_tag(
    head, tag, lead, more, outlet
):
    article = article_from_text(f"{head}\n\n{tag} {lead}\n\n{more}\n")
    assert paragraphs(article) == [lead, more]
    assert reasons(article)[tag] == "outlet tag"
    assert article.metadata.outlet == outlet


def test_a_bracketed_aside_opening_a_paragraph_stays():
    told = (
        "(Ảnh minh họa) Hai bên đã ký kết biên bản ghi nhớ về hợp tác đào tạo nhân lực."
    )
    article = article_from_text(f"{VI_HEAD}\n\n{VI_STORY}\n\n{told}\n\n{VI_MORE}\n")
    assert any(p.endswith("nhân lực.") for p in paragraphs(article))


@pytest.mark.parametrize(
    "end",
    [
        "농가로 배정됐다.김하늘기자",
        "농가로 배정됐다.김하늘 기자",
        "말했다.김하늘선임기자",
        "전하고 싶다”고 말했다./김하늘기자‧hanbit20@",
        "밝혔다. 김하늘 기자 ab@example.com",
    ],
)
def test_a_korean_reporter_signing_glued_to_the_last_sentence(end):
    last = (
        "양측은 내년 봄까지 첫 사업을 시작하고 두 도시의 기업을 연결할 계획이라고 "
        + end
    )
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{last}\n")
    assert article.byline == "김하늘"
    assert "김하늘" not in paragraphs(article)[-1]


def test_a_reporting_reporters_label_names_nobody():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n취재기자\nreporter@example.co.kr\n"
    assert article_from_text(text).byline is None


@pytest.mark.parametrize(
    ("tag", "url", "outlet"),
    [
        ("(포토뉴스)", "https://www.yna.co.kr/view/AKR2023", "Yonhap News Agency"),
        ("(YouTube)", "https://www.koreaherald.com/view.php?ud=1", "The Korea Herald"),
    ],
)
def test_a_section_label_or_a_companys_name_in_brackets_is_not_the_outlet(
    tag, url, outlet
):
    story = KO_STORY if "뉴스" in tag else STORY
    more = KO_MORE if "뉴스" in tag else MORE
    article = article_from_text(f"{KO_HEAD}\n\n{tag} {story}\n\n{more}\n", url=url)
    assert article.metadata.outlet == outlet


def test_a_korean_papers_tag_before_a_date_opens_the_story():
    lead = "10월 5일 " + KO_STORY
    article = article_from_text(f"{KO_HEAD}\n\n(시사통신) {lead}\n\n{KO_MORE}\n")
    assert article.metadata.outlet == "시사통신"
    assert paragraphs(article)[0] == lead


@pytest.mark.parametrize(
    "line", ["Log in to comment", "현재 총 0개의 댓글이 있습니다."]
)
def test_a_comment_boxs_prompt_and_count_are_no_story(line):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_reporters_other_stories_link_after_the_place_filed_from_names_the_reporter():
    line = "함평.무안 / 김하늘 기자 다른기사보기"
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline == "김하늘"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_korean_lead_with_a_hangul_bar_names_paper_and_reporter():
    article = article_from_text(
        f"{KO_HEAD}\n\n한빛데일리 = 김하늘 기자ㅣ{KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.byline == "김하늘"
    assert article.metadata.outlet == "한빛데일리"
    assert paragraphs(article) == [KO_STORY, KO_MORE]
