"""Plain multi-word phrases are read as the field term they mean (phrase54, issue 8).

The one-word thesaurus reads "guess the hidden words" as guess + hidden + words; plain_words.txt
now lists phrase-level wordings of machine-learning terms, read wherever the answer key names the
term. The grading cases are on tunable questions and each failed before the table learned the
phrase (grader 3.38, 21cee9a).
"""

from __future__ import annotations

import pytest

from interviewer.core.grading.plain_words import PlainWords
from interviewer.core.grading.text import Text


def _read(key: str, answer: str, prompt: str = "What is BERT?") -> list[str]:
    return PlainWords.of(prompt, [key]).read(Text.of(answer)).words


@pytest.mark.parametrize(
    ("key", "answer", "term"),
    [
        (
            "BERT is trained with masked language modeling.",
            "It learns to guess the hidden words.",
            "masked",
        ),
        ("Stemming maps words to a stem.", "A stemmer chops off word endings.", "stemming"),
        (
            "GANs can suffer mode collapse.",
            "It makes the same few images over and over.",
            "collapse",
        ),
        (
            "Attention is quadratic in length.",
            "The cost grows with the square of the length.",
            "quadratic",
        ),
        ("RLHF risks reward hacking.", "The policy learns to game the reward model.", "hacking"),
        ("Greedy decoding takes the argmax.", "It always picks the most likely word.", "greedy"),
    ],
)
def test_a_plain_phrase_is_read_as_the_key_term(key, answer, term):
    assert term in _read(key, answer)


def test_a_negation_before_the_phrase_stays():
    words = _read(
        "GANs can suffer mode collapse.", "It does not make the same few images over and over."
    )
    assert "not" in words[: words.index("mode")]  # "does not make the mode collapse"


def test_the_phrase_is_not_read_where_the_key_lacks_the_term():
    answer = "It learns to guess the hidden words."
    assert _read("BERT is an encoder trained on books.", answer) == Text.of(answer).words


def test_the_question_s_own_term_is_not_read():
    # the prompt names the term: its plain wording is the answer's content, not a question word
    words = _read(
        "Masked language modeling hides tokens.",
        "It learns to guess the hidden words.",
        prompt="What is masked language modeling?",
    )
    assert "masked" not in words


@pytest.mark.parametrize(
    ("question_id", "answer", "concept"),
    [
        (
            "genai-075",
            "In deep networks the gradients shrink to nothing on the way back to the early layers.",
            "vanishing gradients",
        ),
        (
            "genai-033",
            "Instead of always taking the most likely word, beam search keeps several partial "
            "sentences and returns the best one.",
            "greedy decoding",
        ),
    ],
)
def test_a_plain_phrase_credits_its_concept(genai, genai_grader, question_id, answer, concept):
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert concept in {m.concept for m in grade.matched}, grade.missed
    assert not grade.contradictions and not grade.misconceptions
