"""Reference mode's directions said in other words (directed/; play29 F6): a direction read
past a negation in an earlier clause, said of each of two joined things, and about what the
answer's whole segment names."""

from __future__ import annotations

from interviewer.core.grading import grade_reference
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.directed import directions
from interviewer.core.grading.text import Text

INDEX_Q = "What is a database index and what does it cost?"
INDEX = (
    "An index is a separate data structure, usually a B-tree, that lets the database find rows "
    "without scanning the whole table, so reads and lookups get faster. The cost is extra "
    "storage and slower writes, because every insert, update and delete must also update the "
    "index."
)
CACHE_Q = "What does caching do?"
CACHE = (
    "A cache keeps recent results in memory, which lowers latency and reduces load on the database."
)


def _said(sentence: str) -> set[tuple[str, int]]:
    text = Text.of(sentence)
    return {(d.thing, d.sign) for d in directions(text, Structure.of(text))}


def test_a_negation_in_an_earlier_clause_does_not_hide_a_direction():
    said = _said("It finds rows without scanning the whole table, so lookups get faster.")
    assert ("lookup", 1) in said


def test_a_negation_opening_the_segment_still_holds_it():
    assert _said("Without an index, the database scans every row, so lookups get slower.") == set()


def test_a_direction_is_said_of_both_joined_things():
    said = _said("The table is indexed, so reads and lookups get faster.")
    assert {("read", 1), ("lookup", 1)} <= said


def test_the_index_key_with_every_claim_reversed_in_other_words_fails():
    answer = (
        "An index is a separate data structure, usually a B-tree, that makes the database scan "
        "the whole table, so reads get slower. It costs nothing: it needs no extra storage and "
        "writes get faster."
    )
    grade = grade_reference(INDEX_Q, INDEX, answer)
    assert not grade.passed
    assert "contradiction" in grade.flags


def test_writes_faster_and_reads_slower_is_read_as_turned():
    grade = grade_reference(INDEX_Q, INDEX, "An index makes writes faster and reads slower.")
    assert "contradiction" in grade.flags


def test_more_load_said_of_what_the_segment_names_is_turned():
    answer = (
        "Keeping recent results in memory makes responses slower and puts more load on the "
        "database."
    )
    grade = grade_reference(CACHE_Q, CACHE, answer)
    assert not grade.passed
    assert any("more load" in c.evidence[0] for c in grade.contradictions)


def test_correct_answers_in_other_words_are_not_flagged():
    index_answers = (
        "An index speeds up lookups, so reads get faster, but writes get slower and it takes "
        "extra storage.",
        "Without an index the database scans the whole table, so reads are slower; with one, "
        "reads and lookups get faster, though writes get slower.",
        "Without an index, the database has to scan every row, so lookups get slower. An index "
        "is a B-tree kept beside the table. It costs disk space and makes writes slower.",
        "If you drop the index, reads get slower again. An index is a B-tree that makes lookups "
        "fast but costs storage and slows down writes.",
    )
    cache_answers = (
        "Because recent results are kept in memory, the database gets less load and responses "
        "are faster.",
        "Without a cache every request goes to the database, which puts more load on it; a "
        "cache keeps results in memory and lowers latency.",
        "Without a cache, latency is higher and the database carries more load; a cache keeps "
        "recent results in memory.",
    )
    for question, key, answers in (
        (INDEX_Q, INDEX, index_answers),
        (CACHE_Q, CACHE, cache_answers),
    ):
        for answer in answers:
            grade = grade_reference(question, key, answer)
            assert "contradiction" not in grade.flags, answer
