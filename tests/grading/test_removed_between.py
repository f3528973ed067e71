"""A wrong claim said positively ("the router has a cache") is not said where a removal verb
that is not its own word stands between its words ("routers such as this one drop the cache":
the opposite), ties.removed_between. Found on a wrong37 control of genai-044 ("decoder-only
models such as GPT drop the encoder" read as "GPT has an encoder")."""

from __future__ import annotations

import pytest
from clause_match import tie_verdict
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.ties import removed_between


def _removed(text: str, claim: str) -> bool | None:
    return tie_verdict(lambda _, answer, at: removed_between(answer, at), claim, text)


@pytest.mark.parametrize(
    "text",
    [
        "Small routers such as Acme drop the cache entirely.",
        "Acme removes the cache to save memory.",
        "Acme skips the cache for short requests.",
    ],
)
def test_a_removal_verb_between_says_the_opposite(text: str) -> None:
    assert _removed(text, "Acme has a cache") is True


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Acme has a cache.", "Acme has a cache"),
        ("Acme keeps a large cache.", "Acme has a cache"),
        ("Acme drops the cache.", "Acme drops the cache"),  # the claim's own verb
    ],
)
def test_the_claim_said_without_a_removal_is_kept(text: str, claim: str) -> None:
    assert _removed(text, claim) is False


@settings(max_examples=200, deadline=None)
@given(
    removal=st.sampled_from(["drops", "removes", "skips", "eliminates", "avoids"]),
    keep=st.sampled_from(["has", "keeps", "uses", "adds"]),
)
def test_only_a_removal_between_sets_the_claim_aside(removal: str, keep: str) -> None:
    assert _removed(f"Acme {removal} the cache.", "Acme has a cache") is True
    assert _removed(f"Acme {keep} the cache.", "Acme has a cache") is False
