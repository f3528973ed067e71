"""A claim that one thing is another ("the teacher is the small model") is not said where the
answer's words of it stand across a coordinated clause with a verb of its own ("use the big
model as a teacher and train a small model": the small model is what is trained),
ties.across_coordinated_verb. Found on a correct paraphrase of genai-153 (correct_probes37)."""

from __future__ import annotations

import pytest
from clause_match import tie_verdict
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.ties import across_coordinated_verb

CLAIM = "the critic is the large network"


def _across(text: str, claim: str = CLAIM) -> bool | None:
    return tie_verdict(across_coordinated_verb, claim, text)


@pytest.mark.parametrize(
    "text",
    [
        "Keep a small model as the critic and build a large network for the policy.",
        "Pick one reviewer as the critic then fit a large network to its scores.",
        "Treat it as the critic or use a large network instead.",
    ],
)
def test_a_coordinated_clause_with_its_own_verb_says_no_identity(text: str) -> None:
    assert _across(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "The critic is the large network.",
        "The critic and the actor are the large network.",  # "are": said of both
        "The critic is, and stays, the large network.",
        "The critic and model are a large network.",  # "model" a noun before "are"
    ],
)
def test_the_claim_said_with_be_is_kept(text: str) -> None:
    assert _across(text) is not True


def test_a_claim_without_be_is_left_to_other_rules() -> None:
    assert not _across("The critic and train a large network.", "critic large network")


@settings(max_examples=200, deadline=None)
@given(
    joiner=st.sampled_from(["and", "or", "then"]),
    verb=st.sampled_from(["train", "build", "use", "fit"]),
    be=st.sampled_from(["is", "was", "becomes"]),
)
def test_a_be_form_between_keeps_the_claim(joiner: str, verb: str, be: str) -> None:
    side = f"Keep a small model as the critic {joiner} {verb} a large network for it."
    said = f"The critic {be} the large network."
    assert _across(side) is True
    assert _across(said) is not True
