"""denial_words/ (code60): the words of denial split by idea, one module each, every name the
old denial_words.py defined still importable from the package, and a rule of each module."""

from __future__ import annotations

import importlib

import pytest

from interviewer.core.grading import denial_words
from interviewer.core.grading.denial_words import breaks, negated_verbs, negations, past_time
from interviewer.core.grading.denial_words.dismissing import dismissing
from interviewer.core.grading.denial_words.phrase_lists import by_first_word, opens
from interviewer.core.grading.denial_words.setting_aside import REJECTING, REJECTING_WORDS
from interviewer.core.grading.text import Text

WHERE = {
    "negations": (
        "NEGATIONS has_negation NEGATIVE_PREFIXES two_sided REMOVALS REMOVAL_QUANTIFIERS "
        "NEED_REMOVERS removes_the_need COORDINATORS COORDINATED_WORDS LOSS_WORDS LIGHT_VERBS "
        "DEGREE_WORDS SUPPOSING POSSIBILITY_MODALS CAUTIONS BOTH_SIDES EMPHASIS_WORDS "
        "ANY_COMPARATIVES ANY_MORE_OBJECT"
    ),
    "negated_verbs": (
        "BE_FORMS NEEDED_WORDS UNNEEDED_WORDS MODALS HEDGES VERB_AUXILIARIES "
        "PARTICIPLE_AUXILIARIES PARTICIPLE_ENDINGS DETERMINERS negated_verb negation_auxiliary"
    ),
    "setting_aside": (
        "CONTRASTS REJECTING DIFFERING COMPARED_WITH REJECTING_WORDS DIFFERING_WORDS "
        "COMPARED_WITH_WORDS"
    ),
    "phrase_lists": "by_first_word opens",
    "past_time": "PAST_TIME PAST_TIME_WORDS in_the_past",
    "dismissing": "DISMISSING dismissing",
    "breaks": (
        "CLAUSE_OPENERS NEW_SUBJECT_WORDS next_word ABBREVIATIONS SENTENCE_END_RE "
        "CLAUSE_BREAK_RE LIST_ITEM_WORDS reach_through_list"
    ),
}
"""Each public name of the old denial_words.py (53), by the module that defines it now."""


def test_every_old_name_is_the_package_s_and_its_module_s() -> None:
    named = [(module, name) for module, names in WHERE.items() for name in names.split()]
    assert len(named) == 53
    assert sorted(denial_words.__all__) == sorted(name for _, name in named)
    for module, name in named:
        defining = importlib.import_module(f"{denial_words.__name__}.{module}")
        assert getattr(denial_words, name) is vars(defining)[name], name


def test_a_list_closed_by_or_reads_the_coordinators() -> None:
    # one definition of "or" / "nor" (test_function_words.py): the list reach uses COORDINATORS
    assert breaks._LIST_CLOSERS is negations.COORDINATORS


@pytest.mark.parametrize(
    ("words", "expected"),
    [("it does n't need labels", True), ("it rarely needs labels", True), ("it needs", False)],
)
def test_negations_deny(words: str, expected: bool) -> None:
    assert negations.has_negation(words.split()) is expected


def test_a_word_and_its_negative_prefixed_form_say_both_sides() -> None:
    assert negations.two_sided("mutable or immutable".split())
    assert not negations.two_sided("it is immutable".split())
    assert negations.removes_the_need("it removes the need for labels".split(), 1)
    assert not negations.removes_the_need("it removes the noise".split(), 1)


def test_the_verb_a_negation_stands_on() -> None:
    words = "it does not write the text".split()
    assert negated_verbs.negation_auxiliary(words, 2) == "does"
    assert negated_verbs.negated_verb(words, 2, 3, 5)  # "the" stands between verb and object
    passive = "it is not written one word".split()
    assert negated_verbs.negated_verb(passive, 2, 3, 4)  # a participle after "is not"
    assert not negated_verbs.negated_verb("it is not word".split(), 2, 3, 3)
    assert negated_verbs.negation_auxiliary(["cannot"], 0) == "can"
    assert negated_verbs.negation_auxiliary(["never"], 0) == ""


def test_phrases_found_by_their_first_word() -> None:
    found = by_first_word(["rather than", "instead of", "rather so"])
    assert found["rather"] == [["rather", "than"], ["rather", "so"]]
    words = "it is fine rather than slow".split()
    assert opens(found, words, 3)
    assert not opens(found, words, 4)
    assert by_first_word(REJECTING) == REJECTING_WORDS


def test_past_time_sets_the_claim_in_the_past_not_a_use() -> None:
    assert past_time.in_the_past("in the past models were built".split())
    assert past_time.in_the_past("we used to write rules".split())
    assert not past_time.in_the_past("a mask is used to block positions".split())
    assert not past_time.in_the_past("the tokens in the past".split())


def test_dismissing_phrases_frame_a_claim() -> None:
    assert dismissing("it is a myth that".split())
    assert dismissing("people often think".split())
    assert not dismissing("it can't correct its own mistakes".split())


def test_a_negation_reaches_through_a_short_list_closed_by_or() -> None:
    text = Text.of("It needs no reward model, sampling or RL loop.")
    words = text.words
    n = words.index("no")
    j = words.index("sampling")
    segments = [0] * len(words)
    clauses = [0 if i < j else 1 for i in range(len(words))]
    reach = [-1] * len(words)
    breaks.reach_through_list(text.raw, text.spans, words, segments, clauses, reach, n, j)
    assert [words[i] for i, r in enumerate(reach) if r == n] == ["sampling", "or", "rl", "loop"]
    reach = [-1] * len(words)
    linked = Text.of("It needs no reward model, so sampling or RL loop.")
    k = linked.words.index("so")
    clauses = [0 if i < k else 1 for i in range(len(linked.words))]
    segments = [0] * len(linked.words)
    breaks.reach_through_list(
        linked.raw, linked.spans, linked.words, segments, clauses, reach, n, k
    )
    assert all(r < 0 for r in reach)  # ", so ...": a new clause, not an item denied
    assert breaks.next_word(["a", "b"], 0) == "b"
    assert breaks.next_word(["a", "b"], 1) == ""
