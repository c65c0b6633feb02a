"""A review's faults in the story-line rules of the session before, each mended by a
narrower rule: a headed Vietnamese page's lead summing the story up is no caption over
it, an explainer's question headings stay headings where one asks the reader, and a
"you" quoted or thanked in a marked caption speaks to nobody. Every text is invented;
each test keeps only the shape of one fault."""

from __future__ import annotations

import pytest
from builders import LAST, MORE, STORY, article_from_text, captions, paragraphs

VI_HEAD = "Thủ tướng tiếp lãnh đạo tập đoàn điện tử"
VI_DATE = "Thứ Ba, 14/5/2024"
VI_STORY = (
    "Chiều 13/5, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Văn An đã tiếp ông Park "
    "Min-jun, Chủ tịch Tập đoàn điện tử Hanbit, nhân dịp ông sang làm việc tại Việt Nam. "
    "Hai bên đã trao đổi về kế hoạch mở rộng nhà máy và trung tâm nghiên cứu của tập đoàn."
)
VI_MORE = (
    "Ông Park Min-jun cảm ơn Thủ tướng và cho biết tập đoàn coi Việt Nam là cứ điểm sản "
    "xuất quan trọng, sẽ tiếp tục hợp tác với các doanh nghiệp Việt Nam trong chuỗi cung ứng."
)


@pytest.mark.parametrize(
    "lead",
    [
        # who received whom, and on what occasion: the lead summing the story up
        "Thủ tướng Nguyễn Văn An tiếp Chủ tịch Tập đoàn điện tử Hanbit Park Min-jun "
        "nhân chuyến thăm và làm việc tại Việt Nam.",
        # one with a title showing, whom the story under it never names again
        "Bộ trưởng Bộ Kế hoạch giới thiệu tiềm năng của các khu công nghiệp phía Bắc "
        "với các nhà đầu tư nước ngoài.",
        # "Quang cảnh", "Khung cảnh" as a story's figure, no event's view
        "Quang cảnh kinh tế khu vực đang thay đổi nhanh khiến nhiều doanh nghiệp nước "
        "ngoài tìm đến Việt Nam.",
        "Khung cảnh hợp tác mới mở ra khi Thủ tướng tiếp lãnh đạo tập đoàn tại Hà Nội.",
    ],
)
def test_a_headed_vietnamese_pages_lead_summing_up_is_no_caption(lead):
    text = f"{VI_HEAD}\n\n{VI_DATE}\n\n{lead}\n\n{VI_STORY}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert lead not in captions(article)
    assert paragraphs(article) == [lead, VI_STORY, VI_MORE]


def test_a_titled_scene_the_lead_tells_again_stays_a_caption():
    giving = "Thủ tướng Nguyễn Văn An tặng quà lưu niệm cho Chủ tịch Tập đoàn Hanbit."
    text = f"{VI_HEAD}\n\n{VI_DATE}\n\n{giving}\n\n{VI_STORY}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert giving in captions(article)
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_the_view_of_an_event_over_a_headed_lead_stays_a_caption():
    view = "Quang cảnh buổi tiếp tại Trụ sở Chính phủ."
    text = f"{VI_HEAD}\n\n{VI_DATE}\n\n{view}\n\n{VI_STORY}\n\n{VI_MORE}\n"
    assert view in captions(article_from_text(text))


EXPLAINED = (
    "The points-based visa is open to foreign workers who have spent at least four "
    "years in factory, farm or fishing jobs, and it lets holders stay without a limit."
)
EXPLAINED_2 = (
    "No. Applicants must already work in the country on a work visa and be recommended "
    "by their employer and a regional government, officials explained last week."
)


def test_an_explainers_question_headings_stay_headings_by_one_to_the_reader():
    what = "What is the skilled-worker visa?"
    who = "Can you apply from abroad?"
    text = (
        f"A new visa explained\n\n{STORY}\n\n{what}\n\n{EXPLAINED}\n\n{who}\n\n"
        f"{EXPLAINED_2}\n"
    )
    article = article_from_text(text)
    assert what not in paragraphs(article)
    assert paragraphs(article) == [STORY, EXPLAINED, who, EXPLAINED_2]


def test_a_call_to_readers_closing_the_page_makes_no_interview():
    why = "Why does it matter?"
    call = "Have you worked in a factory under the programme?"
    text = f"Rules tightened for workers\n\n{STORY}\n\n{why}\n\n{MORE}\n\n{call}\n"
    article = article_from_text(text)
    assert why not in paragraphs(article)
    assert paragraphs(article)[:2] == [STORY, MORE]


def test_a_guest_answering_in_their_own_voice_still_makes_an_interview():
    put = "What does the club do? Is there something you want readers to know?"
    answer = (
        "Every term the members meet in the first week, and at that meeting we choose "
        "the committee and plan the trips and classes for the months ahead."
    )
    asked = "How many members are in the club?"
    text = f"A club for students\n\n{STORY}\n\n{put}\n\n{answer}\n\n{asked}\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [STORY, put, answer, asked, MORE]


@pytest.mark.parametrize(
    "caption",
    [
        '▲ Fans hold a banner reading "Thank you, coach Park" at the airport on Tuesday.',
        "▲ Fans hold a banner reading “We love you, coach” at the airport on Tuesday.",
    ],
)
def test_a_quoted_or_thanked_you_leaves_a_marked_caption_a_caption(caption):
    text = f"Fans welcome the coach home\n\n{STORY}\n\n{caption}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert caption in captions(article)
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_a_marked_line_speaking_to_you_is_still_no_caption():
    asked = "▲ Tell us why you joined the exchange programme."
    assert asked not in captions(
        article_from_text(f"An exchange\n\n{STORY}\n\n{asked}\n\n{MORE}\n\n{LAST}\n")
    )
