"""A term equated to a list of terms is a string of terms; a definition by kind, a set's
members and the fillers around a list are told apart (copula_lists.py, keywords.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.copula_lists import LINKS, equated_term
from interviewer.core.grading.keywords import is_keyword_string
from interviewer.core.grading.term_items import continued_predicates, is_claim, list_items
from interviewer.core.grading.text import Text


def keyword_string(answer: str) -> bool:
    text = Text.of(answer)
    return is_keyword_string(text, Structure.of(text))


def equated(answer: str) -> list[bool]:
    text = Text.of(answer)
    items = list_items(text)
    return [
        equated_term(text, items, k, lambda a, b: is_claim(text, a, b)) for k in range(len(items))
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "Docker is images, containers, volumes, registries and layers.",
        "Backpropagation means gradients, chain rule, weights and loss.",
        "Sharding equals partitions, replicas, keys and rebalancing.",
        # the link with a filler after the list
        "Caching is memory, keys, eviction and misses working as one.",
        "Vector search is embeddings plus indexes plus similarity and recall are the foundation.",
        # fillers that close a list
        "Queries, keys and values, and dot products are key to attention.",
        "Buckets, hashes, collisions, probing are what a hash map is.",
        "Shards, replicas, quorum, leader election, consensus all in one.",
    ],
)
def test_a_term_equated_to_a_list_is_a_keyword_string(answer):
    assert keyword_string(answer)


def test_the_item_that_opens_the_list_is_read_as_a_term():
    assert equated("Docker is images, containers, volumes and layers.") == [
        True,
        False,
        False,
        False,
    ]


@pytest.mark.parametrize(
    "answer",
    [
        # a definition by kind, its members with their articles, and a claim
        "A GAN is two networks, a generator and a discriminator, trained against each other.",
        "Docker is a tool that packages an app with its libraries, so it runs the same anywhere.",
        # a plural subject names a set's members
        "The main risks are bias, misuse, privacy and copyright.",
        # the list ends the sentence before enough terms follow
        "Docker is containers. They share the host kernel, so they start fast and stay small.",
        # a claim after the link
        "Caching is key to latency: repeated prompts are served from memory, so the model does "
        "not run again.",
        "Sharding is splitting rows across machines by key, so each node holds a part and "
        "queries touching one key hit one node.",
    ],
)
def test_definitions_and_claims_are_not(answer):
    assert not keyword_string(answer)
    assert not any(equated(answer))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from("is means a two the cache keys trains weights , . and".split()),
        max_size=14,
    )
)
def test_only_an_item_with_one_link_word_is_equated(words):
    answer = " ".join(words)
    text = Text.of(answer)
    items = list_items(text)
    for k, (first, last) in enumerate(items):
        found = equated_term(text, items, k, lambda a, b: is_claim(text, a, b))
        links = sum(1 for w in text.words[first : last + 1] if w in LINKS)
        if found:
            assert links == 1
            at = next(i for i in range(first, last + 1) if text.words[i] in LINKS)
            assert text.words[at + 1] not in {"a", "the", "two"}


@pytest.mark.parametrize(
    "answer",
    [
        "noisy labels, skewed sampling and stale logs; the ranker inherits and can widen them",
        "cold caches, hot keys and uneven shards; the cluster stalls and may recover",
    ],
)
def test_a_verb_phrase_going_on_after_and_makes_its_item_a_claim(answer):
    assert not keyword_string(answer)


def test_the_item_before_an_auxiliary_is_continued():
    text = Text.of("stale logs; the ranker inherits and can widen them")
    items = list_items(text)
    continued = continued_predicates(text, items)
    assert [text.words[a : b + 1] for a, b in continued] == [["the", "ranker", "inherits"]]
    # a list of terms joined by "and" goes on with no verb phrase
    terms = Text.of("stale logs, the ranker and the index and caches")
    assert not continued_predicates(terms, list_items(terms))


@pytest.mark.parametrize(
    "answer",
    [
        # found on SemEval: a complement that says where is no term
        "Switch X is within its own closed path and independent of Y and Z",
        "Switch X is within reach and independent of Y and Z",
    ],
)
def test_a_complement_with_a_preposition_is_no_term(answer):
    assert not any(equated(answer))


def test_an_equated_list_is_read_so_only_when_the_whole_answer_is_read():
    from interviewer.core.grading.keywords import bare_term_share

    alone = Text.of("Docker is images, containers, volumes and layers.")
    assert bare_term_share(alone) == (1.0, 4)
    text = Text.of(
        "Docker is images, containers, volumes and layers. Kubernetes schedules pods across "
        "nodes and restarts them when they fail."
    )
    second = frozenset(range(text.words.index("kubernetes"), len(text.words)))
    share, _ = bare_term_share(text, ignore=second)
    assert share < 0.75
    assert not is_keyword_string(text, Structure.of(text), ignore=second)


def equated_with_signs(answer: str) -> list[bool]:
    text = Text.of(answer)
    items = list_items(text)
    return [
        equated_term(
            text,
            items,
            k,
            lambda a, b: is_claim(text, a, b),
            lambda a, b: is_claim(text, a, b, led=False),
        )
        for k in range(len(items))
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "Docker = images, containers, volumes, registries and layers.",
        "Backpropagation = gradients, chain rule, weights and loss",
        "Caching ≈ memory, keys, eviction, misses",
    ],
)
def test_a_term_equated_to_a_list_by_a_sign_is_a_keyword_string(answer):
    """offq31: the sign of "equals" in a note links as the word does."""
    assert keyword_string(answer)
    assert equated_with_signs(answer)[0]


@pytest.mark.parametrize(
    "answer",
    [
        # a formula or a claim after the sign, a comparison, a definition by kind
        "Temperature = logits / T before softmax; low T sharpens, high T flattens.",
        "Loss = cross-entropy on the masked tokens only, computed per position.",
        "wider beam = better likelihood, more compute, blander text",
        "Docker = a tool that packages an app with its libraries, images and layers.",
    ],
)
def test_a_sign_before_a_claim_or_a_kind_equates_nothing(answer):
    assert not keyword_string(answer)
    assert not any(equated_with_signs(answer))


def test_without_a_reading_of_the_complement_a_sign_equates_nothing():
    assert equated("Docker = images, containers, volumes and layers.") == [False] * 4


def test_a_sign_just_before_an_item_makes_it_a_claim_only_when_it_leads():
    text = Text.of("Docker = images, containers")
    assert is_claim(text, 1, 1)
    assert not is_claim(text, 1, 1, led=False)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["cache", "keys", "memory", "eviction", "="]), min_size=1, max_size=8)
)
def test_only_an_item_with_one_link_sign_is_equated(words):
    """Whatever the words and signs, an item is equated only with exactly one link (a word or
    a sign) with words on either side, and reading never raises."""
    answer = " ".join(words) + ", hits, misses and latency."
    found = equated_with_signs(answer)
    signs = answer.split(",")[0].split().count("=")
    if found[0]:
        assert signs == 1
        assert answer.split(",")[0].split()[0] != "="
        assert answer.split(",")[0].split()[-1] != "="


def _read_for_signs_everywhere(read, *args):
    """`read` with every word asked whether a link sign stands before it, as before a text
    with no sign at all was left unread (every text said to hold a sign)."""
    from interviewer.core.grading import copula_lists

    kept = copula_lists._has_sign
    copula_lists._has_sign = lambda raw: True
    try:
        return read(*args)
    finally:
        copula_lists._has_sign = kept


@given(
    st.lists(
        st.sampled_from(["LoRA", "is", "=", "≈", "chains", "agents", ",", "means", "x=y", "-"]),
        min_size=1,
        max_size=10,
    ).map(" ".join)
)
def test_a_link_is_found_the_same_whether_signs_are_looked_for_first(raw):
    from interviewer.core.grading.copula_lists import has_link, link_of

    text = Text.of(raw)
    for first in range(len(text.words)):
        for last in range(first, len(text.words)):
            for read in (link_of, has_link):
                expected = _read_for_signs_everywhere(read, text, first, last)
                assert read(text, first, last) == expected


def test_my_own_note_with_a_sign_has_its_link_and_one_without_none():
    from interviewer.core.grading.copula_lists import has_link

    signed = Text.of("RAG = retrieval, ranking, generation")
    assert has_link(signed, 0, 1)
    plain = Text.of("RAG retrieval ranking generation")
    assert not has_link(plain, 0, 3)
