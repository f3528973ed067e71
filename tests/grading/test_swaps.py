"""Reference mode: what the answer key says of one subject, said of the other, is a wrong claim."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from wrong_claims import answers_of, assert_quoted_verbatim_and_capped

from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader, grade_reference
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.opposed_sides import NOT
from interviewer.core.grading.reference_scoring import CAP
from interviewer.core.grading.subject_sides import referents, sides
from interviewer.core.grading.swaps import reference_contrasts
from interviewer.core.grading.text import Text

SQL = "What is the difference between WHERE and HAVING?"
SQL_KEY = "WHERE filters rows before grouping, while HAVING filters groups after aggregation."

KEYS = {
    "sql": (SQL, SQL_KEY),
    "tuple": (
        "How do lists and tuples differ?",
        "A list is mutable and can be changed in place. A tuple is immutable and cannot be "
        "changed after creation.",
    ),
    "tcp": (
        "Compare TCP and UDP.",
        "TCP is connection-oriented and guarantees ordered delivery. UDP is connectionless and "
        "gives no delivery guarantee.",
    ),
    "thread": (
        "How does a thread differ from a process?",
        "A process has its own memory space. A thread shares the memory of its process.",
    ),
    "join": (
        "What does a LEFT JOIN keep that a RIGHT JOIN does not?",
        "A LEFT JOIN keeps every row of the left table and fills missing matches with NULL; a "
        "RIGHT JOIN keeps every row of the right table.",
    ),
}


def test_a_contrast_is_two_sides_that_say_different_things_of_two_subjects() -> None:
    contrasts = reference_contrasts(Text.of(SQL_KEY))
    assert [c.names for c in contrasts] == [("WHERE", "HAVING")]
    assert contrasts[0].quotes == (
        "WHERE filters rows before grouping",
        "HAVING filters groups after aggregation",
    )


@pytest.mark.parametrize(
    ("key", "answer", "quoted"),
    [
        (
            "sql",
            "WHERE filters groups after aggregation; HAVING filters rows before grouping.",
            ("HAVING filters rows before grouping", "WHERE filters groups after aggregation"),
        ),
        (
            "sql",
            "HAVING filters rows before grouping and WHERE filters groups after aggregation.",
            ("HAVING filters rows before grouping", "WHERE filters groups after aggregation"),
        ),
        (
            "sql",
            "The WHERE clause filters groups after aggregation. The HAVING clause filters rows "
            "before grouping.",
            (
                "The HAVING clause filters rows before grouping",
                "The WHERE clause filters groups after aggregation",
            ),
        ),
        (
            "tuple",
            "A tuple is mutable and can be changed in place. A list is immutable.",
            ("A tuple is mutable and can be changed in place", "A list is immutable"),
        ),
        (
            "tcp",
            "UDP is connection-oriented and guarantees ordered delivery, while TCP is "
            "connectionless.",
            ("UDP is connection-oriented and guarantees ordered delivery", "TCP is connectionless"),
        ),
        (
            "thread",
            "A thread has its own memory space, and a process shares the memory of its thread.",
            ("A thread has its own memory space", "a process shares the memory of its thread"),
        ),
        (
            "join",
            "A LEFT JOIN keeps every row of the right table, and a RIGHT JOIN keeps every row "
            "of the left table.",
            (
                "a RIGHT JOIN keeps every row of the left table",
                "A LEFT JOIN keeps every row of the right table",
            ),
        ),
    ],
)
def test_subjects_swapped_are_caught_quoted_and_cannot_pass(
    key: str, answer: str, quoted: tuple[str, str]
) -> None:
    prompt, reference = KEYS[key]
    assert not grade_reference(prompt, reference, reference).contradictions
    grade = grade_reference(prompt, reference, answer)
    assert len(grade.contradictions) == 1, answer
    swap = grade.contradictions[0]
    assert swap.evidence == quoted
    assert all(e in answer for e in swap.evidence)  # the candidate's own words
    assert swap.concept.endswith("(swapped)")
    assert grade.score <= CAP and not grade.passed and grade.band in ("weak", "missing")
    assert "are swapped" in grade.feedback[0]


@pytest.mark.parametrize(
    "answer",
    [
        SQL_KEY,
        "WHERE filters rows before grouping, HAVING filters groups after aggregation.",
        "HAVING filters groups after aggregation, whereas WHERE filters rows before grouping.",
        # set aside, not claimed
        "Unlike HAVING, which filters groups, WHERE filters rows before grouping.",
        # one side only, said of the other subject, is not enough to be sure
        "HAVING filters rows, and it is used with GROUP BY.",
        # the key's way said too: the swapped sentence is an aside
        "WHERE filters rows before grouping and HAVING filters groups after aggregation; a "
        "common slip is to say HAVING filters rows before grouping and WHERE filters groups "
        "after aggregation.",
    ],
)
def test_what_is_not_a_swap_is_not_flagged(answer: str) -> None:
    assert grade_reference(SQL, SQL_KEY, answer).contradictions == ()


def test_only_reference_mode_reads_the_keys_contrasts() -> None:
    """A rubric has `about` for its contrasts (subjects/contrast.py): the key's sides are not
    read."""
    bank = Catalog(None).find("genai")
    grader = Grader(bank)
    rubric = next(q for q in bank if q.concepts and q.reference_answers)
    assert grader._prepare(rubric).reference_contrasts == []


@settings(max_examples=150, deadline=None)
@given(
    answers_of(
        "WHERE HAVING GROUP filters rows groups before after grouping aggregation and while it "
        "which not unlike the clause"
    )
)
def test_any_text_is_read_without_error_and_quoted_verbatim(answer: str) -> None:
    assert_quoted_verbatim_and_capped(grade_reference(SQL, SQL_KEY, answer), answer)


@pytest.mark.parametrize(
    ("key", "swapped", "right"),
    [
        (
            "A list is mutable, while a tuple is immutable. Tuples are slightly faster and can be "
            "used as dictionary keys.",
            "A tuple is mutable, while a list is immutable.",
            "A list can be changed; a tuple is immutable, so tuples can be dictionary keys.",
        ),
        (
            "TCP is connection-oriented and reliable, while UDP is connectionless and unreliable.",
            "TCP is connectionless and unreliable, while UDP is connection-oriented and reliable.",
            "TCP sets up a connection and is reliable; UDP is connectionless, unreliable but fast.",
        ),
    ],
)
def test_sides_that_say_a_word_and_its_negation_are_a_contrast(
    key: str, swapped: str, right: str
) -> None:
    """play23 F1: the README's own example ("a tuple is mutable, a list is immutable") scored
    93.2: the key's sides shared no word, only "mutable" and "immutable"."""
    assert grade_reference("How do they differ?", key, swapped).contradictions
    assert not grade_reference("How do they differ?", key, right).contradictions
    assert not grade_reference("How do they differ?", key, key).contradictions


LOCKING = "What is the difference between optimistic and pessimistic locking?"
LOCKING_KEY = (
    "Pessimistic locking takes a lock on the row before changing it, so other transactions "
    "wait; it suits high contention. Optimistic locking takes no lock: it checks a version "
    "number at commit and retries if another transaction changed the row; it suits low "
    "contention."
)
RENDERING = "Compare client-side and server-side rendering."
RENDERING_KEY = (
    "Client-side rendering builds the page in the browser with JavaScript. Server-side "
    "rendering builds the HTML on the server and sends it ready to show."
)
FIREWALL = "How do stateful and stateless firewalls differ?"
FIREWALL_KEY = (
    "Stateful firewalls keep a record of each connection: they judge a packet by its session. "
    "Stateless firewalls keep no record: they judge each packet alone."
)


def test_a_name_written_with_hyphens_is_one_subject() -> None:
    """play28 B1: "Write-through" and "Write-back" were both the subject "write"."""
    contrasts = reference_contrasts(Text.of(RENDERING_KEY))
    assert ("Client-side", "Server-side") in [c.names for c in contrasts]
    assert all("rendering" not in " ".join(c.apart[0] | c.apart[1]) for c in contrasts)


def test_it_and_they_say_what_follows_of_the_subject_they_refer_to() -> None:
    text = Text.of(FIREWALL_KEY)
    structure = Structure.of(text)
    held = referents(text, structure)
    assert sorted(held.values()) == ["stateful", "stateless"]
    said = {(s.subject, s.said) for s in sides(text, structure, frozenset({"firewall"}))}
    assert ("stateful", frozenset({"judg", "packet", "session"})) in said
    assert ("stateless", frozenset({"judg", "packet", "alon"})) in said


def test_a_sentence_that_opens_with_it_refers_to_the_previous_sentences_subject() -> None:
    text = Text.of("A mutex guards one resource. It is owned by one thread.")
    assert list(referents(text, Structure.of(text)).values()) == ["mutex"]


def test_what_a_negation_reaches_is_said_negated() -> None:
    text = Text.of("Stateless firewalls keep no record.")
    (side,) = sides(text, Structure.of(text))
    assert side.said == frozenset({"firewall", "keep", NOT + "record"})


@pytest.mark.parametrize(
    ("prompt", "key", "swapped", "right"),
    [
        (
            LOCKING,
            LOCKING_KEY,
            # play28 B1: the key word for word with the two names swapped scored 93.2
            "Optimistic locking takes a lock on the row before changing it, so other "
            "transactions wait; it suits high contention. Pessimistic locking takes no lock: it "
            "checks a version number at commit and retries if another transaction changed the "
            "row; it suits low contention.",
            "With pessimistic locking you lock the record up front and everyone else waits. "
            "With optimistic locking you don't lock; you check the version at commit and retry.",
        ),
        (
            LOCKING,
            LOCKING_KEY,
            "Optimistic locking locks the row first so others wait, good for high contention. "
            "Pessimistic locking uses a version check at commit and retries, good for low "
            "contention.",
            "Pessimistic locking locks the row first so others wait, good for high contention. "
            "Optimistic locking uses a version check at commit and retries, good for low "
            "contention.",
        ),
        (
            RENDERING,
            RENDERING_KEY,
            "Server-side rendering builds the page in the browser with JavaScript. Client-side "
            "rendering builds the HTML on the server and sends it ready to show.",
            "Client-side rendering runs JavaScript in the browser to build the page; server-side "
            "rendering sends finished HTML from the server.",
        ),
        (
            FIREWALL,
            FIREWALL_KEY,
            "Stateless firewalls keep a record of each connection: they judge a packet by its "
            "session. Stateful firewalls keep no record: they judge each packet alone.",
            "A stateful firewall keeps a record of every connection and session it has seen, "
            "while a stateless one keeps none and judges each packet alone.",
        ),
    ],
)
def test_a_contrast_of_two_word_names_across_sentences_swapped_is_caught(
    prompt: str, key: str, swapped: str, right: str
) -> None:
    """play28 B1: only the README's tuple/list swap was caught; the names of two words, the
    sides said in clauses that open with "it", and "takes a lock" / "takes no lock" were not
    read."""
    assert not grade_reference(prompt, key, key).contradictions
    assert not grade_reference(prompt, key, right).contradictions
    grade = grade_reference(prompt, key, swapped)
    # the locking key's "it suits high contention" said of the other subject is also the key
    # turned around (reversals.py): told as well
    assert [c for c in grade.contradictions if c.concept.endswith("(swapped)")]
    assert grade.score <= CAP and not grade.passed
