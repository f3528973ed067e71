"""Plain words for three responsible-AI terms (plain_words.txt, under66, issue 8): "who is
responsible" for accountability, "open (upfront, honest) with users" or "tell users they are
talking to an AI" for transparency, "a person in charge" or "a human has the final say" for
human oversight.

Each line is read only where an answer key names the term (the rubric's concept names and
aliases: genai-019, 136, 139 and 135 name them). The plain sentences were written blind from
the prompts (plain_probes66pa pp66-011 and pp66-012 say them) and none was credited with the
concept before the lines (checked on 5f466cb8: every CREDITED case fails there); the wrong
sentences beside them say the same words denied, and are not credited."""

from __future__ import annotations

import pytest
from graded import assert_credited_in_own_words, matched_concepts

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.plain_words import PlainWords
from interviewer.core.grading.text import Text

CREDITED = [
    (
        "genai-139",
        "Keep a person in charge of important decisions and set clear rules about who is "
        "responsible when something goes wrong.",
        "accountability",
        "who is responsible",
    ),
    (
        "genai-135",
        "In a hospital a person in charge still makes the call on what the scan shows.",
        "human oversight",
        "person in charge",
    ),
    (
        "genai-139",
        "Be open with users that they are talking to an AI and explain what it can and cannot do.",
        "transparency",
        "open with users",
    ),
    (
        "genai-139",
        "You should tell users they are dealing with an AI and check the data for unfair results.",
        "transparency",
        "tell users they are dealing with an AI",
    ),
    (
        "genai-139",
        "Test it with many kinds of users, and be upfront with users about what it cannot do.",
        "transparency",
        "upfront with users",
    ),
    (
        "genai-136",
        "People worry about bias and privacy, and about whether anyone knows who is responsible "
        "when a model causes harm.",
        "transparency and accountability",
        "who is responsible",
    ),
    (
        "genai-019",
        "Filter what goes in and out, and for important decisions a human has the final say.",
        "human oversight",
        "human has the final say",
    ),
]
"""(question, plain answer, concept, the plain words quoted as its evidence)."""

NOT_CREDITED = [
    (
        "genai-139",
        "There is no need to tell users they are talking to an AI; what matters is speed.",
        "transparency",
    ),
    (
        "genai-139",
        "You do not need a person in charge of its decisions once it has been tested.",
        "human oversight",
    ),
]
"""Wrong answers with the same plain words denied."""


@pytest.mark.parametrize(("question", "answer", "concept", "quoted"), CREDITED)
def test_a_plain_wording_of_a_responsible_ai_term_credits_the_concept(
    question: str, answer: str, concept: str, quoted: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(question), answer)
    assert_credited_in_own_words(grade, concept, quoted)


@pytest.mark.parametrize(("question", "answer", "concept"), NOT_CREDITED)
def test_the_plain_wording_denied_is_not_credited(
    question: str, answer: str, concept: str, genai: Bank, genai_grader: Grader
) -> None:
    assert concept not in matched_concepts(genai_grader.grade(genai.get(question), answer))


def test_who_is_responsible_is_read_only_where_the_key_names_accountability() -> None:
    """A key that never says accountability keeps the answer's words as written."""
    said = Text.of("The team lead is who is responsible for the release")
    other = PlainWords.of("Who ships the release?", ["The team lead ships it on Friday."])
    assert other.read(said).words == said.words
    key = PlainWords.of("Who ships the release?", ["Clear accountability: one owner ships it."])
    assert "accountability" in key.read(said).words
