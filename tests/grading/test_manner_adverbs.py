"""A short answer written as one plain sentence has its verb after an adverb of manner in "-ly"
("Experts naturally get equal load."), in a bare form ending in "-eed" ("Transformers need ...")
and in "comes" (sentence_verbs.py, lines68): such a sentence is a claim, not a string of terms,
so the rubric's wrong claim in those very words is found. A word in "-ly" that is a verb
("apply", "supply") or shorter than six letters is no adverb, and terms stay terms."""

from __future__ import annotations

from functools import cache

import pytest

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.keywords import is_keyword_string
from interviewer.core.grading.text import Text
from interviewer.resources import bundled_banks_dir


def keyword_string(text: str) -> bool:
    parsed = Text.of(text)
    return is_keyword_string(parsed, Structure.of(parsed))


@cache
def _grader() -> tuple[Bank, Grader]:
    bank = load_bank(bundled_banks_dir() / "genai.yaml")
    return bank, Grader(bank)


@pytest.mark.parametrize(
    "answer",
    [
        "Experts naturally get equal load.",
        "Labelers directly assign reward scores.",
        "Humans reliably judge expert answers.",
        "Transformers need reasonably large batches.",
        "Supervised fine-tuning comes last.",
    ],
)
def test_a_plain_sentence_with_its_verb_after_an_adverb_is_no_keyword_string(
    answer: str,
) -> None:
    assert not keyword_string(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Supply chain demand forecasting models.",
        "Photosynthesis sunlight water carbon dioxide glucose oxygen.",
        "Daily batch jobs nightly exports dashboards.",
    ],
)
def test_terms_with_a_word_in_ly_stay_a_keyword_string(answer: str) -> None:
    assert keyword_string(answer)


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("genai-149", "Experts naturally get equal load."),
        ("genai-097", "Labelers directly assign reward scores."),
        ("genai-097", "Supervised fine-tuning comes last."),
        ("genai-043", "Transformers need reasonably large batches."),
    ],
)
def test_a_rubric_line_said_as_its_own_sentence_is_flagged(qid: str, answer: str) -> None:
    bank, grader = _grader()
    grade = grader.grade(bank.get(qid), answer)
    assert grade.contradictions or grade.misconceptions
