"""veto55: a misconception named and then endorsed is the candidate's claim (issue 8).

"People often assume X, and they are right" names X with a dismissing phrase ("people assume":
denial_words.DISMISSING) and then judges it right: X is claimed, and a wrong X is caught
(judgments.judged_right_after, read by asides.Asides.dismissed and .disbelieved). The
sentences on the bundled genai bank are wrong_claims_probes55 answers (genai-049, 093, 111,
189), each caught once the endorsement is stripped; every case failed on bc44b01. Controls: the
same claim judged wrong, or an endorsement that does not end its clause, is still dismissed."""

from __future__ import annotations

import pytest

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def read(text: str) -> tuple[Structure, list[str]]:
    structure = Structure.of(Text.of(text))
    return structure, structure.text.words


@pytest.mark.parametrize(
    ("text", "dismissed"),
    [
        ("People often assume that the cache is constant, and they are right.", False),
        ("People often assume that the cache is constant, and they're right.", False),
        ("People often assume that the cache is constant, which is correct.", False),
        (
            "A common mistake is to think that the cache is constant, and that belief is true.",
            False,
        ),
        ("People assume that the cache is constant. That is true.", False),
        ("People assume that the cache is constant. In fact, they are right.", False),
        ("People often believe that the cache is constant, and I agree with them.", False),
        ("People often believe that the cache is constant, and rightly so.", False),
        ("People often assume that the cache is constant.", True),
        ("People often assume that the cache is constant, but they are wrong.", True),
        ("People often assume that the cache is constant, which is right for short prompts.", True),
        ("People often assume that the cache is constant, and that is partly right.", True),
        ("People assume that the cache is constant. That is true of RNNs, not of attention.", True),
        ("People often believe that the cache is constant, and I agree it is small.", True),
    ],
)
def test_only_a_dismissal_no_judgment_endorses_dismisses(text: str, dismissed: bool) -> None:
    s, w = read(text)
    assert s.dismissed([w.index("constant")]) is dismissed
    if not dismissed:
        assert not s.disbelieved([w.index("constant")])


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        (
            "genai-049",
            "People often assume that gradient checkpointing saves the model weights to disk "
            "every few steps so that training can resume after a crash, and they are right. That "
            "is its whole purpose, and it has no effect on GPU memory or on the amount of "
            "computation.",
        ),
        (
            "genai-093",
            "People often assume that training for more epochs with a higher learning rate is "
            "the best defence against overfitting, and they are right, because the longer the "
            "model sees the data the better it generalises. Early stopping should be avoided "
            "because it leaves the model undertrained.",
        ),
        (
            "genai-111",
            "People often think a higher Inception Score means worse images, and they are right, "
            "because the score measures how blurry and uncertain the generated samples are.",
        ),
        (
            "genai-189",
            "Many people think a saturated benchmark still separates the best models well, and "
            "they are right; once top models all score above 95 percent, the remaining "
            "differences of a fraction of a point are the most reliable signal of which model "
            "is better.",
        ),
    ],
)
def test_an_endorsed_misconception_is_caught(genai, genai_grader, question_id, answer) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert grade.contradictions or grade.misconceptions
    assert not grade.passed


def test_the_same_misconception_judged_wrong_is_not_flagged(genai, genai_grader) -> None:
    grade = genai_grader.grade(
        genai.get("genai-111"),
        "People often think a higher Inception Score means worse images, but that is wrong: a "
        "higher score is better, because confident and diverse class predictions give a "
        "higher score.",
    )
    assert not (grade.contradictions or grade.misconceptions)
