"""flag58: wrong-claim lines of tunable questions that flag a correct sentence about the other
thing of a contrast, narrowed to the subject the wrong answer credits (the audit's
claim-line-names-no-subject; decisions and reasons: the flag58 section of
docs/grading-log.md). Each correct sentence below was flagged on 824c8ee; each wrong control
names the narrowed line's subject and is still found (a contradiction or misconception, < 25).

- genai-100: PPO updates the policy to maximise the reward model's score -> the misconception
  alias 'reward model is updated with the policy' (found in any word order) is now "updated
  together with / in the same step as the policy".
- genai-103: comparisons are easier than absolute scores from 1 to 10 -> 'absolute score from
  1 to 10' and 'score from 1 to 10' are now said of the annotators, each output, preference
  modeling.
"""

from __future__ import annotations

import pytest

CORRECT = [
    ("genai-100", "PPO updates the policy to maximise the reward model's score."),
    (
        "genai-100",
        "During the RL stage the policy generates responses and PPO updates the policy to "
        "maximise the reward model's score, with a KL penalty.",
    ),
    (
        "genai-103",
        "Comparisons are easier and more consistent for humans to give than absolute scores "
        "from 1 to 10.",
    ),
    ("genai-103", "Pairwise comparisons are more reliable than an absolute score from 1 to 10."),
    ("genai-103", "Absolute scores from 1 to 10 are less consistent than comparisons."),
]

WRONG = [
    ("genai-100", "The reward model is updated together with the policy."),
    ("genai-100", "The reward model is updated in the same step as the policy."),
    ("genai-100", "The reward model and the policy are trained jointly."),
    ("genai-103", "Annotators give each output an absolute score from 1 to 10."),
    ("genai-103", "Annotators give each answer a score from 1 to 10."),
    ("genai-103", "People rate each output with a score from 1 to 10."),
    (
        "genai-103",
        "Preference modeling asks people for an absolute score from 1 to 10 for each output.",
    ),
]

CASES = [(q, a, False) for q, a in CORRECT] + [(q, a, True) for q, a in WRONG]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_only_the_named_subject_is_flagged(genai, genai_grader, question_id, answer, wrong) -> None:
    """A correct sentence about the other thing keeps no contradiction or misconception; the
    wrong claim said of the narrowed line's subject is still found and keeps it under 25."""
    grade = genai_grader.grade(genai.get(question_id), answer)
    found = (grade.contradictions, grade.misconceptions, grade.score)
    if wrong:
        assert (grade.contradictions or grade.misconceptions) and grade.score < 25, found
    else:
        assert not grade.contradictions and not grade.misconceptions, found
