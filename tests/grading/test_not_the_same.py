"""Reference mode: "not the same" says "different" (beetle58). A short answer's negation gainsays
a key with none only when one reference states everything the answer denies (beetle57); "same"
was left out of what a denial names, being a function word, so "bulb A is not in the same path as
bulb B" denied "path" alone (bulb, A and B are the question's words), which every reference
below states, and was capped at 50 as saying the opposite of the key. Read with "same", the
denial names something no reference states: a separate path is what the key says. A key that
states "same" is still gainsaid by an answer denying it; "in a different path" says what a key's
"not in the same path" says."""

from __future__ import annotations

from interviewer.core.grading import grade_reference
from interviewer.core.grading.text import Text

QUESTION = "Bulb B burns out. Why does bulb A stay lit?"
KEYS = [
    "Bulb A is still in a closed path with the battery.",
    "Bulb A is in a separate path.",
    "Each bulb is in its own path.",
]


def _negation(grade) -> float:  # type: ignore[no-untyped-def]
    return sum(p.points for p in grade.explanation if p.signal in ("negation", "negated"))


def test_not_the_same_path_agrees_with_a_separate_path() -> None:
    for answer in (
        "bulb A is not in the same path as bulb B.",
        "because bulb A and bulb B are not in the same path",
    ):
        grade = grade_reference(QUESTION, KEYS, answer)
        assert _negation(grade) == 0.0, answer
        assert grade.score > 50.0, (answer, grade.score)  # 49.9 / 50.0 capped before


def test_denying_what_a_reference_states_is_still_a_contradiction() -> None:
    grade = grade_reference(QUESTION, KEYS, "bulb A is not in a closed path with the battery.")
    assert _negation(grade) < 0.0
    assert grade.score <= 50.0


def test_a_key_that_says_same_is_gainsaid_by_not_the_same() -> None:
    question = "Bulb A burns out. Why do bulbs B and C go out together?"
    keys = ["Bulbs B and C are in the same path.", "Bulbs B and C share one path."]
    grade = grade_reference(question, keys, "bulbs B and C are not in the same path.")
    assert _negation(grade) < 0.0
    assert grade.score <= 50.0


def test_in_a_different_path_says_the_keys_not_in_the_same_path() -> None:
    question = "Switch Y is open and bulb A stays lit. Why?"
    keys = [
        "Bulb A is still in a closed path with the battery.",
        "Switch Y and bulb A are not in the same path.",
    ]
    grade = grade_reference(question, keys, "switch Y is in a different path than bulb A.")
    assert _negation(grade) == 0.0
    assert grade.passed  # 25.0 before: read as the second reference said the other way round
    wrong = grade_reference(question, keys, "switch Y is in the same path as bulb A.")
    assert wrong.score <= 50.0


def test_the_denied_and_stated_words() -> None:
    from interviewer.core.grading.denied_terms import (
        denied_stems,
        says_denied_opposite,
        stated_opposites,
    )

    question = frozenset({"bulb", "a", "b"})
    answer = Text.of("bulb A is not in the same path as bulb B")
    assert denied_stems(answer, question) == {"path"}  # as before, by default
    assert denied_stems(answer, question, opposites=True) == {"path", "same"}
    plain = Text.of("bulb A and bulb B are in the same path, not in a loop")
    assert "same" not in denied_stems(plain, question, opposites=True)  # said plainly
    assert stated_opposites(Text.of("B and C are in the same path")) == {"same"}
    assert stated_opposites(Text.of("B is in a separate path")) == frozenset()
    # "in a different path" says what "not in the same path" denies, turned: the key's claim
    key = denied_stems(Text.of("switch Y and bulb A are not in the same path"), question, True)
    assert says_denied_opposite(frozenset({"different", "path"}), key)
    assert not says_denied_opposite(frozenset({"same", "path"}), key)
