"""Play 26 F14: an imported reference loses a lone list or quote marker, keeps its dunders
(`__enter__`), and level marks in headings ('#### Hard 🔴', 'Basics (easy)') set the level of the
questions under them instead of staying in the topic's title; a blank CSV line is 'blank'."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import clean_inline, import_list, parse_markdown, parse_table
from interviewer.core.importers.levels import take_level_mark

SETTINGS = settings(max_examples=80, deadline=None)
DATA = Path(__file__).parent / "data" / "import"
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)
TITLES = words.map(str.title).filter(lambda t: take_level_mark(f"({t})")[1] is None)
"""Heading titles that are not level words themselves ("Beginner (easy)" is a level heading)."""
identifiers = st.from_regex(r"[a-z][a-z0-9_]{0,10}[a-z0-9]", fullmatch=True)
MARKS = {
    "{t} (easy)": "beginner",
    "{t} (medium)": "intermediate",
    "{t} [hard]": "expert",
    "{t} 🟢": "beginner",
    "🟡 {t}": "intermediate",
    "{t} 🔴": "expert",
}
LEVEL_ONLY = {"Hard 🔴": "expert", "Intermediate 🟡": "intermediate", "🌱 Easy": "beginner"}


def test_the_testers_notes_have_clean_references_and_levels_from_headings() -> None:
    found = import_list(DATA / "play26_python_notes.md")
    answers = [q.answer for q in found.questions]
    assert answers[0].startswith("Lists are mutable, tuples are immutable.")
    assert answers[4].startswith("Generators are functions that use yield")
    assert answers[5].startswith("An object with __enter__ and __exit__ used in a `with` block")
    assert not any(a.startswith(("-", ">")) for a in answers)
    assert found.topics == ["Basics"]
    assert [q.level for q in found.questions] == ["beginner"] * 3 + ["intermediate"] * 3 + [
        "expert"
    ] * 4


def test_a_heading_level_mark_is_read_only_where_it_marks_a_level() -> None:
    from interviewer.core.importers.levels import heading_level_mark

    assert heading_level_mark("Hard 🔴") == ("", "expert")
    assert heading_level_mark("Basics (easy)") == ("Basics", "beginner")
    assert heading_level_mark("Intermediate 🟡") == ("", "intermediate")
    assert heading_level_mark("Joins 🟡") == ("Joins", "intermediate")
    assert heading_level_mark("🚀 Deployment") == ("🚀 Deployment", None)  # decoration
    assert heading_level_mark("Advanced questions") == ("", "expert")
    assert heading_level_mark("Transformers") == ("Transformers", None)


def test_a_list_of_several_items_keeps_its_markers() -> None:
    text = "1. What is a list?\n   - mutable\n   - ordered\n"
    [question] = parse_markdown(text).questions
    assert question.answer == "- mutable\n- ordered"


@SETTINGS
@given(
    st.lists(
        st.tuples(TITLES, st.sampled_from(sorted(MARKS)), st.lists(words, min_size=2)),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from(["##", "###", "####"]),
)
def test_a_level_mark_in_a_heading_sets_the_level_under_it_and_leaves_the_title(
    sections: list[tuple[str, str, list[str]]], depth: str
) -> None:
    out = ["# Notes", ""]
    expected = []
    for n, (title, mark, prompt_words) in enumerate(sections, start=1):
        prompt = f"What is {' '.join(prompt_words)}?"
        out += [f"{depth} {mark.format(t=title)}", "", f"{n}. {prompt}", "   - An answer.", ""]
        expected.append((prompt, title, MARKS[mark], "An answer."))
    found = parse_markdown("\n".join(out), "notes.md")
    got = [(q.prompt, q.topic, q.level, q.answer) for q in found.questions]
    assert got == expected


@SETTINGS
@given(st.sampled_from(sorted(LEVEL_ONLY)), st.lists(words, min_size=2, max_size=5))
def test_a_heading_that_is_only_a_level_is_no_topic(heading: str, prompt_words: list[str]) -> None:
    prompt = f"What is {' '.join(prompt_words)}?"
    found = parse_markdown(f"## Python\n\n### {heading}\n\n1. {prompt}\nYes.\n", "n.md")
    [question] = found.questions
    assert (question.topic, question.level) == ("Python", LEVEL_ONLY[heading])


@SETTINGS
@given(identifiers, st.booleans())
def test_a_dunder_name_keeps_its_underscores_bare_or_in_backticks(name: str, ticks: bool) -> None:
    dunder = f"`__{name}__`" if ticks else f"__{name}__"
    text = f"An object with {dunder} and **bold** words"
    assert clean_inline(text) == f"An object with {dunder} and bold words"


def test_blank_csv_lines_are_blank_and_an_unreadable_row_has_its_warning() -> None:
    text = 'question,answer\nWhat is x?,y\n\n   \n,,\nWhat is z?,"w\n'
    found = parse_table(text, "cards.csv", ",")
    notes = {e.line: e.note for e in found.account}
    assert notes[3] == notes[4] == notes[5] == "blank"
    warned = {w.line for w in found.warnings}
    assert all(line in warned for line, note in notes.items() if "cannot be read" in note)
