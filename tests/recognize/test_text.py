from dossier.text import fold, name_key, normalize, sentences, slugify, strip_marks


def test_fold_removes_vietnamese_diacritics_and_case():
    assert fold("Tô Lâm") == fold("To Lam") == "to lam"
    assert fold("Lương Cường") == "luong cuong"


def test_d_with_stroke_folds_by_hand():
    assert fold("Đà Nẵng") == "da nang"
    assert strip_marks("Bùi Thanh Sơn") == "Bui Thanh Son"


def test_an_old_encodings_eth_folds_as_d_with_stroke():
    # text converted from an old Vietnamese encoding writes Đ as the eth Ð
    assert fold("Ðà Lạt") == fold("Đà Lạt") == "da lat"
    assert name_key("Ðồng Nai") == name_key("Đồng Nai")


def test_hangul_survives_folding():
    assert fold("오세훈") == "오세훈"


def test_slugs_follow_the_design():
    assert slugify("Tô Lâm") == "to-lam"
    assert slugify("Ho Chi Minh City") == "ho-chi-minh-city"
    # a name in Hangul is spelt out in Latin letters, never an empty address
    assert slugify("피멕스베트남") == "pimegseubeteunam"
    assert slugify("한국-베트남 자유무역협정") == "hangug-beteunam-jayumuyeoghyeobjeong"
    assert slugify("Hanoi People’s Committee") == "hanoi-peoples-committee"
    assert (
        slugify("Seoul Beauty Promotion & Experience Center")
        == "seoul-beauty-promotion-and-experience-center"
    )


def test_normalize_makes_nfc_unix_lines_without_invisible_characters():
    decomposed = "To\u0302 La\u0302m"
    assert normalize(decomposed) == "Tô Lâm"
    assert normalize("a\r\nb\rc") == "a\nb\nc"
    assert normalize("Tô\u200b Lâm") == "Tô Lâm"


def test_possessives_share_the_key_of_the_name():
    assert name_key("Seoul’s") == name_key("Seoul's") == name_key("Seoul") == ("seoul",)
    assert name_key("Hanoi People’s Committee") == ("hanoi", "people", "committee")


def test_sentences_do_not_break_after_abbreviations():
    text = "Mr. To Lam met President Lee. He said the U.S. was far. “Great country.” Then they left."
    found = [text[a:b] for a, b in sentences(text)]
    assert found == [
        "Mr. To Lam met President Lee.",
        "He said the U.S. was far.",
        "“Great country.”",
        "Then they left.",
    ]


def test_sentences_read_the_word_before_a_stop_after_a_long_run_of_abbreviations():
    """The word before each stop is read from the few characters before it: after a run
    of abbreviations that ends no sentence, and after a word longer than that window."""
    run = "Mr. " * 3000 + "Kim spoke."
    long_word = "X" * 80 + "no. Then Dr. Lee left."
    text = f"{run} Then Dr. Lee left. {long_word}"
    found = [text[a:b] for a, b in sentences(text)]
    assert found == [run, "Then Dr. Lee left.", "X" * 80 + "no.", "Then Dr. Lee left."]


def test_tokens_end_at_the_last_word_whatever_marks_follow_it():
    """Only the text up to the last word is searched: a run of marks after it changes no
    token (the tokens of a long run of brackets are read in one pass)."""
    from dossier.text import token_spans

    text = "Seoul’s bank (KEB) met Hà Nội"
    for tail in ("", ".", " ((", "…”)" * 500):
        keys, starts, ends = token_spans(text + tail)
        assert keys == ["seoul", "bank", "keb", "met", "ha", "noi"]
        assert [text[a:b] for a, b in zip(starts, ends, strict=True)] == [
            "Seoul’s",
            "bank",
            "KEB",
            "met",
            "Hà",
            "Nội",
        ]
    assert token_spans("(" * 1000) == ([], [], [])
