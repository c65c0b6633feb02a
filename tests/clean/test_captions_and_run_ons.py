"""Round nine of issue 10: captions printed as plain sentences, and a caption's credit run
on into the lead. Every text here is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import (
    KO_MORE,
    KO_STORY,
    LAST,
    MORE,
    STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
    story_text,
)
from dossier.clean import plain_captions as plain
from dossier.clean.lines import Line
from dossier.clean.units import Unit

HEAD = "Two port cities open a joint office for small firms"
KO_HEAD = "한국과 베트남, 항만 협력 사무소 개설"
VI_STORY = (
    "Sáng 12/3, lãnh đạo hai thành phố đã ký kết biên bản ghi nhớ về hợp tác phát "
    "triển cảng biển và logistics trong giai đoạn tới."
)
VI_MORE = (
    "Hai bên thống nhất sẽ thành lập văn phòng chung để hỗ trợ doanh nghiệp nhỏ và vừa "
    "tìm kiếm đối tác, dịch hợp đồng và xin giấy phép."
)


# --- a caption with no full stop, between paragraphs that end theirs --------------------

UNENDED = (
    "Guests from both cities press the buttons that open the new joint office in the "
    "port district"
)


def test_a_sentence_without_a_full_stop_between_paragraphs_is_a_caption():
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{UNENDED}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert captions(article) == [UNENDED]


def test_a_vietnamese_caption_without_a_full_stop_is_a_caption():
    caption = (
        "Các đại biểu chia sẻ và thảo luận kinh nghiệm phát triển cảng biển xanh, hiện đại "
        "tại hội nghị"
    )
    article = article_from_text(
        f"Hợp tác cảng biển\n\n{VI_STORY}\n\n{caption}\n\n{VI_MORE}\n"
    )
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert captions(article) == [caption]


def test_a_paragraph_that_only_lacks_its_full_stop_stays_a_paragraph():
    # someone speaking, a list's item: story text
    spoken = (
        "Most of the firms have found partners within a month, said Le Thi Hoa, head of "
        "the office that the two cities opened last spring in the port"
    )
    item = "1. Political and security trends in the region and what they mean for the ports"
    for line in (spoken, item):
        article = article_from_text(
            f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n\n{LAST}\n"
        )
        assert line in paragraphs(article), line


def test_a_line_running_on_into_the_next_is_not_a_caption():
    # the next unit goes on with the sentence: a paragraph broken in two
    broken = (
        "The two cities agreed on Monday to open a joint office for small firms and to "
        "share the"
    )
    text = f"{HEAD}\n\n{STORY}\n\n{broken}\n\ncosts of it, officials said on Monday.\n"
    assert not captions(article_from_text(text))


# --- a caption's credit run on into the lead ---------------------------------------------


def test_a_korean_caption_and_its_credit_run_on_into_the_lead():
    caption = "인천공항에 도착한 베트남 근로자들(사진: 한빛통신)"
    article = article_from_text(f"{KO_HEAD}\n\n{caption}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert captions(article) == [caption]


def test_a_korean_credit_in_square_brackets_runs_on_into_the_lead():
    caption = (
        "경상남도는 지난 28일 현지 대학에서 유학설명회를 개최했다 [사진=경상남도 제공]"
    )
    article = article_from_text(f"{caption}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert captions(article) == [caption]


def test_a_vietnamese_illustrative_credit_marks_a_caption():
    caption = (
        "Các bác sĩ khám bệnh cho trẻ em tại bệnh viện. Ảnh minh họa: Văn An - HTV"
    )
    story = (
        "Từ ngày 17 đến 21/3, đoàn bác sĩ Hàn Quốc đã khám và phẫu thuật miễn phí cho gần "
        "50 trẻ em tại bệnh viện tỉnh."
    )
    more = (
        "Đoàn gồm các giáo sư, bác sĩ đầu ngành về phẫu thuật tạo hình đến từ Seoul và "
        "Busan, làm việc cùng các bác sĩ của bệnh viện."
    )
    article = article_from_text(
        f"Khám bệnh miễn phí\n\n{story}\n\n{caption}\n\n{more}\n"
    )
    assert paragraphs(article) == [story, more]
    assert captions(article) == [caption]


def test_a_position_with_its_row_and_a_credit_without_a_colon_mark_a_caption():
    caption = (
        "Chairman Tran Van Binh (middle, first row) in a talk with investors from Busan. "
        "Photo Minh Tam"
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert captions(article) == [caption]


def test_a_sentence_telling_who_came_to_attend_a_ceremony_is_story():
    # "to attend the opening ceremony": a purpose, not a picture's scene
    told = (
        "The ambassador made the trip to attend the opening ceremony of the new office."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n\n{LAST}\n")
    assert told in paragraphs(article)


# --- the copy cut off on its last line ---------------------------------------------------


def test_a_few_words_cut_off_on_the_pages_last_line_are_its_last_paragraph():
    for cut in ("To try", "“Seeing th", "These recent announcements"):
        article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}")
        assert story_text(article) == [STORY, MORE, cut], cut


def test_a_cut_off_line_under_a_caption_is_still_story():
    caption = "A production line of a Korean firm in Bac Ninh. (Photo: VNA)"
    cut = "Kim Min-ho, head of the investment promotion te"
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{caption}\n\n{cut}"
    assert paragraphs(article_from_text(text))[-1] == cut


def test_a_name_in_capitals_on_the_last_line_signs_the_story():
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nQ.TRANG")
    assert paragraphs(article) == [STORY, MORE]


def test_a_wire_storys_filing_time_is_a_date_line():
    story = "베트남과 한국은 월요일 하노이에서 새로운 협력 사무소를 열기로 합의했다고 관계자들이 밝혔다."
    more = "양측은 내년 봄까지 첫 사업을 시작하고 두 도시의 기업을 연결할 계획이다."
    article = article_from_text(
        f"한국과 베트남, 항만 협력\n\n{story}\n\n{more}\n\n2025/09/23 15:12 송고"
    )
    assert paragraphs(article) == [story, more]
    assert article.metadata.published == "2025-09-23"


def test_a_bullet_before_a_box_and_a_double_starred_footnote_are_layout():
    text = (
        f"{HEAD}\n\n  • □ {STORY}\n\n  • □ {MORE}\n"
        "    ** O&M (Operation & Maintenance)\n\n"
        f"  • □ {LAST}\n"
    )
    assert paragraphs(article_from_text(text)) == [STORY, MORE, LAST]


def test_one_who_acts_in_the_present_is_a_captions_subject():
    caption = (
        "Provincial Party Secretary Tran Van Binh gifts the Korean ambassador a brocade "
        "blanket woven in the province."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert captions(article) == [caption]


def test_a_noun_spelt_like_a_captions_verb_is_no_caption():
    # "exchanges and …": the noun, and "and" is no "a" after a verb
    told = (
        "The activities of cultural exchanges and tourism promotion are also organized "
        "regularly between the province and Korean partners."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{told}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, told, LAST]


def test_who_is_in_the_picture_doing_what_in_the_present_is_a_caption():
    """A caption names who is in the picture and tells what they do in the present; the
    story tells it in the past. A headline is written so too, and stays the headline."""
    receives = "Minister Tran Van Binh receives Mr. Kim Min-su."
    works = "The Binh Duong delegation works with the city government."
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{receives}\n\n{MORE}\n\n{works}\n\n{LAST}\n"
    )
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert captions(article) == [receives, works]
    headline = "Minister Tran Van Binh receives the Korean delegation"
    assert article_from_text(f"{headline}\n\n{STORY}\n\n{MORE}\n").title == headline


def test_a_story_sentence_in_the_present_or_the_past_stays_story():
    told = [
        "The delegation paid a working visit to the city from October 2 to 3.",
        "Minister Tran Van Binh received Mr. Kim Min-su at the ministry.",
        "Vietnam sit second in the group, two points behind the leaders.",
        "The province is working with the city on a new port plan.",
        # a caption's verbs, in a story's present: nobody named by title or as a group
        "He meets investors in Seoul twice a year.",
        "Samsung signs a deal with the province for a new plant.",
        "South Korea joins the list of the top investors in the province.",
    ]
    for line in told:
        article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
        assert paragraphs(article) == [STORY, line, MORE], line


def test_a_vietnamese_caption_of_who_speaks_where():
    caption = "Đại sứ Việt Nam tại Hàn Quốc Nguyễn Văn An phát biểu"
    article = article_from_text(
        f"Hợp tác cảng biển\n\n{VI_STORY}\n\n{caption}\n\n{VI_MORE}\n"
    )
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert captions(article) == [caption]


def test_a_pictures_placeholder_text_after_a_dash_is_not_story():
    line = "Tăng cường hợp tác cảng biển giữa hai thành phố- Ảnh 1."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]


def test_a_caption_shown_twice_ends_at_its_credit_though_the_story_follows_at_once():
    caption = "At the reception. Photo: Example.vn"
    cut = (
        "About 150,000 people from the two cities work in the port, the officials said."
    )
    text = f"{HEAD}\n\n{STORY}\n\n{caption}\n{caption}\n{cut}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, cut, MORE]
    assert captions(article) == [caption]


def test_a_sites_name_shown_twice_is_not_the_headline():
    text = f"Portwatch\nPortwatch\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).title == HEAD


def test_a_strip_cell_and_a_wire_credits_second_line_are_not_story():
    text = (
        f"{HEAD}\n| SEOUL/HANOI, June 21\n\n{STORY}\n\n{MORE}\n\n"
        "(Reporting by Kim Min-ji in SEOUL and Le Hoa in HANOI;\nEditing by Jane Roe)\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


def test_a_lead_with_the_caption_right_under_it_stays_the_lead():
    lead = (
        "The president of the union received the new Korean ambassador on Monday morning "
        "at its offices in Hanoi."
    )
    caption = "The president of the union (left) and the Korean ambassador"
    article = article_from_text(f"{HEAD}\n\n{lead}\n{caption}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [lead, MORE, LAST]
    assert captions(article) == [caption]


def test_one_word_on_the_last_line_is_a_label_not_a_cut_off_sentence():
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nOthers")
    assert paragraphs(article) == [STORY, MORE]


def test_an_unended_caption_is_no_witness_of_how_the_page_ends_its_paragraphs():
    # three paragraphs that end their sentences, a caption of over 30 words and a last
    # paragraph cut off: the caption was one of five witnesses and tipped the page into
    # "does not end its sentences", so no unended caption on it was read as one
    caption = (
        "Member of the Central Committee, Provincial Party Secretary Mr. Tran Van Minh "
        "and Governor Park Sung-ho took commemorative photos with the two working groups "
        "at the hall of the provincial government"
    )
    cut = (
        "On behalf of the delegation, Secretary Tran Van Minh thanked the governor for "
        "taking the time to welcome them, and praised the cooperation between the two "
        "provinces, which has grown in trade, farming and the training of workers, and "
        "he said the province would send a larger group of firms to the fair that"
    )
    texts = [STORY, MORE, caption, LAST, cut]
    units = [Unit([Line(n, text)], alone=True) for n, text in enumerate(texts, 1)]
    assert plain.ends_its_sentences(units)
    # two long paragraphs cut off among three that end: the page does not end them
    assert not plain.ends_its_sentences(units[:2] + units[3:] + units[4:])


def test_a_latest_news_lists_teasers_are_not_story():
    """Under "Latest News", headlines and, right under some, a sentence teasing that
    story, down to the page's end: all the list's."""
    foot = (
        "Latest News\n"
        "Port operator names a new chief\n"
        "Shipyard wins a second order\n"
        "Ferry line opens a southern route\n"
        "A ferry line has opened a route to the southern islands, it said on Monday.\n"
        "Builder buys a design firm\n"
        "A builder has bought a design firm in a deal worth two million dollars.\n"
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n\n{foot}")
    assert paragraphs(article) == [STORY, MORE, LAST]
    teaser = "A builder has bought a design firm in a deal worth two million dollars."
    assert reasons(article)[teaser] == "related list"


def test_a_sentence_under_a_related_list_with_the_story_after_it_stays_story():
    """The story going on under a list: a sentence with another sentence under it is
    no teaser."""
    article = article_from_text(
        f"{HEAD}\n{STORY}\nRelated news\nPort operator names a new chief\n"
        f"Shipyard wins a second order\n{MORE}\n{LAST}\n"
    )
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_a_caption_twice_its_quotes_doubled_then_straight_is_one_caption():
    alt = "Ginseng said to come from Korea sells at ''crazy prices'' in markets"
    caption = 'Ginseng said to come from Korea sells at "crazy prices" in markets'
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{alt}\n\n{caption}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert captions(article) == [alt]


def test_a_paragraph_telling_what_a_caption_told_far_above_is_story():
    # the caption is a sentence of the story with its credit; the story tells it again
    # three paragraphs further down: that paragraph is story, not the caption again
    told = (
        "During the ceremony, the city presented certificates of merit to twelve firms "
        "for their contributions to the partnership."
    )
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{told} (Source: VNA)\n\n{MORE}\n\n{LAST}\n\n"
        f"Officials from both cities joined the ceremony in the afternoon.\n\n{told}\n"
    )
    assert captions(article) == [f"{told} (Source: VNA)"]
    assert paragraphs(article)[-1] == told


def test_a_caption_shown_again_far_below_with_and_then_without_its_credit_is_no_story():
    caption = "The new joint office opens beside the trade centre in the port district."
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{caption} (Photo: VNA)\n\n{MORE}\n\n{LAST}\n\n"
        f"Photos\n\n{caption} (Photo: VNA)\n\n{caption}\n"
    )
    assert caption not in paragraphs(article)


def test_a_short_korean_line_ended_on_a_noun_between_paragraphs_is_a_caption():
    caption = "각종 정보를 공유하며 성장을 도모하는 회의 시간."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{caption}\n\n{KO_MORE}\n")
    assert captions(article) == [caption]
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "line",
    [
        "수강 신청은 오는 30일까지 구청 홈페이지에서 받으며 수강료는 무료.",
        "업계는 수요가 더 늘 것으로 보고 있다는 분석.",
        "자세한 내용은 구청 홈페이지 참조.",
        "구청은 내년에 교실을 두 곳 더 열 예정.",
    ],
)
def test_a_korean_briefs_sentence_ended_on_a_noun_stays_story(line):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{line}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, line, KO_MORE]


def test_short_sentences_under_a_line_ending_in_a_colon_are_a_lists_items():
    intro = "Ngoài ra, hai bên cũng thống nhất các lĩnh vực hợp tác quan trọng khác, bao gồm:"
    items = [
        "Phát triển chung các chương trình giảng dạy tiếng Hàn.",
        "Trao đổi và đào tạo giảng viên, nhà nghiên cứu giữa hai bên.",
        "Tổ chức hội thảo học thuật và các sự kiện văn hóa.",
    ]
    body = "\n\n".join([VI_STORY, intro, *items, VI_MORE])
    article = article_from_text(f"Hai trường ký kết hợp tác\n\n{body}\n")
    assert paragraphs(article) == [VI_STORY, intro, *items, VI_MORE]
    assert captions(article) == []


def test_a_short_vietnamese_caption_between_long_paragraphs_is_still_one():
    caption = "Du khách tham quan phố cổ Hội An."
    body = "\n\n".join([VI_STORY, caption, VI_MORE, VI_STORY.replace("12/3", "13/3")])
    article = article_from_text(f"Hai trường ký kết hợp tác\n\n{body}\n")
    assert captions(article) == [caption]


def test_a_caption_under_a_line_ending_in_a_colon_is_still_a_caption():
    intro = VI_STORY[:-1] + ", ông nhấn mạnh:"
    caption = "Du khách tham quan gian hàng của doanh nghiệp Hàn Quốc."
    body = "\n\n".join([intro, caption, VI_MORE, VI_STORY.replace("12/3", "13/3")])
    article = article_from_text(f"Hai trường ký kết hợp tác\n\n{body}\n")
    assert caption in captions(article)


@pytest.mark.parametrize(
    "caption",
    [
        "Representatives of the agency and local officials standing on the new bridge.",
        "City leaders promote tourism in Busan.",
        "Students at a calligraphy class held at a university in Seoul. Photo:",
        "The delegates at the festival in Seoul (Photo:",  # the credit cut off
    ],
)
def test_more_captions_printed_as_plain_sentences(caption):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert captions(article) == [caption]


@pytest.mark.parametrize(
    "told",
    [
        "Representatives of the agency are standing by for more talks, officials said.",
        "The city promotes tourism in Busan every spring with a food fair.",
    ],
)
def test_story_sentences_like_those_captions_stay_story(told):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, told, MORE]


# --- a table's row: a credit in its cells, the lead in the last -------------------------


def test_a_lead_in_a_tables_last_cell_is_the_first_paragraph():
    lead = f"{KO_STORY} 양측은 이날 협약식에서 세부 계획을 발표했다."
    row = f"| | | ⓒ 한빛뉴스 - 부산 | | [한빛뉴스=김하늘 기자] {lead}"
    article = article_from_text(f"{KO_HEAD}\n\n{row}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [lead, KO_MORE]
    assert article.byline == "김하늘"


def test_a_data_tables_row_with_a_long_last_cell_stays_whole():
    row = (
        "| Nhon Trach 3 and 4 | PV Power | The two gas-fired plants near the city began "
        "commercial operation last year after long delays."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{row}\n\n{MORE}\n")
    assert row in paragraphs(article)


def test_a_long_story_line_ending_in_an_open_source_is_no_caption():
    line = (
        "Korea's exports to Vietnam reached 56 billion dollars in 2023, up 8 percent "
        "from a year earlier, the highest figure on record so far (Source:"
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert line in paragraphs(article)


def test_a_row_of_short_cells_is_no_lead():
    row = "| 홈 | 뉴스 | 국제 | 베트남 |"
    article = article_from_text(f"{KO_HEAD}\n\n{row}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_korean_sentence_told_in_the_past_under_a_picture_is_story():
    told = "지난 23일 본관 세미나실에서 열린 협약식에는 양교 총장과 이사장 등 관계자 20여 명이 참석했다."
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n20181024010100.jpg\n{told}\n\n{KO_MORE}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, told, KO_MORE]


def test_a_caption_shown_twice_keeps_the_cut_story_line_under_it_apart():
    caption = "Hai lãnh đạo trao đổi tại buổi làm việc với đoàn doanh nghiệp Hàn Quốc."
    cut = (
        "Đoàn doanh nghiệp sẽ ở lại thành phố thêm hai ngày để khảo sát các khu công "
        "nghiệp. Hai bên cũng thống nhất sẽ tổ chức một diễn đàn đầu tư vào cuối nă"
    )
    text = f"Tiếp đoàn Hàn Quốc\n\n{VI_STORY}\n\n{caption}\n{caption}\n{cut}"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, cut]
    assert captions(article) == [caption]


def test_a_paragraph_telling_a_caption_again_after_story_between_is_story():
    """A caption over the lead, the lead, then the caption's sentence without its credit:
    a story paragraph stands between, so the sentence is the story's, not the caption
    printed again under its picture."""
    told = (
        "After years of trying to build its own chip industry, the country is now "
        "courting foreign makers, and investment has surged."
    )
    article = article_from_text(
        f"{HEAD}\n\n{told} (Image source/Example Micron website)\n\n{STORY}\n\n{told}"
        f"\n\n{MORE}\n"
    )
    assert paragraphs(article) == [STORY, told, MORE]


def test_a_captions_text_right_under_it_is_still_the_caption_again():
    told = "Officials of both cities sign the agreement at the ceremony in Hanoi."
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{told} (Photo: VNA)\n\n{told}\n\n{MORE}\n"
    )
    assert paragraphs(article) == [STORY, MORE]


def test_a_name_under_the_last_picture_s_credit_signs_the_story():
    """ "Nguồn ảnh: …" under the last paragraph, then the reporter's name, then tags."""
    text = (
        f"Tân binh ghi bàn cho CLB Hàn Quốc\n\n{VI_STORY}\n\n{VI_MORE}\n"
        "Nguồn ảnh: Incheon United FC\nNhung Nguyễn\nTags\n"
    )
    article = article_from_text(text)
    assert article.byline == "Nhung Nguyễn"
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_a_place_under_the_last_picture_s_credit_signs_nothing():
    text = (
        f"Tân binh ghi bàn cho CLB Hàn Quốc\n\n{VI_STORY}\n\n{VI_MORE}\n"
        "Nguồn ảnh: Incheon United FC\nHàn Quốc\nTags\n"
    )
    assert article_from_text(text).byline is None
