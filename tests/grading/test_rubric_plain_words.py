"""Rubric mode reads the plain wordings of plain_words.txt too: "one word at a time" for a
rubric whose aliases say "autoregressive", and the answer keeps the length it was written with."""

from __future__ import annotations

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader

QUESTION = Question(
    id="q",
    prompt="How does a chatbot write its reply?",
    reference_answers=(
        "It is autoregressive: it predicts the next token from the tokens before it, and a "
        "softmax turns the scores into a distribution.",
    ),
    concepts=(
        Concept("autoregressive", 3.0, ("autoregressive generation",)),
        Concept("softmax", 2.0, ("softmax over the vocabulary",)),
        Concept("sampling", 1.0, ("samples the next token",)),
    ),
)


def _grader() -> Grader:
    return Grader(Bank(id="t", title="t", version="1", questions=(QUESTION,)))


def test_a_plain_wording_of_an_aliases_term_is_credited_with_the_candidates_words():
    grade = _grader().grade(QUESTION, "It writes the reply one word at a time, left to right.")
    found = {m.concept: m.evidence for m in grade.matched}
    assert "autoregressive" in found
    assert any("one word at a time" in e for e in found["autoregressive"])


def test_the_plain_wording_said_in_the_negative_is_not_credited():
    grade = _grader().grade(QUESTION, "It is not one word at a time; it writes it whole.")
    assert "autoregressive" not in [m.concept for m in grade.matched]
    # denied in the candidate's own words
    assert [c.evidence for c in grade.contradictions] == [("one word at a time",)]


def test_scores_that_add_up_to_one_say_softmax():
    grade = _grader().grade(QUESTION, "The scores are turned into shares that add up to one.")
    assert "softmax" in [m.concept for m in grade.matched]


def test_an_answer_read_as_terms_keeps_its_written_length():
    grader = _grader()
    plain = "It picks each word one word at a time, from what came before, like autocomplete."
    said = next(p for p in grader.grade(QUESTION, plain).explanation if p.signal == "length")
    # the same answer with the run written as one other content word of no account
    other = "It picks each word slowly, from what came before, like autocomplete."
    shorter = next(p for p in grader.grade(QUESTION, other).explanation if p.signal == "length")
    assert said.value > shorter.value  # "one word at a time" counts as its two content words


def test_a_quote_counts_the_words_as_written():
    from interviewer.core.grading.plain_words import PlainWords
    from interviewer.core.grading.text import Text

    words = PlainWords.of("How does it write?", ["autoregressive"])
    text = words.read(Text.of("It writes one word at a time for you"))
    assert len(text.words) < 9  # the run "one word at a time" is read as one word
    assert text.written_size(0, len(text.words) - 1) == 9
    assert text.quote(0, len(text.words) - 1) == "It writes one word at a time for you"
