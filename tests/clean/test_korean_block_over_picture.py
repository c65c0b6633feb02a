"""A Korean headline block that opens the page over a picture: the headline, then more
deck lines than a headline usually carries (the day's meeting, what each side said),
then the picture's caption, then the story. The top line is the headline. Every text
here is invented."""

from __future__ import annotations

from builders import article_from_text, paragraphs

HEAD = "도지사, 베트남 성 대표단 만나 농업·관광 협력 논의"
DECKS = (
    "9일(목) 도지사-베트남 성 인민위원장 면담\n"
    '도지사 "우리 도는 스마트농업 경험 나눌 가장 가까운 동반자"\n'
    '도지사 "도내 기업의 관광단지 사업 참여에 관심 부탁"\n'
    '인민위원장 "자매결연 체결 등 교류 확대 기대…청년 연수도 지원"'
)
CAPTION = "도지사가 9일(목) 오후 도청 접견실에서 베트남 성 인민위원장과 악수하고 있다.(사진=도청 홍보팀)"
STORY = (
    "도지사는 9일(목) 오후 도청 접견실에서 베트남 성 인민위원장을 만나 농업 기술 "
    "협력, 관광단지 개발, 청년 교류 확대 등에 대해 의견을 나눴다."
)
MORE = (
    '도지사는 "두 지역은 20년 넘게 교류하며 서로의 가장 가까운 이웃이 됐다"며 '
    '"앞으로 농업과 관광에서 더 큰 성과를 내자"고 말했다.'
)


def test_the_top_line_of_a_long_block_over_a_picture_is_the_headline():
    text = f"\n{HEAD}\n{DECKS}\n{CAPTION}\n{CAPTION}\n{STORY}\n{MORE}\n"
    article = article_from_text(text)
    assert article.metadata.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


def test_a_long_block_right_over_the_story_keeps_its_marked_headline():
    # decks stacked over the headline, which joins two clauses and stands over the story
    head = "베트남 성 대표단 방문…농업·관광 협력 논의"
    decks = "도지사와 인민위원장 면담\n스마트농업 경험 공유\n청년 연수 지원 약속"
    article = article_from_text(f"{decks}\n{head}\n{STORY}\n\n{MORE}\n")
    assert article.metadata.title == head
