"""A claim that one thing is of a kind ("diffusion models are autoregressive") is not said where
the answer coordinates two noun phrases, the kind word qualifying a noun of its own ("diffusion
models and autoregressive transformers": two families), ties.coordinated_pair. Found on a
wrong35 control of genai-005 read as "diffusion models are autoregressive"."""

from __future__ import annotations

import pytest
from clause_match import tie_verdict
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.ties import coordinated_pair

CLAIM = "diffusion models are autoregressive"


def _pair(text: str, claim: str = CLAIM) -> bool | None:
    return tie_verdict(coordinated_pair, claim, text)


@pytest.mark.parametrize(
    "text",
    [
        "The families are GANs, diffusion models and autoregressive transformers.",
        "Compare diffusion models with autoregressive decoders for images.",
        "We tried diffusion models or autoregressive samplers for audio.",
    ],
)
def test_two_coordinated_noun_phrases_are_two_things(text: str) -> None:
    assert _pair(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Diffusion models are autoregressive.",
        "Diffusion models and GPT are autoregressive.",  # "are": said of both
        "Diffusion models are autoregressive transformers.",
        "I think diffusion models and so on are autoregressive.",
        # a verb after the pair relates the two: a claim that one goes with the other
        "Diffusion models and autoregressive decoders go together.",
    ],
)
def test_the_claim_said_with_be_is_kept(text: str) -> None:
    assert _pair(text) is not True


def test_a_claim_without_be_is_left_to_other_rules() -> None:
    assert not _pair("Diffusion models and autoregressive transformers.", "diffusion models")


@settings(max_examples=200, deadline=None)
@given(
    joiner=st.sampled_from(["and", "or", "plus"]),
    noun=st.sampled_from(["transformers", "decoders", "samplers", "networks"]),
    verb=st.sampled_from(["are", "were", "is"]),
)
def test_a_be_form_between_keeps_the_claim(joiner: str, noun: str, verb: str) -> None:
    side = f"The families are GANs, diffusion models {joiner} autoregressive {noun}."
    said = f"Diffusion models {joiner} GPT {verb} autoregressive {noun}."
    assert _pair(side) is True
    assert _pair(said) is False
