"""Typos read as the word meant, and never a real word read as another: misspelt function words,
letters doubled or dropped in short words, the English word list that guards them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading.english_words import english_words, is_english
from interviewer.core.grading.text import STOP_WORDS, Text
from interviewer.core.grading.typos import (
    closest_each,
    correct_stop_words,
    misspelt_stop_word,
)


def test_the_english_word_list_is_lower_case_words_and_holds_common_and_british_ones():
    words = english_words()
    assert len(words) > 50_000
    assert all(w.isalpha() and w.islower() and len(w) >= 3 for w in list(words)[:2000])
    assert is_english("nose") and is_english("modal") and is_english("colour")
    assert not is_english("thhey") and not is_english("jsson")


def test_a_misspelt_function_word_is_read_as_the_function_word():
    for typo, meant in [
        ("thhey", "they"),
        ("yuo", "you"),
        ("liek", "like"),
        ("teh", "the"),
        ("wiht", "with"),
        ("doesnt", "doesn't"),
        ("becuase", "because"),
    ]:
        assert misspelt_stop_word(typo) == meant, typo


def test_no_real_word_or_unlikely_typo_is_read_as_a_function_word():
    # English words, a substitution of a key far from the right one, two letters
    for word in ("then", "thy", "nose", "cnn", "fo", "tw", "gans", "mse", "x86"):
        assert misspelt_stop_word(word) is None, word


def test_correcting_function_words_keeps_acronyms_bank_words_and_the_typed_evidence():
    text = Text.of("Thhey combine text wiht images; AHD and vae stay")
    correct_stop_words(text, frozenset({"vae"}))
    assert text.words[:4] == ["they", "combine", "text", "with"]
    assert [text.words[i] for i in text.content] == [
        "combine",
        "text",
        "images",
        "ahd",
        "vae",
        "stay",
    ]
    assert text.quote(0, 0) == "Thhey"  # the evidence is what was typed


def test_a_short_word_with_a_letter_doubled_or_dropped_is_its_typo_unless_it_is_a_word():
    choices = ["jsson", "modal", "modl", "nose"]
    assert closest_each(["json", "model", "noise"], choices, "choices") == [
        ("jsson", 80.0),  # a letter doubled
        ("modl", 80.0),  # a letter dropped; "modal" is an English word, no typo of "model"
        None,  # "nose" is a word
    ]
    assert closest_each(["jsson", "modal"], ["json", "model"]) == [("json", 80.0), None]


def test_a_doesnt_without_its_apostrophe_still_denies(genai, genai_grader):
    question = genai.get("genai-001")
    with_apostrophe = genai_grader.grade(question, "Generative AI doesn't create new content.")
    without = genai_grader.grade(question, "Generative AI doesnt create new content.")
    assert without.score == with_apostrophe.score
    assert [m.concept for m in without.matched] == [m.concept for m in with_apostrophe.matched]


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz'", max_size=12))
def test_a_misspelt_function_word_is_one_and_never_an_english_word(word):
    meant = misspelt_stop_word(word)
    if meant is not None:
        assert meant in STOP_WORDS and meant[0] == word[0] and not is_english(word)


def test_a_short_word_struck_on_a_neighbouring_key_is_its_typo_unless_it_is_a_word():
    # "beaj": j is beside m; "beak" is a word, and "bead" a word too: never "beam"
    assert closest_each(["beam"], ["beaj", "beak"], "choices") == [("beaj", 75.0)]
    assert closest_each(["beam"], ["beap"], "choices") == [None]  # p is far from m


def test_an_inflected_typo_takes_the_stem_of_the_word_it_misspells():
    from interviewer.core.grading.typos import correct_typos

    vocabulary = {"task": "task", "cover": "cover"}
    text = Text.of("It adapts to taasks, coveering the range; tasks are covered")
    fixes: dict[str, str | None] = {}
    correct_typos(text, vocabulary, sorted(vocabulary), frozenset(vocabulary.values()), fixes)
    assert text.stems[3] == "task" and text.stems[4] == "cover"
    assert fixes["taasks"] == "task" and fixes["coveering"] == "cover"
