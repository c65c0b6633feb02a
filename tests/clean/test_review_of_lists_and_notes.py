"""A review's faults in the story-line rules of one round, mended by narrowing each rule:
a story's own list led by guillemets, a story's sentence on a report translated, a Korean
broadcast's sentence on a story aired, and a long story paragraph that gives directions
of writing. Every text is invented; each test keeps only the shape of one fault, and the
rule's own shape still holds (tests/clean/test_story_lines_pa16.py)."""

from __future__ import annotations

from builders import (
    LAST,
    MORE,
    STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
)

HEAD = "Two cities agree on a heritage programme"


def test_a_storys_list_led_by_guillemets_is_kept():
    lead = (
        "The two old capitals agreed on Friday to a two-year programme of exchanges. "
        "The programme includes:"
    )
    items = [
        "» Yearly training for 15 museum staff in the sister city",
        "» A joint exhibition on old palaces to open in the spring",
        "» Grants for students of archaeology",
    ]
    text = f"{HEAD}\nMay 4, 2026\n\n{lead}\n\n" + "\n".join(items) + f"\n\n{MORE}\n"
    article = article_from_text(text)
    kept = " ".join(p.text for p in article.passages)
    assert all(item in kept and item not in reasons(article) for item in items)
    assert paragraphs(article) == [lead, MORE]


def test_links_with_their_date_after_guillemets_are_still_no_paragraphs():
    links = (
        "» Minister holds phone talks with his counterpart (08/04/2025)\n"
        "» Two countries hold a consular consultation (21/03/2025)"
    )
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n\n{links}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE, LAST]


def test_a_storys_sentence_on_a_report_translated_is_kept():
    sentence = (
        "This report, published by the National Institute of Family Studies, was "
        "translated into Vietnamese and handed to 40 provincial unions in May."
    )
    text = f"{HEAD}\n\n{STORY}\n\n{sentence}\n\n{LAST}\n"
    assert paragraphs(article_from_text(text)) == [STORY, sentence, LAST]


KO_HEAD = "베트남 언론, 한국 기업 문제 보도"
KO_STORY = (
    "베트남 현지 언론이 한국 기업의 문제를 잇따라 보도하면서 파장이 커지고 있습니다."
)
KO_LAST = "대사관은 해당 기업과 접촉해 사실관계를 확인하고 있다고 밝혔습니다."


def test_a_broadcasts_sentence_on_a_story_aired_is_kept():
    sentence = "이 기사는 사흘 뒤 현지 지역 방송을 통해 보도됐습니다."
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{sentence}\n\n{KO_LAST}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, sentence, KO_LAST]


VI_HEAD = "Lớp tiếng Hàn cho công nhân"
VI_STORY = (
    "Trung tâm đã mở lớp tiếng Hàn miễn phí cho 40 công nhân tại khu công nghiệp của "
    "tỉnh trong ba tháng."
)
VI_LAST = "Khóa học sẽ được tổ chức lại vào mùa thu năm sau cho các công nhân mới."


def test_a_long_paragraph_giving_directions_of_writing_is_no_caption():
    paragraph = (
        "Theo giáo viên Kim Min-ji, điều làm học viên ngạc nhiên nhất là cách viết chữ: "
        "hiện nay chữ Hàn được viết theo hàng ngang từ trái sang phải như chữ Quốc ngữ, "
        "còn trong nhiều cuốn sách cổ, người xưa viết theo cột dọc và đọc từ phải sang "
        "trái giống chữ Hán. Vì thế, nhiều học viên chưa đọc được những tấm bia cổ trong "
        "bảo tàng của thành phố."
    )
    assert 50 < len(paragraph.split()) <= 80
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{paragraph}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, paragraph, VI_LAST]
    assert captions(article) == []
