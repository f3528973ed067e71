"""Work done once rather than per answer (speed37): what is remembered or skipped gives what
computing it again would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.empty_predicates import KINDS, empty_predicate
from interviewer.core.grading.matching import make_phrase, modifiers


def test_a_phrases_adjacent_pairs_are_read_once_and_the_same():
    phrase = make_phrase("longer vectors need fewer heads", twice=True)
    assert phrase is not None
    modifiers._ADJACENT.clear()
    first = modifiers.adjacent_pairs(phrase)
    assert first == modifiers._adjacent_pairs_of(phrase)
    assert (phrase.text, phrase.tokens) in modifiers._ADJACENT
    assert 0 in first  # "longer" right before "vectors": a comparative and its noun
    # remembered: a second look is the same value, not read again
    modifiers._ADJACENT[phrase.text, phrase.tokens] = frozenset({99})
    assert modifiers.adjacent_pairs(phrase) == frozenset({99})
    modifiers._ADJACENT.clear()
    assert modifiers.adjacent_pairs(phrase) == first


def test_phrases_of_the_same_words_in_another_order_are_told_apart():
    one = make_phrase("longer vectors", twice=True)
    other = make_phrase("vectors longer", twice=True)
    assert one is not None and other is not None
    assert modifiers.adjacent_pairs(one) != modifiers.adjacent_pairs(other)


_OPENS = "(?=[\\w'])"

_PIECES = [
    *"is are 's 're really just what together drive driving round tie comes play do".split(),
    *"it this all everything home the a an rest whole bigger thing story picture".split(),
    *"core heart essence pillars themes piece 2 x2 é café at its their finest best".split(),
    *"in nutshell short so on you get gist that's about works up out together".split(),
    *"attention embeddings, loss. - ; ' '' 42 _ data_set".split(),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_the_empty_predicate_regex_finds_what_it_found_without_its_first_character_test(words):
    """The look-ahead that opens `empty_predicate` (a word character or an apostrophe) only
    spares the engine positions where no match can open: the same matches, digits, accents and
    apostrophes included."""
    raw = " ".join(words).lower()
    every = tuple(range(len(KINDS)))
    plain = re.compile(empty_predicate(every).pattern.removeprefix(_OPENS))
    fast = empty_predicate(every)
    assert [m.span() for m in fast.finditer(raw)] == [m.span() for m in plain.finditer(raw)]


def test_the_first_character_test_opens_the_regex():
    assert empty_predicate((0,)).pattern.startswith(_OPENS)
    assert [m.group(0) for m in empty_predicate((4,)).finditer("2 at its best")] == [
        "2 at its best"
    ]


def test_an_aliases_removal_is_read_once_per_text():
    from interviewer.core.grading.negative_aliases import removes_something

    removes_something.cache_clear()
    assert removes_something("skips the reward model")
    assert not removes_something("accuracy drops with length")
    assert removes_something("skips the reward model")  # remembered: the same answer
    info = removes_something.cache_info()
    assert (info.hits, info.misses) == (1, 2)


_SIGN_PIECES = ["LoRA", "=", "≈", "≠", "<", ">", "≤", "≥", "→", "←", "↔", "⇒", "∝", "-", "x=y", "é"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SIGN_PIECES + ["a", " ", "\n", ":"]), max_size=12).map("".join))
def test_a_sign_is_found_by_a_substring_test_where_the_regex_found_one(raw):
    """The signs are looked for by a substring test per sign, not a regex scan of the text:
    the same answer, text by text."""
    from interviewer.core.grading import copula_lists, term_items

    assert copula_lists._has_sign(raw) == (copula_lists._SIGN_RE.search(raw) is not None)
    signed = any(map(raw.__contains__, term_items.RELATION_SIGNS))
    assert signed == (re.search(r"[=≈≠<>≤≥→←↔⇒∝]", raw) is not None)
    assert signed == (term_items.RELATION_SIGN_RE.search(raw) is not None)
