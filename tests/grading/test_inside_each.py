"""A denial of what is inside each of the things named ("no diversity within classes") does not
deny a phrase about the things together ("variety of classes") (inside_each.py). Found on a
blind correct_probes49 answer of genai-111 (cp49-022), read as denying "high-entropy
marginal"."""

from __future__ import annotations

import pytest
from denials import GENAI, denies

BANK = GENAI


def _denied(grader, text: str) -> bool:
    return denies(grader, "genai-111", "high-entropy marginal", text)


@pytest.mark.parametrize(
    "text",
    [
        "A model that produces one perfect image per class gets a high IS while having no "
        "diversity within classes.",
        "The images show no variety within a class.",
    ],
)
def test_denial_inside_each_denies_nothing_of_the_whole(grader, text: str) -> None:
    assert not _denied(grader, text)


def test_denial_of_the_whole_is_still_read(grader) -> None:
    assert _denied(grader, "A model with mode collapse shows no variety of classes.")
