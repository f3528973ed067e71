"""Claims said tersely against a teacher's key (keys50): "Too large and training diverges" is a
claim, not a string of terms; verbs of training ("diverges", "converges", "oscillates",
"overshoots") relate terms."""

from __future__ import annotations

from interviewer.core.grading import grade_reference
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.keywords import is_keyword_string
from interviewer.core.grading.text import Text
from interviewer.core.grading.verbs import is_verb

RATE_QUESTION = "What happens if the learning rate is too large or too small?"
RATE_KEY = (
    "If the learning rate is too large, the updates overshoot the minimum and training "
    "diverges or oscillates; if it is too small, training converges very slowly."
)


def keyword_string(answer: str) -> bool:
    parsed = Text.of(answer)
    return is_keyword_string(parsed, Structure.of(parsed))


def test_verbs_of_training_relate_terms() -> None:
    for word in ("diverges", "converges", "oscillates", "overshoots"):
        assert is_verb(word, Text.of(word).stems[0], "training", ""), word


def test_a_terse_claim_of_each_degree_is_no_string_of_terms() -> None:
    answer = "Too large and training diverges, too small and it is slow."
    assert not keyword_string(answer)
    grade = grade_reference(RATE_QUESTION, RATE_KEY, answer)
    assert "keyword_list" not in grade.flags
    assert grade.score > 50.0  # 50.0 (capped as a string of terms) before


def test_a_string_of_the_same_terms_is_still_capped() -> None:
    grade = grade_reference(RATE_QUESTION, RATE_KEY, "learning rate large diverges small slow")
    assert grade.score <= 50.0
