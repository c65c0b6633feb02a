"""A hard-wrapped copy of a print page that sets each paragraph's first line short, as
the page indented it ("Speaking at the launch of the fair, Deputy Mayor" / "Tran Van Binh said …"):
the short line opens a paragraph and the lines under it go on with it, up to the next
full stop that ends a line; a short line ending in a colon ("The plan has" / "three
parts:") opens the items under it. Every text is invented; each test keeps only the
shape of one rule."""

from __future__ import annotations

from builders import HEAD, article_from_text, paragraphs

# a paragraph's lines: the first one short, the others filled to about 78 columns
OPENED = [
    [
        "A delegation of 40 firms from Gwangju arrived in Can Tho on Monday to look",
        "for partners in food processing, the city's investment office said on",
        "Tuesday.",
    ],
    [
        "Speaking at the launch of the fair, Deputy Mayor",
        "Tran Van Binh said the city would set aside land near the river port for",
        "cold storage and packing plants run jointly by firms of the two sides, and",
        "that the province would build a road from the port to the new highway.",
    ],
    [
        "Director of the Gwangju trade office in Hanoi Lee",
        "Min-ho said his members were ready to open two plants before the end of",
        "next year, to train local technicians in Korea and to buy rice, fruit and",
        "shrimp from cooperatives in the province for their factories at home.",
    ],
    [
        "The two sides also agreed to hold",
        "a trade fair in Can Tho every spring, with stands for farm machinery, seeds",
        "and packaging, and to invite buyers from other provinces of the delta.",
    ],
]


def _joined(lines: list[str]) -> str:
    return " ".join(lines)


def test_short_first_lines_open_the_paragraphs_of_a_wrapped_copy():
    text = HEAD + "\n\n" + "\n".join(line for block in OPENED for line in block) + "\n"
    assert paragraphs(article_from_text(text)) == [_joined(b) for b in OPENED]


def test_a_short_line_ending_in_a_colon_opens_the_items_under_it():
    items = [
        [
            "The plan has",
            "three parts:",
        ],
        [
            '"a) The city leases land near the port to the joint plants for thirty',
            "years at a rate fixed in the first year, and builds the road and the power",
            "line to the plants before they open.",
        ],
        [
            "b) The firms train local technicians and hire",
            "them for at least five years after the plants open, as the plan says.",
        ],
    ]
    lines = [line for block in [*OPENED, *items] for line in block]
    text = HEAD + "\n\n" + "\n".join(lines) + "\n"
    assert paragraphs(article_from_text(text)) == [
        _joined(b) for b in [*OPENED, *items]
    ]


def test_a_short_subheading_over_a_wrapped_paragraph_stays_its_own():
    # a heading's line ends no sentence, but the line under it opens in a capital
    lines = [
        *OPENED[0],
        "Land by the river port",
        *OPENED[1][1:],
        *OPENED[2][1:],
    ]
    got = paragraphs(article_from_text(HEAD + "\n\n" + "\n".join(lines) + "\n"))
    assert _joined(OPENED[0]) in got
    assert "Land by the river port" not in " ".join(got)
