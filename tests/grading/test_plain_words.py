"""Reference mode: a plain wording of a key's term ("all or nothing", "can be changed") is read as
the term ("atomicity", "mutable"), play27 M5 and M4."""

from __future__ import annotations

from importlib.resources import files

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading import grade_reference
from interviewer.core.grading.plain_words import SLOT, PlainWords, plain_terms
from interviewer.core.grading.text import STOP_WORDS, Text

LIST_TUPLE = "What is the difference between a list and a tuple in Python?"
LIST_TUPLE_KEY = (
    "A list is mutable, so you can change its elements after creation, while a tuple is "
    "immutable. Tuples are hashable and can be used as dictionary keys."
)
LIST_TUPLE_WORDS = ["mutable", "immutable", "dictionary keys"]
INDEX = "What does an index do in a database?"
INDEX_KEY = (
    "An index speeds up reads and lookups on a column, at the cost of extra storage and slower "
    "writes."
)
TRANSACTION = "What is a transaction?"
TRANSACTION_KEY = (
    "A transaction groups several statements so they all succeed or all fail together "
    "(atomicity); with isolation, concurrent transactions do not see each other's partial "
    "changes."
)


def _found(grade) -> dict[str, tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return {m.concept: m.evidence for m in grade.matched}


def test_all_or_nothing_and_at_the_same_time_detect_the_derived_terms() -> None:
    answer = (
        "It's all-or-nothing: either every step of the unit of work is saved or none of it is, "
        "and other users running at the same time don't see your half-done changes."
    )
    grade = grade_reference(TRANSACTION, TRANSACTION_KEY, answer)
    found = _found(grade)
    assert found["atomicity"] == ("all-or-nothing",)  # quoted as the candidate wrote it
    assert found["concurrent"] == ("at the same time",)
    assert grade.passed  # play27 M5: 60.3 `weak`, both terms "not detected"


def test_the_quirks_it_learned_are_the_noise_it_memorised() -> None:
    grade = grade_reference(
        "What is overfitting?",
        "Overfitting is when a model has low training error but high test error because it "
        "memorised noise.",
        "The model does great on the data it learned from but badly on new data, because it "
        "learned the quirks instead of the pattern.",
    )
    # the key term is "noise" since key29 ("memorised" is the key's verb, not part of a term)
    assert _found(grade)["noise"] == ("learned the quirks",)
    assert grade.passed  # 56.4 `weak` in play27


def test_disk_space_and_insert_or_update_are_the_keys_storage_and_writes() -> None:
    answer = (
        "It's like the index at the back of a book: the database can jump straight to matching "
        "rows instead of scanning the whole table. The price is disk space and every insert or "
        "update has to maintain it too."
    )
    grade = grade_reference(INDEX, INDEX_KEY, answer, keywords=["speeds up", "storage", "writes"])
    found = _found(grade)
    assert found["storage"] == ("disk space",)
    assert found["writes"] == ("insert or update",)


def test_a_swap_in_plain_words_is_caught_and_ranks_below_the_right_answer() -> None:
    right = grade_reference(
        LIST_TUPLE,
        LIST_TUPLE_KEY,
        "Lists can be changed after you make them but tuples cannot, which also means tuples "
        "can be used as keys in a dict.",
        keywords=LIST_TUPLE_WORDS,
    )
    swapped = grade_reference(
        LIST_TUPLE,
        LIST_TUPLE_KEY,
        "You can modify a tuple after creating it, but a list is fixed forever. That's why "
        "people use lists as dict keys.",
        keywords=LIST_TUPLE_WORDS,
    )
    assert _found(right)["mutable"] == ("can be changed",)
    assert "contradiction" in swapped.flags
    (swap,) = swapped.contradictions
    assert swap.evidence == ("You can modify a tuple after creating it", "a list is fixed forever")
    assert swapped.score < right.score  # play27: 73.5 above the right answer's 71.8


def test_a_negation_read_into_a_term_keeps_the_polarity_the_candidate_wrote() -> None:
    """ "you cannot change a tuple" is read "tuple immutable": its "cannot" is no longer a word
    of the answer, but the short answer still agrees with a key that says "never changes"."""
    key = "A tuple is immutable, so its hash never changes and it can be a dictionary key."
    answer = (
        "Because you cannot change a tuple after creating it, its hash stays the same, so it "
        "works as a dict key."
    )
    grade = grade_reference("Why is a tuple hashable?", key, answer)
    assert _found(grade)["immutable"] == ("you cannot change a tuple",)
    assert not any(p.signal in ("negation", "negated") for p in grade.explanation)
    assert grade.band == "strong"  # 86.1 before plain words; 50.0 with the "not" lost


def test_read_only_for_a_term_the_key_uses_and_a_wording_it_does_not() -> None:
    assert PlainWords.of(TRANSACTION, ["A transaction groups statements."]).wordings == {}
    plain = PlainWords.of(TRANSACTION, [TRANSACTION_KEY])
    read = plain.read(Text.of("Steps run at the same time, all or nothing."))
    assert read.words == ["steps", "run", "concurrent", "atomicity"]
    # the key says "at the same time" itself: the answer's words match it as they are
    own = PlainWords.of(TRANSACTION, [TRANSACTION_KEY + " They run at the same time."])
    assert own.read(Text.of("Steps run at the same time.")).words[-1] == "time"


def test_a_term_the_question_names_is_not_read() -> None:
    """The question's words are no key term: an answer read as saying them would look as if
    it restated the question."""
    plain = PlainWords.of("What is concurrency control?", ["Concurrent users are isolated."])
    text = Text.of("Users working at the same time are kept apart.")
    assert plain.read(text) is text


def test_a_negation_before_the_wording_stays_before_the_term() -> None:
    plain = PlainWords.of(TRANSACTION, [TRANSACTION_KEY])
    read = plain.read(Text.of("They do not run at the same time."))
    assert read.words == ["they", "do", "not", "run", "concurrent"]


def test_a_thing_said_by_you_is_read_with_its_term_and_quoted_as_written() -> None:
    plain = PlainWords.of(LIST_TUPLE, [LIST_TUPLE_KEY])
    text = Text.of("You can modify a list, but you cannot change a tuple.")
    read = plain.read(text)
    assert read.words == ["list", "mutable", "but", "tuple", "immutable"]
    assert read.quote(0, 1) == "You can modify a list"
    assert read.quote(3, 4) == "you cannot change a tuple"
    # with no one doing it, the wording is read without its thing
    assert plain.read(Text.of("A list can be modified.")).words == ["a", "list", "mutable"]
    # the key says "you can change its elements" itself: that wording is left as it is
    assert plain.read(Text.of("You can change a list.")).words[-1] == "list"


def test_every_table_line_has_forms_and_wordings_of_words() -> None:
    written = files("interviewer.core.grading").joinpath("plain_words.txt").read_text("utf-8")
    lines = [line for line in written.splitlines() if line.strip() and line[0] != "#"]
    assert len(plain_terms()) == len(lines) > 30
    for line, term in zip(lines, plain_terms(), strict=True):
        assert line.count("|") == 1 and SLOT not in line.partition("|")[0], line
        assert term.forms and term.wordings and all(term.forms), line
        wordings = [*term.wordings, *term.said_of]
        assert all(wordings), line  # none is only articles
        assert not set(wordings) & set(term.forms), line  # no wording is the term itself


_PIECES = [
    "you",
    "can",
    "modify",
    "a",
    "the",
    "list",
    "tuple",
    "cannot",
    "change",
    "be",
    "changed",
    "at",
    "same",
    "time",
    "all",
    "or",
    "nothing",
    "not",
    ",",
    ".",
    "its",
    "fixed",
    "forever",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_a_read_text_keeps_its_words_in_order_and_quotes_the_writer(words: list[str]) -> None:
    """Whatever is read, the words keep the writer's order, each quotes the writer's own text,
    and the content words are the words that are not stop words."""
    plain = PlainWords.of(LIST_TUPLE, [LIST_TUPLE_KEY, TRANSACTION_KEY])
    text = Text.of(" ".join(words))
    read = plain.read(text)
    assert len(read.words) == len(read.spans) == len(read.stems) <= len(text.words) + 1
    starts = [start for start, _ in read.spans]
    assert starts == sorted(starts)
    assert read.content == [i for i, w in enumerate(read.words) if w not in STOP_WORDS]
    for k in range(len(read.words)):
        assert read.quote(k, k).strip() and read.quote(k, k) in text.raw


def test_plain_wordings_of_database_terms_are_read_as_the_keys_terms() -> None:
    # refmode39: correct answers in a student's own words scored 50-57 against an SQL key
    cases = [
        (
            "What happens when a transaction fails halfway?",
            "When one statement fails, the whole transaction is rolled back.",
            ["rolled back"],
            "Whatever it had already changed is undone, as if it never ran.",
            {"rolled back": ("undone",)},
        ),
        (
            "When is a hash table lookup slow?",
            "A lookup is slow when many keys collide in one bucket.",
            ["collide"],
            "When lots of keys end up in the same slot and have to be searched one by one.",
            {"collide": ("same slot",)},
        ),
        (
            "What does this constraint require?",
            "The column may not contain NULL for any row.",
            ["column", "null", "row"],
            "That field is filled in every record: a record with a missing value is rejected.",
            {"column": ("field",), "row": ("record",), "null": ("missing value",)},
        ),
        (
            "Why is a query without an index slow?",
            "Without an index the database must fall back to scanning the table.",
            ["scanning"],
            "The database has to go through every row to find the matching ones.",
            {"scanning": ("go through every row",)},
        ),
    ]
    for question, key, keywords, answer, wanted in cases:
        found = _found(grade_reference(question, key, answer, keywords=keywords))
        for term, evidence in wanted.items():
            assert found.get(term) == evidence, (term, found)


WRITES_KEY = "An index makes lookups faster, but inserts and updates are slower."


def test_a_key_in_plain_words_reads_the_term_as_them_in_reference_mode_only() -> None:
    answer = Text.of("Reads get quicker but writes cost more.")
    both = PlainWords.of(INDEX, [WRITES_KEY], both_ways=True)
    read = both.read(answer)
    assert read.words[-5:-2] == ["inserts", "and", "updates"]
    assert {read.quote(k, k) for k in range(len(read.words) - 5, len(read.words) - 2)} == {"writes"}
    # rubric mode reads one way only: the table's wordings as the key's terms
    assert PlainWords.of(INDEX, [WRITES_KEY]).read(answer).words == answer.words
    # a key that says the term itself leaves it as the answer wrote it
    said = PlainWords.of(INDEX, [WRITES_KEY + " Writes wait."], both_ways=True)
    assert said.read(answer).words == answer.words


def test_a_right_answer_with_the_term_scores_higher_against_a_plain_key() -> None:
    right = grade_reference(
        INDEX, WRITES_KEY, "It makes reads quicker, while every write gets a bit slower."
    )
    wrong = grade_reference(INDEX, WRITES_KEY, "It makes reads slower and writes quicker.")
    # before: 69.8 weak and 71.0 adequate, the wrong one above the right one
    assert right.similarity > 0.3 and right.passed
    assert wrong.contradictions and not wrong.passed


@given(st.lists(st.sampled_from([*_PIECES, "writes", "write", "inserts", "and"]), max_size=16))
def test_a_text_read_both_ways_keeps_its_order_and_quotes_the_writer(words: list[str]) -> None:
    plain = PlainWords.of(INDEX, [WRITES_KEY, TRANSACTION_KEY], both_ways=True)
    text = Text.of(" ".join(words))
    read = plain.read(text)
    assert len(read.words) == len(read.spans) == len(read.stems)
    starts = [start for start, _ in read.spans]
    assert starts == sorted(starts)
    assert read.content == [i for i, w in enumerate(read.words) if w not in STOP_WORDS]
    for k in range(len(read.words)):
        assert read.quote(k, k).strip() and read.quote(k, k) in text.raw
