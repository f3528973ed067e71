"""Lists on list questions: the asked-for things, or terms naming nothing of the question's
subject (list_answers.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from orchestra import SUBJECT
from orchestra import list_flags as _flags

from interviewer.core.grading.feedback import KEYWORD_NOTE, OFF_LIST_NOTE, feedback_notes
from interviewer.core.grading.flags import asks_for_list
from interviewer.core.grading.list_answers import (
    CHAIN_OFF_SHARE,
    OFF_LIST_SHARE,
    lists_off_subject,
    off_list_share,
)
from interviewer.core.grading.term_chains import is_term_chain
from interviewer.core.grading.text import Text


@pytest.mark.parametrize(
    "answer",
    [
        "Violins, cellos, flutes, oboes, trumpets and timpani.",
        "Strings like violins and cellos, flutes, clarinets, horns, harps.",
        "Violins and cellos and flutes and oboes and trumpets.",
    ],
)
def test_a_list_of_the_asked_for_things_is_no_keyword_string(answer):
    assert off_list_share(Text.of(answer), SUBJECT) == 0.0
    assert "keyword_list" not in _flags(answer)


@pytest.mark.parametrize(
    "answer",
    [
        # the question's own words
        "Musical instruments, orchestra instruments, orchestral music, instrument sections, music.",
        # field jargon that names no instrument
        "Tempo, dynamics, harmony, melody, rhythm, conductor, scores and rehearsals.",
        # mostly jargon, one instrument dropped in
        "Violins, tempo, dynamics, harmony, rhythm and rehearsals.",
    ],
)
def test_a_list_naming_nothing_of_the_subject_is_a_keyword_string(answer):
    assert off_list_share(Text.of(answer), SUBJECT) > OFF_LIST_SHARE
    assert "keyword_list" in _flags(answer)


def test_a_list_mostly_of_the_asked_for_things_is_no_keyword_string():
    # two of six items off the subject: a list with extras, not a string of jargon
    answer = "Violins, cellos, flutes, trumpets, tempo and a conductor."
    assert 0 < off_list_share(Text.of(answer), SUBJECT) < OFF_LIST_SHARE
    assert "keyword_list" not in _flags(answer)


def test_half_the_items_off_the_subject_is_not_most():
    # as many things the reference does not name as things it does: a list, not jargon
    answer = "Violins, cellos, flutes, sitars, bagpipes and a didgeridoo."
    assert off_list_share(Text.of(answer), SUBJECT) == OFF_LIST_SHARE
    assert "keyword_list" not in _flags(answer)


def test_without_a_subject_a_list_question_takes_no_keyword_flag():
    answer = "Tempo, dynamics, harmony, melody, rhythm, conductor, scores and rehearsals."
    assert not lists_off_subject(Text.of(answer), frozenset())
    assert "keyword_list" not in _flags(answer, frozenset())


def test_ignored_words_are_left_out():
    text = Text.of("Tempo, dynamics, harmony, violins, cellos, flutes.")
    assert off_list_share(text, SUBJECT) == 0.5
    tempo = frozenset(i for i in text.content if text.words[i] in ("tempo", "dynamics"))
    assert off_list_share(text, SUBJECT, tempo) == pytest.approx(0.25)


WORDS = st.sampled_from(
    "violins cellos flutes tempo harmony rhythm music orchestra and the , ; - with".split()
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=25), st.booleans())
def test_the_share_is_a_share_and_the_flag_needs_a_subject(words, with_subject):
    text = Text.of(" ".join(words))
    subject = SUBJECT if with_subject else frozenset()
    share = off_list_share(text, subject)
    assert 0.0 <= share <= 1.0
    off = lists_off_subject(text, subject)
    # a chain of terms ("tempo and violins and violins and violins") is off with any item off
    chain = share > CHAIN_OFF_SHARE and is_term_chain(text)
    assert off == (with_subject and (share > OFF_LIST_SHARE or chain))
    if not with_subject and share:
        assert share == 1.0


def test_a_list_question_is_told_its_items_are_not_the_things_asked_for():
    listed = feedback_notes("missing", ["keyword_list"], [], [], "", list_asked=True)
    assert OFF_LIST_NOTE in listed and KEYWORD_NOTE not in listed
    strung = feedback_notes("missing", ["keyword_list"], [], [], "")
    assert KEYWORD_NOTE in strung and OFF_LIST_NOTE not in strung


@pytest.mark.parametrize(
    ("prompt", "asks"),
    [
        ("What are the main causes of inflation?", True),
        ("What are the key risks of a monolithic database?", True),
        ("What are the major families of sorting algorithms?", True),
        # the steps of a process are explained, not named
        ("What are the main steps of photosynthesis?", False),
        ("What are the three main stages of a compiler?", False),
        # "key" as a noun, and "main" said of one thing
        ("What are key, query and value in attention?", False),
        ("What is the main idea of dropout?", False),
    ],
)
def test_what_are_the_main_things_asks_for_a_list(prompt: str, asks: bool) -> None:
    assert asks_for_list(prompt) is asks
