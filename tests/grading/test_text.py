"""Words keep the writer's spelling: spans, quotes, stems and direction words."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from interviewer.core.grading.text import ASCII_WORD_RE, DIRECTION_WORDS, WORD_RE, Text, stem


def test_quote_returns_the_writers_own_text():
    text = Text.of("The Generator makes FAKE images!")
    assert text.quote(1, 3) == "Generator makes FAKE"
    assert text.words[1] == "generator"


def test_stems_of_inflections_agree():
    assert stem("reduce") == stem("reduces") == stem("reduced") == stem("reducing")
    assert stem("predicts") == stem("predicted") == stem("predicting")


def test_a_noun_of_action_shares_its_verbs_stem():
    # plain answers say what happens with a verb where a reference names it with a noun
    pairs = [
        ("compete", "competition"),
        ("predicts", "prediction"),
        ("generate", "generations"),
        ("normalize", "normalization"),
        ("normalise", "normalisation"),
        ("reduces", "reduction"),
        ("retrieve", "retrieval"),
        ("aligned", "alignment"),
        ("deploying", "deployment"),
    ]
    for verb, noun in pairs:
        assert stem(verb) == stem(noun), (verb, noun)
    # short words keep their ending: "action" is not "act", "segment" not "seg"
    assert stem("action") != stem("act")
    assert stem("segment") == "segment"
    assert stem("moment") == "moment"


def test_direction_words_know_their_opposites():
    assert stem("lower") in DIRECTION_WORDS[stem("higher")]
    assert stem("decoder") in DIRECTION_WORDS[stem("encoder")]


@given(st.text(max_size=300))
def test_every_span_points_at_a_word_of_the_text(value):
    text = Text.of(value)
    assert len(text.words) == len(text.spans) == len(text.stems)
    for (start, end), word in zip(text.spans, text.words, strict=True):
        assert 0 <= start < end <= len(text.raw)
        assert text.raw[start:end].strip()
        assert word


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=300))
@example("It's GPT-4's job: \x1b[31mdon't\x1b[0m mix non-x, human-like x_y 3.5'' tokens'")
def test_ascii_text_is_split_as_the_general_path_splits_it(value):
    # a word of another script after it sends the whole text down the general path (Text.of
    # reads ASCII text with ASCII_WORD_RE): the ASCII part keeps its words and their spans
    text = Text.of(value)
    general = Text.of(value + " é")
    assert general.words[-1] == "e" and general.spans[-1] == (len(value) + 1, len(value) + 2)
    assert (text.words, text.spans) == (general.words[:-1], general.spans[:-1])


@given(st.text(alphabet=st.sampled_from("abcdeinorst '’.ÉS"), max_size=120))
def test_remembered_canonical_stems_are_the_stems_read_through_the_thesaurus(value):
    canon = {"token": "word", "model": "network", "s": "x"}
    remembered: dict[str, str] = {"tokens": "word"}
    plain = Text.of(value, canon=canon)
    assert Text.of(value, canon=canon, canon_stems=remembered).stems == plain.stems
    assert Text.of(value, canon=canon, canon_stems=remembered).stems == plain.stems
    assert all(remembered[w] == s for w, s in zip(plain.words, plain.stems, strict=True))


def test_a_thesaurus_entry_is_read_the_same_with_and_without_remembering():
    canon = {"token": "word"}
    remembered: dict[str, str] = {}
    text = Text.of("Tokens, a token and tokenizers", canon=canon, canon_stems=remembered)
    assert text.stems[:4] == ["word", "a", "word", "and"]
    assert remembered["tokens"] == "word"


def test_a_non_prefix_joins_its_word_and_keeps_the_writers_spelling() -> None:
    text = Text.of("Runs are Non-Deterministic; non – x; nondeterministic; non deterministic.")
    assert text.words[:3] == ["runs", "are", "nondeterministic"]
    assert text.quote(2, 2) == "Non-Deterministic"
    assert "non" in text.words and "x" in text.words  # a dash with spaces joins nothing
    assert text.words.count("nondeterministic") == 2
    assert text.words[-2:] == ["non", "deterministic"]


_ASCII_TEXTS = st.text(alphabet=st.characters(max_codepoint=127), max_size=80) | st.lists(
    st.sampled_from(["it's", "o'", "'", "GPT-4", "x_y", "3.5", "don't", " ", "A1'b2", "''"]),
    max_size=12,
).map("".join)


@given(_ASCII_TEXTS)
def test_the_ascii_word_pattern_finds_what_the_word_pattern_finds_in_ascii(text):
    lowered = text.lower()
    fast = [m.span() for m in ASCII_WORD_RE.finditer(lowered)]
    assert fast == [m.span() for m in WORD_RE.finditer(lowered)]


def test_the_ascii_word_pattern_reads_my_own_sentence_as_the_word_pattern_does():
    text = "it's GPT-4's job: don't mix x_y and 3.5'' tokens'"
    assert Text.of(text).words == [m.group(0) for m in WORD_RE.finditer(text.lower())]
    assert Text.of(text).words[:3] == ["it's", "gpt", "4's"]


def test_comma_before_reads_the_gap_before_a_word():
    text = Text.of("In DreamBooth, the optimizer trains ,the weights")
    assert [text.comma_before(i) for i in range(len(text.words))] == [
        False,
        False,
        True,
        False,
        False,
        True,
        False,
    ]
