"""A statement of how things usually go, in a sentence that opens with "normally", "ordinarily"
or "by default", followed by "With X, ..." naming a thing the sentence did not name, is the
usual way X changes, not a claim about X (frames.py). Found on a blind correct_probes50
answer of genai-049 (cp50-009): "Normally the forward pass stores every layer's activations
... With checkpointing you store activations only at some checkpoints" was read as the listed
wrong claim "stores every activation" of gradient checkpointing."""

from __future__ import annotations

import pytest

from interviewer.core.bank import load_bank
from interviewer.resources import bundled_banks_dir

BANK = load_bank(bundled_banks_dir() / "genai.yaml")


def _stated(grader, text: str) -> bool:
    grade = grader.grade(BANK.get("genai-049"), text)
    return any("stores every activation" in c.detail for c in grade.contradictions)


@pytest.mark.parametrize(
    "text",
    [
        "Normally the forward pass stores every layer's activations so that the backward pass "
        "can use them. With checkpointing you store activations only at some checkpoints and "
        "recompute the rest during the backward pass.",
        "By default the forward pass stores every layer's activations, but with checkpointing "
        "only some are kept and the rest are recomputed in the backward pass.",
    ],
)
def test_the_usual_way_is_not_a_claim_about_the_thing_that_changes_it(grader, text) -> None:
    assert not _stated(grader, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gradient checkpointing stores every layer's activations so the backward pass can use "
        "them.",
        # tune57: the line is said of checkpointing now ("the forward pass stores every
        # layer's activations" is true of ordinary training and no longer read)
        "Normally checkpointing stores every layer's activations so that the backward pass "
        "can use them.",
        "Normally gradient checkpointing stores every layer's activations. With it, training "
        "needs less compute.",
        "Normally checkpointing stores every layer's activations. With checkpointing, training "
        "needs less compute.",
    ],
)
def test_a_claim_without_the_change_is_still_read(grader, text) -> None:
    assert _stated(grader, text)
