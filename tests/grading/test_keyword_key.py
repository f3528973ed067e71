"""Reference mode with the user's keywords: naming every keyword in claims reaches the pass
mark (play25 A3: "Lists are mutable and tuples are immutable." failed at 64.2 for its length)."""

from __future__ import annotations

from interviewer.core.grading import grade_reference
from interviewer.core.grading.result import PASS_CUTOFF

PROMPT = "What is the difference between a list and a tuple in Python?"
KEY = (
    "A list is mutable, so its elements can be changed, whereas a tuple is immutable and cannot "
    "be changed after creation."
)
KEYWORDS = ["mutable", "immutable"]


def test_every_keyword_said_as_a_claim_passes() -> None:
    grade = grade_reference(
        PROMPT, KEY, "Lists are mutable and tuples are immutable.", keywords=KEYWORDS
    )
    assert grade.score >= PASS_CUTOFF and grade.passed
    # both sides of the key's contrast stated: its length costs nothing (ref43's concise
    # rule, 88.6), above the pass mark the keywords rule would lift it to
    assert any(p.signal == "concise" and p.points > 0 for p in grade.explanation)


def test_every_keyword_said_as_a_claim_without_a_contrast_is_lifted_to_the_pass_mark() -> None:
    key = (
        "A dictionary key must be hashable, so its hash never changes while it is in the "
        "dictionary: strings, numbers and tuples of them can be keys, lists cannot."
    )
    grade = grade_reference(
        "What can be a key of a Python dictionary?",
        key,
        "Keys must be hashable and immutable.",
        keywords=["hashable", "immutable"],
    )
    assert grade.score == PASS_CUTOFF and grade.passed
    assert any(p.signal == "keywords" and p.points > 0 for p in grade.explanation)


def test_without_the_users_keywords_the_rule_does_not_apply() -> None:
    grade = grade_reference(PROMPT, KEY, "Lists are mutable and tuples are immutable.")
    assert not any(p.signal == "keywords" for p in grade.explanation)


def test_every_keyword_with_the_subjects_swapped_still_fails() -> None:
    grade = grade_reference(
        PROMPT, KEY, "Lists are immutable and tuples are mutable.", keywords=KEYWORDS
    )
    assert not grade.passed and "contradiction" in grade.flags


def test_every_keyword_as_a_string_of_terms_earns_no_pass_mark() -> None:
    grade = grade_reference(PROMPT, KEY, "mutable immutable", keywords=KEYWORDS)
    assert not grade.passed
    assert not any(p.signal == "keywords" for p in grade.explanation)


def test_some_keywords_only_earn_nothing_from_the_rule() -> None:
    grade = grade_reference(PROMPT, KEY, "Lists are mutable.", keywords=KEYWORDS)
    assert not any(p.signal == "keywords" for p in grade.explanation)
