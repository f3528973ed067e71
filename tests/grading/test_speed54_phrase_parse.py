"""`make_phrase` reads an alias once for the calls that follow (speed54, `phrases._read`) and
`claim_words` once per process: the same phrases as a fresh `Text.of` per call (kept here as the
oracle), on the genai bank's aliases and claims read as its questions read them, and a
thesaurus told apart from another by identity, not by the text alone."""

from __future__ import annotations

import pytest

from interviewer.core.grading.matching import phrases
from interviewer.core.grading.matching.phrases import COUNTING, claim_words, make_phrase
from interviewer.core.grading.matching.restricted import RESTRICTORS
from interviewer.core.grading.text import Text


def _calls(genai, canon):
    """(text, drop, keep, twice, whole_if_shrunk) as a grader makes them, from every third
    question's aliases (with and without its own words) and wrong claims."""
    for question in list(genai)[::3]:
        asked = frozenset(Text.of(question.prompt, canon=canon).content_stems())
        for concept in question.concepts:
            for alias in concept.phrases:
                for keep in (frozenset(), COUNTING, COUNTING | RESTRICTORS):
                    yield alias, asked, keep, False, True
                yield alias, frozenset(), frozenset(), False, False
            for claim in concept.contradicts:
                yield claim, frozenset(), claim_words(claim), True, False
        for misconception in question.misconceptions:
            for claim in misconception.phrases:
                yield claim, frozenset(), claim_words(claim), True, False


def _made(calls, canon):
    return [
        make_phrase(t, drop, canon, keep=keep, twice=twice, whole_if_shrunk=whole)
        for t, drop, keep, twice, whole in calls
    ]


def test_phrases_read_once_are_the_phrases_read_each_time(genai, genai_grader, monkeypatch):
    canon = genai_grader.fit().canon
    assert canon
    calls = list(_calls(genai, canon))
    assert len(calls) > 2_000
    phrases._parsed.clear()
    kept = _made(calls, canon)
    assert any(p is not None for p in kept)
    monkeypatch.setattr(phrases, "_read", lambda text, canon: Text.of(text, canon=canon))
    assert kept == _made(calls, canon)


def test_a_text_read_with_one_thesaurus_is_not_reused_with_another():
    phrases._parsed.clear()
    plain = make_phrase("low-rank adapters")
    canon = {"adapter": "lora"}
    read = make_phrase("low-rank adapters", canon=canon)
    assert plain is not None and read is not None
    assert [t[1] for t in plain.tokens] == ["low", "rank", "adapter"]
    assert [t[1] for t in read.tokens] == ["low", "rank", "lora"]
    # an equal thesaurus that is another object is read again, not taken for the first
    again = make_phrase("low-rank adapters", canon=dict(canon))
    assert again == read
    assert make_phrase("low-rank adapters") == plain


@pytest.mark.parametrize(
    ("claim", "any_kept"),
    [("works on any model", True), ("does not store any training data", False)],
)
def test_claim_words_kept_per_process(claim, any_kept):
    assert ("any" in claim_words(claim)) is any_kept
    assert claim_words(claim) is claim_words(claim)
