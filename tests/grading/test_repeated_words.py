"""Phrases that say a word twice ("token by token", "word after word", matching/phrases.py):
found only where the answer says the word twice close together, not at one mention of it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer, make_phrase, match_phrase
from interviewer.core.grading.text import STOP_WORDS, Text, thesaurus_map


def found(alias: str, answer: str) -> tuple[int, ...] | None:
    phrase = make_phrase(alias)
    assert phrase is not None
    match = match_phrase(phrase, Answer.of(Text.of(answer)))
    return None if match is None else match.positions


def test_a_word_said_twice_is_a_phrase_of_its_own():
    phrase = make_phrase("token by token")
    assert phrase is not None
    assert phrase.repeated == frozenset(Text.of("token").stems)


def test_it_is_found_where_the_answer_says_it_twice_and_quotes_both():
    assert found("token by token", "It writes its reply token by token.") == (4, 6)
    assert found("word after word", "The model writes word after word.") is not None


def test_one_mention_of_the_word_is_not_enough():
    assert found("token by token", "Each token is read once.") is None
    # said twice, but far apart: two mentions, not the pattern
    assert found("token by token", "The first token and the last token matter.") is None


def test_the_repeated_word_is_required_beside_the_phrases_other_words():
    assert found("step by step reasoning", "It shows step by step reasoning.") is not None
    assert found("step by step reasoning", "The reasoning takes one step.") is None


def test_a_concept_said_with_a_repeated_word_is_credited():
    question = Question(
        id="q",
        prompt="How does a language model write its answer?",
        reference_answers=("It generates one token at a time, each from the ones before.",),
        concepts=(Concept("autoregressive", 3.0, ("word by word",)),),
    )
    grader = Grader(Bank(id="t", title="t", version="1", questions=(question,)))
    said = grader.grade(question, "It writes the reply word by word, left to right.")
    assert "autoregressive" in [m.concept for m in said.matched]
    evidence = next(m.evidence for m in said.matched if m.concept == "autoregressive")
    assert any("word by word" in e for e in evidence)
    once = grader.grade(question, "It writes the whole reply, choosing each word with care.")
    assert "autoregressive" not in [m.concept for m in once.matched]


_FRAME = frozenset(Text.of("It goes then here").stems)
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=10).filter(
    lambda w: w not in STOP_WORDS and not set(Text.of(w).stems) & _FRAME
)


@given(words, st.sampled_from(["by", "after", "to"]), st.sampled_from(["", "then "]))
def test_any_word_said_twice_is_found_only_as_said_twice(word, joint, before):
    alias = f"{word} {joint} {word}"
    assert found(alias, f"It goes {before}{alias} here.") is not None
    assert found(alias, f"It goes {before}{word} here.") is None


def test_two_words_of_one_thesaurus_group_are_no_word_said_twice():
    canon = thesaurus_map([["code", "coding", "programming"]])
    phrase = make_phrase("programming code for tests", canon=canon)
    assert phrase is not None
    assert phrase.repeated == frozenset()
    match = match_phrase(phrase, Answer.of(Text.of("It writes code for tests.", canon=canon)))
    assert match is not None


def test_a_word_said_twice_is_kept_when_the_question_names_the_word():
    asked = frozenset(Text.of("What is a token?").stems)
    phrase = make_phrase("token by token", asked)
    assert phrase is not None
    assert phrase.repeated == frozenset(Text.of("token").stems)
    # said once, the question's word is still not required
    other = make_phrase("token budget limit", asked)
    assert other is not None
    assert [t[0] for t in other.tokens] == ["budget", "limit"]
