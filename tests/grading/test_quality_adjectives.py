"""A noun of quality in a rubric ("accountability", "privacy") is said with its adjective too
("who is accountable", "keeps data private"): the stemmer keeps the two apart, so a one-word
name or alias that is such a noun carries its adjective as another alias (word_forms)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Concept
from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader
from interviewer.core.grading.text import stem
from interviewer.core.grading.word_forms import quality_adjective, with_quality_adjectives


@pytest.mark.parametrize(
    ("noun", "adjective"),
    [
        ("accountability", "accountable"),
        ("accuracy", "accurate"),
        ("transparency", "transparent"),
        ("privacy", "private"),
        ("robustness", "robust"),
        ("fairness", "fair"),
        ("reliability", "reliable"),
        ("accessibility", "accessible"),
        ("consistency", "consistent"),
        ("redundancy", "redundant"),
        ("faithfulness", "faithful"),
    ],
)
def test_a_noun_of_quality_gives_its_adjective(noun, adjective):
    assert stem(noun) != stem(adjective)  # why the alias is needed
    assert quality_adjective(noun) == adjective


@pytest.mark.parametrize(
    "word",
    [
        "legacy",  # too short before "-acy"
        "agency",
        "latency",  # no "latent"
        "harness",
        "currency",  # another thing than "current"
        "frequency",
        "correctness",  # "the correct answer" says nothing of correctness
        "naturalness",  # "natural language"
        "self-consistency",  # not one plain word
        "transparent",
        "ability",
    ],
)
def test_other_words_give_no_adjective(word):
    assert quality_adjective(word) is None


def test_the_adjective_joins_the_aliases_once():
    concept = Concept("transparency and accountability", aliases=("accountability", "accountable"))
    other = Concept("privacy", aliases=("data privacy",))
    done = with_quality_adjectives([concept, other])
    assert done[0].aliases == ("accountability", "accountable")
    assert done[1].aliases == ("data privacy", "private")


def test_who_is_accountable_credits_accountability():
    """Seen in play (genai-136, tunable): the adjective scored 25 points under the noun."""
    bank = Catalog(None).find("genai")
    assert bank is not None
    question = bank.get("genai-136")
    grader = Grader(bank)
    start = "Bias in training data, privacy of personal data, misinformation, and "
    adjective = grader.grade(question, start + "who is accountable when it causes harm.")
    noun = grader.grade(question, start + "a lack of accountability when it causes harm.")
    matched = {m.concept for m in adjective.matched}
    assert "transparency and accountability" in matched
    assert adjective.score >= noun.score - 1
