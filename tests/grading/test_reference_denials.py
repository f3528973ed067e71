"""Reference mode: a key term the answer denies is not credited, and the score says so.

Play 22: against a teacher's key, "Plants take in oxygen and release carbon dioxide to make
glucose without sunlight." scored 89 `strong` while its feedback said "'sunlight': your
answer denies it". The grade and its feedback must agree.
"""

from __future__ import annotations

from interviewer.core.grading import grade_reference
from interviewer.core.grading.result import PASS_CUTOFF

PROMPT = "What is photosynthesis?"
REFERENCE = (
    "Photosynthesis is the process by which plants use sunlight, water and carbon dioxide to "
    "make glucose and release oxygen."
)
KEYWORDS = ["sunlight", "water", "carbon dioxide", "glucose", "oxygen"]


def test_a_denied_keyword_cannot_pass_and_is_flagged() -> None:
    grade = grade_reference(
        PROMPT,
        REFERENCE,
        "Plants take in oxygen and release carbon dioxide to make glucose without sunlight.",
        keywords=KEYWORDS,
    )
    assert "sunlight" not in {m.concept for m in grade.matched}
    assert "contradiction" in grade.flags
    assert "sunlight" in {c.concept for c in grade.contradictions}
    assert grade.score < PASS_CUTOFF
    assert any("denies" in note for note in grade.feedback)
    # it takes in oxygen and releases carbon dioxide too, the key's roles reversed
    # (taken_given.py, ref47): the swap's cap (25) is below the denial's, which is not told
    assert any(part.signal == "swapped" for part in grade.explanation)


def test_a_denied_keyword_is_told_in_the_explanation() -> None:
    grade = grade_reference(
        PROMPT,
        REFERENCE,
        "Plants take in carbon dioxide and release oxygen to make glucose without sunlight.",
        keywords=KEYWORDS,
    )
    assert "sunlight" in {c.concept for c in grade.contradictions}
    assert grade.score < PASS_CUTOFF
    assert any(part.signal == "denied" for part in grade.explanation)


def test_a_derived_key_term_denied_is_not_detected_and_no_denial_is_claimed() -> None:
    # terms the grader picks from the key are not the user's: a denial in a longer answer is
    # mostly of another thing the key contrasts, so it is neither capped nor called a denial
    prompt = "What do plants need to make glucose?"
    key = "They need sunlight, water and carbon dioxide."
    said = "Plants need water and carbon dioxide taken in through their leaves and roots, and "
    grade = grade_reference(prompt, key, said + "they grow well without sunlight in dark soil.")
    assert "sunlight" in grade.missed and "contradiction" not in grade.flags
    assert not any("denies" in note for note in grade.feedback)


def test_the_right_answer_passes_unflagged() -> None:
    grade = grade_reference(
        PROMPT,
        REFERENCE,
        "Plants use sunlight, water and carbon dioxide to make glucose, giving off oxygen.",
        keywords=KEYWORDS,
    )
    assert "contradiction" not in grade.flags
    assert grade.score >= PASS_CUTOFF


def test_a_keyword_the_key_itself_denies_is_credited_when_denied() -> None:
    # the key says "no reward model": an answer saying so agrees with it
    grade = grade_reference(
        "How does DPO differ from RLHF?",
        "DPO trains the policy directly on preference pairs and needs no reward model.",
        "DPO learns straight from preference pairs, so it needs no reward model.",
        keywords=["preference pairs", "reward model"],
    )
    assert "reward model" in {m.concept for m in grade.matched}
    assert "contradiction" not in grade.flags
    assert grade.score >= PASS_CUTOFF


def test_a_term_denied_in_passing_but_said_elsewhere_is_no_denial() -> None:
    grade = grade_reference(
        PROMPT,
        REFERENCE,
        "Plants use sunlight, water and carbon dioxide to make glucose and release oxygen; "
        "at night, without sunlight, this stops.",
        keywords=KEYWORDS,
    )
    assert "contradiction" not in grade.flags
    assert grade.score >= PASS_CUTOFF
