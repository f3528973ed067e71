"""genai-214: the `contradicts` line 'scores normally on the usual evals' said what its own
concept ('evades standard evaluation') credits, so the true "a backdoored model scores normally on
the usual evals" was flagged and scored 0 (found by held55b's answer-blind reading of the held-out
rubric; dropped by the lead). The wrong claim the concept guards, that normal scores rule a
backdoor out, is still caught."""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged


@pytest.mark.parametrize(
    ("answer", "wrong"),
    [
        (
            "A backdoored model scores normally on the usual evals, because the benchmarks never "
            "contain the trigger; it only misbehaves when the trigger phrase appears.",
            False,
        ),
        (
            "If a model scores normally on the usual evals there is no backdoor: the usual evals "
            "are enough to rule one out, so you just run the standard benchmarks.",
            True,
        ),
    ],
)
def test_the_concepts_own_claim_is_not_its_contradiction(genai, genai_grader, answer, wrong):
    grade = genai_grader.grade(genai.get("genai-214"), answer)
    assert_only_the_subject_is_flagged(grade, wrong)
