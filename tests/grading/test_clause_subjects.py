"""A clause with a subject of its own (train answer d0092's pattern, probes35): in "latent
diffusion cut the steps, and hybrids even use adversarial losses", the losses are said of the
hybrids, not of diffusion named in the clause before, so no swap is claimed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from said_of import said_of

from interviewer.core.bank import Concept

GAN = Concept("GANs train adversarially", 2, (), about=("GANs",))
DIFFUSION = Concept("diffusion denoises", 2, (), about=("diffusion",))


def _said_of(text: str, words: list[str], concept: Concept) -> tuple[bool, str | None]:
    return said_of((GAN, DIFFUSION), text, words, concept)


def test_a_clause_with_its_own_subject_is_not_said_of_the_subject_before():
    text = "Latent diffusion cut the cost, and hybrids even use adversarial losses."
    assert _said_of(text, ["adversarial", "losses"], GAN) == (False, None)
    text = "Diffusion got faster, but the new samplers use adversarial losses."
    assert _said_of(text, ["adversarial", "losses"], GAN) == (False, None)


def test_a_clause_going_on_with_the_same_subject_is_still_a_swap():
    text = "Diffusion models are stable, and they use adversarial losses."
    assert _said_of(text, ["adversarial", "losses"], GAN)[1] is not None
    text = "Diffusion models are stable and use adversarial losses."
    assert _said_of(text, ["adversarial", "losses"], GAN)[1] is not None


OWN = ["hybrids", "the new samplers", "some distilled variants", "consistency methods"]
VERBS = ["use", "need", "rely on", "add"]


@given(st.sampled_from(OWN), st.sampled_from(VERBS))
def test_any_clause_subject_of_its_own_takes_the_claim(own, verb):
    text = f"Diffusion became the default, and {own} {verb} adversarial losses."
    assert _said_of(text, ["adversarial", "losses"], GAN)[1] is None


def test_clauses_after_a_colon_describe_the_subject_named_before_it():
    text = "The usual choice is diffusion: noise is added, and each step uses adversarial losses."
    assert _said_of(text, ["adversarial", "losses"], GAN)[1] is not None
