"""Purpose and means: a wrong claim with "to" + verb (what something is trained or built to do)
is not stated by "by" + verb-ing (how it is done), and the other way round (wrong31's genai-066
control: "trained by adding noise" was read as the wrong claim "trained to add noise")."""

from __future__ import annotations

from clause_match import said_in_a_clause
from hypothesis import given
from hypothesis import strategies as st


def _said(statement: str, text: str) -> bool:
    return said_in_a_clause(statement, text)


def test_a_purpose_is_not_stated_by_a_means():
    assert not _said("trained to add noise", "The model is trained by adding noise to images.")
    assert not _said("learns to copy the input", "It learns by copying the input at first.")
    assert not _said("built to remove duplicates", "The index is built by removing duplicates.")


def test_a_means_is_not_stated_by_a_purpose():
    assert not _said("trained by adding noise", "The network is trained to add noise.")
    assert not _said("learns by masking tokens", "The encoder learns to mask tokens.")


def test_the_same_preposition_still_states_it():
    assert _said("trained to add noise", "The network is trained to add noise to images.")
    assert _said("trained by adding noise", "It is trained by adding noise step by step.")
    assert _said("learns to copy the input", "The autoencoder just learns to copy the input.")
    assert _said("trained to add noise", "It is trained and made to add noise.")


VERBS = ["add", "remove", "predict", "copy", "mask", "sample", "rank", "label"]


@given(st.sampled_from(VERBS), st.sampled_from(["trained", "built", "tuned"]))
def test_property_purpose_and_means_never_stand_for_each_other(verb: str, participle: str):
    ing = verb[:-1] + "ing" if verb.endswith("e") else verb + "ing"
    purpose, means = f"{participle} to {verb} noise", f"{participle} by {ing} noise"
    assert not _said(purpose, f"The model is {means} at every step.")
    assert not _said(means, f"The model is {purpose} at every step.")
    assert _said(purpose, f"The model is {purpose} at every step.")
    assert _said(means, f"The model is {means} at every step.")
