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


def test_cant_and_wont_without_apostrophes_are_the_contractions_unless_a_noun():
    text = Text.of("It cant tell whose orders are real, as is their wont, and wont stop")
    correct_stop_words(text)
    assert [text.words[i] for i in (1, 10, 12)] == ["can't", "wont", "won't"]
    assert [text.words[i] for i in text.content] == [
        "tell",
        "whose",
        "orders",
        "real",
        "wont",
        "stop",
    ]
    assert text.quote(1, 1) == "cant"  # the evidence is what was typed
    plain = Text.of("the cant of the trade")
    correct_stop_words(plain)
    assert plain.words[1] == "cant"


def test_a_cant_without_its_apostrophe_still_denies(genai, genai_grader):
    question = genai.get("genai-057")
    answer = (
        "The assistant {} tell whose orders are real: the attacker sneaks orders into the text."
    )
    with_apostrophe = genai_grader.grade(question, answer.format("can't"))
    without = genai_grader.grade(question, answer.format("cant"))
    assert without.score == with_apostrophe.score
    assert [m.concept for m in without.matched] == [m.concept for m in with_apostrophe.matched]
    assert "instructions mixed with data" in [m.concept for m in without.matched]


@given(
    st.lists(
        st.sampled_from(["cant", "wont", "the", "their", "it", "model", "a", "tell"]), max_size=8
    )
)
def test_a_bare_contraction_is_only_cant_or_wont_and_never_after_a_determiner(words):
    from interviewer.core.grading.typos import NOUN_MARKERS, bare_contraction

    for i, word in enumerate(words):
        right = bare_contraction(words, i)
        if right is not None:
            assert word in ("cant", "wont") and right == word[:-1] + "'t"
            assert i == 0 or words[i - 1] not in NOUN_MARKERS
        elif word in ("cant", "wont"):
            assert i > 0 and words[i - 1] in NOUN_MARKERS
