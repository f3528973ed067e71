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


# lead68: a phrase of what passes between things ("attention between frames") is not found
# across "within" or "inside" (inside_each.inside_not_between); each INSIDE case credited
# temporal attention on genai-207 at bccae637


@pytest.mark.parametrize(
    "text",
    [
        "Spatial attention mixes pixels within each frame.",
        "Attention inside a frame links its pixels.",
    ],
)
def test_attention_inside_a_frame_is_not_attention_between_frames(genai_grader, genai, text):
    grade = genai_grader.grade(genai.get("genai-207"), text)
    assert "temporal attention" not in {m.concept for m in grade.matched}


@pytest.mark.parametrize(
    "text",
    [
        "Attention between frames keeps objects the same.",
        "Attention between and within frames keeps objects the same.",
        "Temporal layers add attention across frames.",
    ],
)
def test_attention_between_frames_is_still_credited(genai_grader, genai, text):
    grade = genai_grader.grade(genai.get("genai-207"), text)
    assert "temporal attention" in {m.concept for m in grade.matched}
