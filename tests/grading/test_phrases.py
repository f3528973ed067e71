"""Phrases (matching/phrases.py): which words of an alias must be found, and when a phrase says
nothing at all."""

from __future__ import annotations

from interviewer.core.bank import Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import make_phrase
from interviewer.core.grading.text import Text


def stems(text: str) -> frozenset[str]:
    return frozenset(Text.of(text).stems)


def test_the_questions_words_are_not_required():
    phrase = make_phrase("scaled dot-product attention", stems("What is attention?"))
    assert phrase is not None
    assert [t[0] for t in phrase.tokens] == ["scaled", "dot", "product"]


def test_a_phrase_left_with_one_word_by_the_question_says_nothing():
    # "adversarial training" asked about adversarial networks would shrink to "training"
    drop = stems("What is adversarial learning in GANs?")
    assert make_phrase("adversarial training", drop) is None


def test_a_concepts_own_name_shrunk_to_one_word_is_matched_whole():
    drop = stems("What is LoRA (Low-Rank Adaptation)?")
    phrase = make_phrase("low-rank matrices", drop, whole_if_shrunk=True)
    assert phrase is not None
    assert [t[0] for t in phrase.tokens] == ["low", "rank", "matrices"]


def test_a_name_made_only_of_the_questions_words_still_says_nothing():
    drop = stems("What is LoRA (Low-Rank Adaptation)?")
    assert make_phrase("low-rank adaptation", drop, whole_if_shrunk=True) is None


def test_a_concept_named_with_the_questions_words_is_credited_when_said_whole():
    question = Question(
        id="q",
        prompt="What is LoRA (Low-Rank Adaptation)?",
        reference_answers=("LoRA freezes the weights and trains two low-rank matrices.",),
        concepts=(
            Concept("low-rank matrices", 3.0, ("two thin matrices",)),
            Concept("frozen weights", 2.0, ("freezes the weights",)),
        ),
    )
    grader = Grader(questions=[question])
    said = grader.grade(question, "It keeps the model frozen and learns small low-rank matrices.")
    assert "low-rank matrices" in [m.concept for m in said.matched]
    restated = grader.grade(question, "LoRA means low-rank adaptation of a model.")
    assert "low-rank matrices" not in [m.concept for m in restated.matched]


def test_an_alias_that_rests_on_a_counting_word_keeps_it():
    """'one copy' is not 'copy': a wrong answer that gives each adapter 'its own full copy'
    of the model was credited with 'one shared base model' (found playing the app)."""
    question = Question(
        id="q",
        prompt="How can a deployment serve many LoRA adapters?",
        reference_answers=("Keep one copy of the base model and apply adapters per request.",),
        concepts=(Concept("one shared base model", 3.0, ("one copy",)),),
    )
    grader = Grader(questions=[question])
    wrong = grader.grade(question, "Each adapter needs its own full copy of the base model.")
    assert "one shared base model" not in [m.concept for m in wrong.matched]
    right = grader.grade(question, "Keep a single deployment with one copy of the weights.")
    assert "one shared base model" in [m.concept for m in right.matched]
