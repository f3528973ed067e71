"""Answers not in English (not_english.py, keyterms64): one plain note, the score kept; English
answers with typos, acronyms, code or a short term are read as English."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import Grader, reference_question
from interviewer.core.grading.not_english import NOT_ENGLISH_NOTE, looks_not_english

NOT_ENGLISH = [
    "インデックスは検索を速くするためのデータ構造ですが、書き込みが多いと遅くなります。",
    "金曜日にテストせずにデプロイして障害を起こしました。",
    "Индекс ускоряет поиск, но замедляет запись.",
    "Un índice acelera las búsquedas de datos pero hace más lentas las escrituras.",
    "インデックスはB-treeを使います",
]
ENGLISH = [
    "An index speeds up reads but slows down writes.",
    "teh databse indx speeds up reads",
    "TLS HSTS",
    "Ｈａｓｈ ｔａｂｌｅ ｕｓｅｓ ａ ｈａｓｈ ｆｕｎｃｔｉｏｎ 🙂🙂",
    "getId()",
    "B-tree",
    "lru cache eviction",
    "It is called Schadenfreude in German.",
    "asdf qwer zxcv uiop",
    "はい",
    "",
    "42",
]


@pytest.mark.parametrize("text", NOT_ENGLISH)
def test_an_answer_in_another_language_is_known(text: str) -> None:
    assert looks_not_english(text)


@pytest.mark.parametrize("text", ENGLISH)
def test_english_typos_terms_code_and_mashing_are_left_alone(text: str) -> None:
    assert not looks_not_english(text)


QUESTION = reference_question(
    "Explain what a database index is and when it can slow things down.",
    "An index is a data structure, often a B-tree, that finds rows without scanning the table; "
    "it slows writes because every insert or update must also update the index.",
)


def test_the_note_replaces_the_misleading_reasons_and_the_score_stands() -> None:
    grader = Grader(questions=[QUESTION])
    grade = grader.grade(QUESTION, NOT_ENGLISH[0])
    assert grade.feedback == (NOT_ENGLISH_NOTE,)
    english = grader.grade(QUESTION, "An index is a B-tree; it slows writes.")
    assert NOT_ENGLISH_NOTE not in english.feedback


def test_the_score_is_the_one_it_had() -> None:
    from interviewer.core.grading.not_english import told_not_english

    grade = Grader(questions=[QUESTION]).grade(QUESTION, NOT_ENGLISH[2])
    again = told_not_english(grade, NOT_ENGLISH[2])
    assert (again.score, again.band) == (grade.score, grade.band)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_the_detector_never_raises(text: str) -> None:
    assert looks_not_english(text) in (True, False)


def test_an_unreadable_answer_keeps_its_own_note() -> None:
    from dataclasses import replace

    from interviewer.core.grading.not_english import told_not_english

    grade = Grader(questions=[QUESTION]).grade(QUESTION, NOT_ENGLISH[0])
    flagged = replace(grade, flags=(*grade.flags, "unreadable"), feedback=("its own note",))
    assert told_not_english(flagged, NOT_ENGLISH[0]).feedback == ("its own note",)
