"""Play test 29 (grader 3.15): the lead's own play. "self-consistency majority voting" was told
"Not detected: 'self-consistency majority vote'" and quoted back as the nearest clause: the
stemmer reads "voting" as "vot" and "vote" as "vote" (a four-letter word keeps its 'e'), so the
alias "majority vote" did not match; the rubric now names the -ing form too. (A stemmer fix was
measured and not landed this stop: it flagged three correct reference-mode answers.)"""

from __future__ import annotations

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader


def test_majority_voting_is_the_self_consistency_concept(genai: Bank, genai_grader: Grader) -> None:
    answer = "Self-consistency uses majority voting over several sampled chains of thought."
    grade = genai_grader.grade(genai.get("genai-176"), answer)
    assert "self-consistency majority vote" in {m.concept for m in grade.matched}


def test_best_of_n_with_a_verifier_is_not_self_consistency(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = "Best-of-n keeps the sample a verifier scores highest."
    grade = genai_grader.grade(genai.get("genai-176"), answer)
    assert "self-consistency majority vote" not in {m.concept for m in grade.matched}
