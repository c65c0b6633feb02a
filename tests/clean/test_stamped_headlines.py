"""Other stories listed under the story, each line opening with the time it was posted
glued to its headline ("2024-03-02 09:15:20[연재] …"): the list's, to the page's end; a
single story line opening with a time stays. Every text is invented."""

from __future__ import annotations

from builders import (
    HEAD,
    KO_HEAD,
    KO_MORE,
    KO_STORY,
    LAST,
    MORE,
    STORY,
    article_from_text,
    paragraphs,
)

KO_LAST = "양국 관계자들은 연말까지 더 넓은 협정을 맺기를 바란다고 말했다."
STAMPED = [
    "[총선 2024] 박지훈 “지역 경제 살린다”…교통 공약 발표",
    "2024-03-02 09:15:20[연재] 바닷가 마을의 하루… ‘작은 배’ vs ‘큰 꿈’",
    "2024-03-02 08:40:11ABC “서비스 장애 없었다”…원인 조사엔 “곧 결과 나올 것”",
    "2024-03-01 22:05:31부산 항만, 야간 하역 늘려… 물류업계 반겨",
    "2024-03-01 21:50:02",
]


def test_headlines_opening_on_their_posting_time_under_a_korean_story_are_no_story():
    text = "\n".join([KO_HEAD, KO_STORY, KO_MORE, KO_LAST, *STAMPED]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]


def test_an_english_list_of_stamped_headlines_goes_too():
    listed = [
        "2024-03-02 09:15 Port city adds night flights to Seoul",
        "2024-03-01 18:02 Coffee growers meet buyers from Busan",
    ]
    text = "\n\n".join([HEAD, STORY, MORE, LAST, *listed]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_one_last_paragraph_opening_on_a_time_stays():
    # a live report's last entry: one line, no list of them
    last = (
        "2024-03-02 09:15 The two mayors signed the agreement in front of reporters"
        " and said the office would open its doors on Monday."
    )
    text = "\n\n".join([HEAD, STORY, MORE, last]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, last]


LIVE_LEAD = (
    "Typhoon Mira reached the coast of Quang Ninh province on Saturday afternoon,"
    " bringing winds of up to 150 km/h, the national weather agency said."
)


def test_a_live_blog_s_stamped_entries_ending_sentences_stay():
    entries = [
        "2024-09-07 16:40 Power is out across much of Ha Long city, the utility says.",
        "2024-09-07 15:55 Tourists stranded at the airport have been moved to a hotel,"
        " the embassy in Hanoi says.",
        "2024-09-07 15:10 The storm's eye crossed the coastline near Cam Pha,"
        " according to the weather agency.",
    ]
    follow = "Follow our live updates below."
    text = "\n\n".join([HEAD, LIVE_LEAD, follow, *entries]) + "\n"
    assert paragraphs(article_from_text(text)) == [LIVE_LEAD, follow, *entries]


def test_korean_stamped_entries_ending_sentences_stay():
    entries = [
        "2024-09-07 16:40 하롱시 대부분 지역에 전기가 끊겼다고 현지 전력회사가 밝혔다.",
        "2024-09-07 15:55 공항에 발이 묶인 한국인 관광객들은 인근 호텔로 옮겨졌다.",
    ]
    text = "\n".join([KO_HEAD, KO_STORY, KO_MORE, *entries]) + "\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE, *entries]
