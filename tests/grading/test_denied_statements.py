"""Reference mode: an answer that denies what the answer key states of a subject
(denied_statements.py) is the key said the other way round: a contradiction quoting both, and
the score capped (reference_scoring caps: `missing` when it is right on nothing else). The
keys and answers are written for these tests."""

from __future__ import annotations

from interviewer.core.grading import grade_reference

QUESTION = "Which terminals are connected to the negative battery terminal?"
KEYS = ["Terminal 2 and the negative battery terminal are connected."]
CACHE = "What does a KV cache store during decoding?"
CACHE_KEYS = [
    "The KV cache stores the keys and values of earlier tokens, so decoding is faster but "
    "uses more memory."
]


def test_the_keys_statement_denied_is_a_contradiction() -> None:
    answer = (
        "The KV cache does not store the keys and values of earlier tokens; it stores the weights."
    )
    grade = grade_reference(CACHE, CACHE_KEYS, answer)
    assert not grade.passed  # 91.6 strong before
    assert len(grade.contradictions) == 1
    wrong = grade.contradictions[0]
    assert wrong.evidence[0] in answer
    assert "The KV cache stores the keys and values of earlier tokens" in wrong.detail
    assert any("The KV cache does not store" in line for line in grade.feedback)


def test_a_short_denial_is_missing_not_weak() -> None:
    answer = "Terminal 2 is not connected to the negative battery terminal."
    grade = grade_reference(QUESTION, KEYS, answer)
    assert grade.contradictions  # 50.0 weak before, with no contradiction named
    assert grade.score <= 25.0


def test_the_keys_statement_said_its_way_is_not_read() -> None:
    for answer in (
        "The KV cache stores the keys and values of earlier tokens, so nothing is recomputed.",
        "It stores the keys and values of earlier tokens, which makes decoding faster.",
        "terminal 2 and the negative battery terminal are connected, terminal 3 is not",
    ):
        key = (CACHE, CACHE_KEYS) if "KV" in answer or "It" in answer else (QUESTION, KEYS)
        grade = grade_reference(*key, answer)
        assert not grade.contradictions, answer
        assert grade.passed, answer


def test_another_part_a_condition_or_an_opposite_word_is_not_read() -> None:
    for answer in (
        # another part: its number is not the key's
        "Terminal 3 is not connected to the negative battery terminal.",
        # under a condition
        "if the switch is open, terminal 2 is not connected to the negative battery terminal",
        # the key's "negative" said as "positive": another thing, not the key denied
        "Terminal 2 is not connected to the positive battery terminal.",
    ):
        grade = grade_reference(QUESTION, KEYS, answer)
        assert not any("(denied)" in c.concept for c in grade.contradictions), answer
