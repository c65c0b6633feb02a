"""Agreements, initiatives and events written in lower case are proposed, with a topic only."""

import pytest
from builders import matcher_with, proposed_names
from dossier.recognize.candidates.lowercase import lower_case_names


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "The cities signed a memorandum of understanding on urban planning on Monday.",
            "memorandum of understanding on urban planning",
            "agreements",
        ),
        (
            "Both sides set up a working group on smart traffic control and trade.",
            "working group on smart traffic control",
            "initiatives",
        ),
        (
            "Delegates met at the 2024 tourism and culture forum in Hanoi.",
            "2024 tourism and culture forum",
            "events",
        ),
        (
            "Seoul and Hanoi held a vice ministerial strategic dialogue in June.",
            "vice ministerial strategic dialogue",
            "events",
        ),
        (  # the parties' names, the kind of meeting in lower case
            "The Laos-Korea trade forum, held in Busan, drew 300 firms.",
            "Laos-Korea trade forum",
            "events",
        ),
        (
            "He spoke at the Vietnam-Korea Joint Logistics forum in June.",
            "Vietnam-Korea Joint Logistics forum",
            "events",
        ),
    ],
)
def test_a_lower_case_name_with_a_topic_is_proposed(sentence, name, kind):
    assert [(n, k) for n, k, _, _ in lower_case_names(sentence)] == [(name, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement on Monday was welcomed.",
        "A three-day cultural festival opened.",
        "They held a very good and friendly dialogue.",
        "One of the key highlights of the roundtable was a talk.",
        "Hue will host a Korean-Vietnamese lantern festival.",  # one of many
        # the parties alone, or words no topic's, before the kind
        "Leaders will meet at the Korea-Vietnam summit in Hanoi.",
        "Hue will host the Korean-Vietnamese lantern festival.",
        "He praised the Korea-Vietnam partnership during summit talks.",
        "Officials said the Hanoi-Busan flights fair opened.",
    ],
)
def test_a_phrase_that_names_nothing_is_not_proposed(sentence):
    assert list(lower_case_names(sentence)) == []


def test_the_capitalised_words_of_a_lower_case_name_are_not_proposed_alone(tmp_path):
    text = "He spoke at the Vietnam-Korea Joint Logistics forum in June."
    names = proposed_names(matcher_with(tmp_path), text)
    assert names["Vietnam-Korea Joint Logistics forum"] == "events"
    assert "Vietnam-Korea Joint Logistics" not in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a topic of six words: the noun its adjective qualifies is the topic's
        (
            "In 2009 the towns signed a memorandum of understanding (MoU) on the"
            " opening of the joint laboratory, giving each a seat.",
            "memorandum of understanding (MoU) on the opening of the joint laboratory",
        ),
        # a clause after the topic is no part of it
        (
            "They signed an agreement on the use of the shared harbour that will"
            " take effect in May.",
            "agreement on the use of the shared harbour",
        ),
    ],
)
def test_an_agreements_topic_of_six_words_is_read_whole(sentence, name):
    assert [n for n, _, _, _ in lower_case_names(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the verb after the topic is no word of it
        (
            "Officials said the agreement on the exchange of customs officers takes"
            " effect in May.",
            "agreement on the exchange of customs officers",
        ),
        (
            "Both sides noted that the agreement on the recruitment of farm workers"
            " covers 12 provinces.",
            "agreement on the recruitment of farm workers",
        ),
        (
            "He said the memorandum of understanding on the training of skilled"
            " welders expires next year.",
            "memorandum of understanding on the training of skilled welders",
        ),
        (
            "They reached an agreement on the export of fresh mangosteen allowing"
            " direct shipments.",
            "agreement on the export of fresh mangosteen",
        ),
    ],
)
def test_a_word_after_an_agreements_topic_of_five_is_no_part_of_it(sentence, name):
    assert [n for n, _, _, _ in lower_case_names(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a verb after a plural noun, in the past or in the present
        (
            "Officials said the agreement on the exchange of police officers expired"
            " in May.",
            "agreement on the exchange of police officers",
        ),
        (
            "Officials said the treaty on the extradition of criminal suspects came"
            " into force in 2003.",
            "treaty on the extradition of criminal suspects",
        ),
        (
            "Officials said the pact on the exchange of military cadets began last"
            " year.",
            "pact on the exchange of military cadets",
        ),
        # a verb after a noun in the singular
        (
            "Officials said the memorandum on the protection of foreign investment"
            " expires next year.",
            "memorandum on the protection of foreign investment",
        ),
        (
            "Officials said the agreement on the export of fresh durian starts on"
            " Monday.",
            "agreement on the export of fresh durian",
        ),
        # an adverb or a pronoun opening the next clause
        (
            "Officials praised the agreement on the export of fresh durian recently"
            " signed by both sides.",
            "agreement on the export of fresh durian",
        ),
        (
            "Officials praised the agreement on the exchange of young nurses now in"
            " force.",
            "agreement on the exchange of young nurses",
        ),
        (
            "Officials praised the agreement on the exchange of university students"
            " they signed last year.",
            "agreement on the exchange of university students",
        ),
        # a plural noun within a topic of six words is no verb
        (
            "They signed an agreement on the mutual recognition of customs procedures.",
            "agreement on the mutual recognition of customs procedures",
        ),
        (
            "They signed an agreement on the joint training of logistics experts.",
            "agreement on the joint training of logistics experts",
        ),
    ],
)
def test_a_verb_adverb_or_pronoun_after_an_agreements_topic_is_no_part_of_it(
    sentence, name
):
    assert [n for n, _, _, _ in lower_case_names(sentence)] == [name]
