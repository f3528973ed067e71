"""A denial in a ", so ..." clause after a safeguard (a maximum, a limit, a cap, a budget, a
timeout) names the harm the safeguard prevents, not a claim that the harm cannot happen
(frames.py). Found on a blind correct_probes49 answer of genai-141 (cp49-038): "the harness
enforces a maximum number of steps ..., so a loop that makes no progress does not run forever"
was read as denying "failure modes" (alias "runs forever")."""

from __future__ import annotations

import pytest
from denials import GENAI, denies

BANK = GENAI
QUESTION, CONCEPT = "genai-141", "failure modes"


@pytest.mark.parametrize(
    "text",
    [
        "It stops when it writes a final answer, and the harness also enforces a maximum number "
        "of steps, say 10, and a token or cost budget, so a loop that makes no progress does not "
        "run forever.",
        "The harness sets a timeout on every tool call, so the agent does not run forever.",
    ],
)
def test_denial_after_a_safeguard_names_the_harm_prevented(grader, text: str) -> None:
    assert not denies(grader, QUESTION, CONCEPT, text)


@pytest.mark.parametrize(
    "text",
    [
        "A ReAct loop does not run forever.",
        "The model always writes a final answer, so the loop does not run forever.",
        "There is no maximum number of steps, so a loop does not run forever.",
    ],
)
def test_denial_without_a_safeguard_is_still_read(grader, text: str) -> None:
    assert denies(grader, QUESTION, CONCEPT, text)
