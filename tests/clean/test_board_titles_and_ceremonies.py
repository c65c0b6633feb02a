"""A Korean public body's board post prints its title over the post's details, each label
on a line of its own (``board_headlines.py``), and Vietnamese pages name the ceremony a
picture is of as a noun phrase (``vietnamese_captions.is_ceremony_scene``). Text invented
for the shapes, never a page's."""

from __future__ import annotations

from builders import article_from_text, captions, paragraphs

TITLE = "“이웃 도시에서 배운다”…베트남 공무원 가람시서 석 달 연수"
SUBTITLE = "베트남 푸른시 공무원 ‘레 반 남’ 씨, 가람시 행정 체험한다"
POINT = "- 홍길동 시장 “두 도시 교류의 새 출발이 되길 기대”"
PICTURED = "베트남 푸른시 공무원 ‘레 반 남’ 씨에게 연수증을 전달한 후 기념촬영"
LEAD = "베트남 지방공무원이 가람시의 행정 제도를 배우기 위해 석 달 동안 시에 머문다."
MORE = "가람시는 푸른시 국제교류팀 공무원 ‘레 반 남’ 씨가 오는 9월까지 연수를 받는다고 2일 밝혔다."
LAST = "홍길동 시장은 “이번 연수가 두 도시의 우호를 더욱 깊게 할 것”이라고 말했다."
STORY = f"{LEAD}\n\n{MORE}\n\n{LAST}\n"


def test_a_board_posts_title_over_its_labelled_details_is_the_headline():
    details = "작성자\n홍보담당관\n등록일\n2023-06-02\n"
    text = f"{TITLE}\n\n{details}< {SUBTITLE} >\n\n{PICTURED}\n\n{POINT}\n\n{STORY}"
    article = article_from_text(text)
    assert article.title == TITLE
    assert paragraphs(article) == [SUBTITLE, POINT, LEAD, MORE, LAST]
    assert captions(article) == [PICTURED]


def test_a_ministry_posts_title_closed_by_the_meetings_day():
    details = "출처\n외무부\n작성일\n2023.04.12\n원본URL\nhttps://example.go.kr/brd/view.do?seq=1\n"
    deck = "‘응우옌 반 안’ 푸른국 외무장관의 초청으로 4.10.(월)-11.(화)간 푸른국을 방문"
    text = f"새소식\n\n한-푸른국 외무장관회담 (4.11.)\n{details}\n{deck}\n\n\n{STORY}"
    article = article_from_text(text)
    assert article.title == "한-푸른국 외무장관회담"
    assert paragraphs(article) == [deck, LEAD, MORE, LAST]


VI_HEAD = "Hàn Quốc tài trợ xây trường học cho tỉnh Lam Sơn"
VI_LEAD = (
    "Ngày 5/3, tại thành phố Lam Sơn, đại diện Quỹ hữu nghị Hàn Quốc và Ủy ban nhân dân tỉnh "
    "đã ký thỏa thuận xây dựng ba trường tiểu học trong giai đoạn 2023-2025."
)
VI_MORE = (
    "Theo thỏa thuận, phía Hàn Quốc sẽ tài trợ toàn bộ kinh phí xây dựng, còn tỉnh bố trí "
    "mặt bằng và giáo viên cho các trường mới."
)
VI_LAST = (
    "Đại diện Quỹ cho biết các trường sẽ được đưa vào sử dụng trước năm học mới, phục vụ "
    "hơn một nghìn học sinh vùng cao."
)


def test_a_ceremony_named_over_the_lead_is_its_pictures_caption():
    named = (
        "Lễ ký kết Thỏa thuận tài trợ giữa Quỹ hữu nghị Hàn Quốc và Ủy ban nhân dân tỉnh "
        "Lam Sơn về xây dựng trường học vùng cao, giai đoạn 2023-2025."
    )
    text = f"{VI_HEAD}\n\n{named}\n\n{VI_LEAD}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_LEAD, VI_MORE, VI_LAST]
    assert captions(article) == [named]


def test_ceremonies_named_between_paragraphs_are_captions():
    opening = "Lễ khai mạc “Tuần văn hóa Hàn Quốc tại Lam Sơn”"
    stage = (
        "Tiết mục múa truyền thống trong chương trình khai mạc “Tuần văn hóa Hàn Quốc”"
    )
    text = f"{VI_HEAD}\n\n{VI_LEAD}\n\n{opening}\n\n{stage}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_LEAD, VI_MORE, VI_LAST]
    assert captions(article) == [opening, stage]


def test_a_ceremony_told_in_a_sentence_stays_story():
    told = (
        "Lễ ký kết diễn ra trong không khí trang trọng với sự tham dự của đại diện hai bên "
        "và đông đảo giáo viên, học sinh."
    )
    text = f"{VI_HEAD}\n\n{VI_LEAD}\n\n{told}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_LEAD, told, VI_MORE, VI_LAST]


def test_ceremonies_a_story_tells_in_a_sentence_stay_story():
    # a full stop after a verb, a day or a count: the story's sentence about it
    told = [
        "Lễ khai mạc tổ chức tại Nhà văn hóa tỉnh vào tối 8/4 với sự tham dự của Tổng "
        "Lãnh sự Hàn Quốc và gần 400 người dân.",
        "Lễ khởi công nhà xưởng mới của doanh nghiệp tại khu công nghiệp hôm 8/4 với tổng "
        "vốn 50 triệu USD.",
        "Lễ bế mạc khép lại ba ngày với hơn 20 gian hàng ẩm thực và trò chơi dân gian.",
        "Lễ trao giải năm nay dành cho 60 học sinh giỏi của các trường vùng cao.",
        "Lễ công bố danh sách mở đầu chuỗi hoạt động mừng quan hệ hai tỉnh.",
    ]
    for line in told:
        text = f"{VI_HEAD}\n\n{VI_LEAD}\n\n{line}\n\n{VI_MORE}\n\n{VI_LAST}\n"
        article = article_from_text(text)
        assert paragraphs(article) == [VI_LEAD, line, VI_MORE, VI_LAST], line
        assert captions(article) == []


def test_more_post_details_and_a_picture_under_them_are_no_subtitle():
    details = "작성자\n홍보담당관\n등록일\n2023-06-02\n"
    for line, pictured in [
        ("가람시청 본관 전경", True),
        ("가람시 제공", True),
        ("국제교류팀 031-987-6543", False),
        ("연수 계획 (최종).hwp", False),
        ("첨부파일 없음", False),
    ]:
        article = article_from_text(f"{TITLE}\n\n{details}{line}\n\n{STORY}")
        assert article.title == TITLE
        assert paragraphs(article) == [LEAD, MORE, LAST], line
        assert captions(article) == ([line] if pictured else []), line
