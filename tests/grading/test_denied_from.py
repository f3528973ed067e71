"""A match that runs from one item of a denied list into the next is denied when a later item
is (Denials.denied_from): "without human preference rankings, a reward model or PPO" denies the
reward model although "human" narrows "preference", where the alias "preference model" was
found (deny50's blind probe dl-5, genai-097, credited 'reward model training')."""

from __future__ import annotations

import pytest
from denials import GENAI, denies

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text

BANK = GENAI
QUESTION, CONCEPT = "genai-097", "reward model training"


def test_a_match_into_a_denied_item_is_denied(grader) -> None:
    assert denies(
        grader,
        QUESTION,
        CONCEPT,
        "RLHF is done without human preference rankings, a reward model or PPO: it is just "
        "more supervised fine-tuning on text scraped from the web.",
    )


@pytest.mark.parametrize(
    "text",
    [
        "RLHF collects human preference rankings and trains a reward model on them, then "
        "optimises the policy with PPO.",
        "RLHF does not stop at fine-tuning: human preference rankings train a reward model, "
        "and PPO optimises the policy against it.",
    ],
)
def test_a_match_said_plainly_is_not_denied(grader, text: str) -> None:
    assert not denies(grader, QUESTION, CONCEPT, text)


def test_denied_from_reads_a_later_item_under_the_same_negation() -> None:
    s = Structure.of(Text.of("It works without human preference rankings, a reward model or PPO."))
    w = s.text.words
    assert s.denied_from([w.index("preference"), w.index("model")])
    plain = Structure.of(Text.of("It uses human preference rankings and a reward model."))
    pw = plain.text.words
    assert not plain.denied_from([pw.index("preference"), pw.index("model")])
