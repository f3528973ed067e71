"""A plural of a noun in -ing shares the singular's stem ("embeddings", "embedding" and
"embedded" agree), so a plain answer's verb credits a rubric's plural noun."""

from __future__ import annotations

import pytest

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader
from interviewer.core.grading.text import inflected_stem, stem


@pytest.mark.parametrize(
    ("plural", "singular", "verb"),
    [
        ("embeddings", "embedding", "embedded"),
        ("settings", "setting", None),
        ("findings", "finding", None),
        ("warnings", "warning", "warned"),
        ("mappings", "mapping", None),
        ("recordings", "recording", "recorded"),
    ],
)
def test_a_plural_in_ings_shares_the_singular_stem(plural, singular, verb):
    assert stem(plural) == stem(singular)
    if verb is not None:
        assert stem(plural) == stem(verb)


@pytest.mark.parametrize("word", ["things", "kings", "rings", "beings", "brings"])
def test_a_short_word_in_ings_loses_only_its_s(word):
    assert stem(word) == word[:-1]


@pytest.mark.parametrize(
    "answer",
    [
        "The tokens get embedded into vectors before the transformer layers.",
        "Tokens are looked up and embedded into vectors before the transformer layers.",
    ],
)
def test_embedded_tokens_credit_token_embeddings(answer):
    """genai-025 (tunable): the verb said what the rubric's "token embeddings" names, and
    nothing was credited (8.5)."""
    bank = Catalog(None).find("genai")
    assert bank is not None
    grade = Grader(bank).grade(bank.get("genai-025"), answer)
    assert "token embeddings" in {m.concept for m in grade.matched}


@pytest.mark.parametrize("word", ["encodings", "embeddings", "settings"])
def test_a_plural_in_ings_stays_a_noun_for_telling_verbs(word):
    """`inflected_stem` keeps the noun ("positional encodings and masking form the backbone"
    is still a keyword string: "encodings" is no verb "encode")."""
    assert inflected_stem(word) == word[:-1]
