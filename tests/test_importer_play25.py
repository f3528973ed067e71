"""Importer fixes from play 25: placeholders change nothing before them (B1), one-line
`Q: ... A: ...`, `4)` questions, setext headings and question tables (B2), question marks of
every script (B3)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import parse_markdown

SETTINGS = settings(max_examples=60, deadline=None)
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)
marks = st.sampled_from(["?", "\uff1f", "\u061f", "\u2e2e"])
prompts = st.tuples(st.lists(words, min_size=2, max_size=6), marks).map(
    lambda t: "What is " + " ".join(t[0]) + t[1]
)
answers = st.lists(words, min_size=3, max_size=10).map(lambda ws: " ".join(ws).capitalize() + ".")
placeholders = st.sampled_from(["TODO", "TBD", "Answer here", "...", "coming soon"])


def accounted(found, text: str) -> bool:
    return [e.line for e in found.account] == list(range(1, len(text.splitlines()) + 1))


def test_a_numbered_placeholder_leaves_the_previous_answer_alone() -> None:
    text = (
        "1. What is a hash map?\nA structure mapping keys to values via a hash function.\n\n"
        "2. What is a heap?\nTODO\n\n3. What is a trie?\nA prefix tree.\n\n4. TODO\n"
        "Answer here\n"
    )
    found = parse_markdown(text, "ph.md")
    assert [q.prompt for q in found.questions] == [
        "What is a hash map?",
        "What is a heap?",
        "What is a trie?",
    ]
    assert [q.answer for q in found.questions] == [
        "A structure mapping keys to values via a hash function.",
        "",
        "A prefix tree.",
    ]
    assert found.topics == []  # the bare TODO is not a topic
    notes = {e.line: (e.kind, e.note) for e in found.account}
    assert notes[5] == ("ignored", "placeholder, not an answer: 'TODO'")
    assert notes[10][0] == "ignored" and "placeholder" in notes[10][1]
    assert accounted(found, text)


@SETTINGS
@given(
    st.lists(st.tuples(prompts, answers), min_size=1, max_size=6),
    placeholders,
    st.sampled_from(["numbered", "after-answer", "bare"]),
)
def test_a_placeholder_never_changes_what_comes_before_it(
    pairs: list[tuple[str, str]], placeholder: str, where: str
) -> None:
    out = []
    for n, (prompt, answer) in enumerate(pairs, start=1):
        out += [f"{n}. {prompt}", answer, ""]
    if where == "numbered":
        out += [f"{len(pairs) + 1}. {placeholder}", "Answer here"]
    elif where == "after-answer":
        out.insert(len(out) - 1, placeholder)
    else:
        out += [placeholder]
    text = "\n".join(out)
    found = parse_markdown(text)
    assert accounted(found, text)
    assert [(q.prompt, q.answer) for q in found.questions] == pairs
    assert found.topics == []


def test_a_full_width_question_mark_ends_a_question() -> None:
    text = (
        "1. What is a café?\nA drink place.\n\n2. 日本語の質問は何ですか？\nこれは答えです。\n\n"
        "3. ما هو الذكاء الاصطناعي؟\nإجابة.\n\n4. ¿Qué es un café?\nUna bebida.\n"
    )
    found = parse_markdown(text)
    assert [q.prompt for q in found.questions] == [
        "What is a café?",
        "日本語の質問は何ですか？",
        "ما هو الذكاء الاصطناعي؟",
        "¿Qué es un café?",
    ]
    assert [q.answer for q in found.questions][1:] == ["これは答えです。", "إجابة.", "Una bebida."]


def test_public_layouts_setext_one_line_q_a_numbered_paren_and_a_table() -> None:
    text = (
        "Python Interview Questions\n==========================\n\nCore\n----\n\n"
        "### 1. What is Python?\nA high-level language.\n\n"
        "Q: What is a lambda function? A: An anonymous function.\n\n"
        "**Q:** What is the difference between `is` and `==`?\n**A:** Identity versus value.\n\n"
        "4) What are decorators in Python\nFunctions that wrap other functions.\n\n"
        "| Question | Answer |\n|---|---|\n"
        "| What is a generator? | A function that yields values lazily. |\n"
        "| What is a list comprehension? | A concise syntax to build lists. |\n"
    )
    found = parse_markdown(text, "public.md")
    assert found.title == "Python Interview Questions"
    assert found.topics == ["Core"]
    assert [(q.prompt, q.answer) for q in found.questions] == [
        ("What is Python?", "A high-level language."),
        ("What is a lambda function?", "An anonymous function."),
        ("What is the difference between `is` and `==`?", "Identity versus value."),
        ("What are decorators in Python", "Functions that wrap other functions."),
        ("What is a generator?", "A function that yields values lazily."),
        ("What is a list comprehension?", "A concise syntax to build lists."),
    ]
    kinds = {e.line: e.kind for e in found.account}
    assert kinds[1] == kinds[4] == "heading" and kinds[2] == kinds[5] == "ignored"
    assert accounted(found, text)


def test_a_table_without_question_columns_stays_in_the_answer() -> None:
    text = "1. What are the join types?\nThese:\n\n| Join | Keeps |\n|---|---|\n| inner | both |\n"
    [question] = parse_markdown(text).questions
    assert question.answer == "These:\nJoin; Keeps\ninner; both"


def test_a_numbered_question_word_line_inside_an_introduced_list_stays_in_the_answer() -> None:
    text = "1. How do you debug?\nAsk these:\n\n2. What changed recently\n3. What do logs say\n"
    [question] = parse_markdown(text).questions
    assert "2. What changed recently" in question.answer


@SETTINGS
@given(
    st.lists(st.tuples(prompts, answers), min_size=1, max_size=8),
    st.sampled_from(["setext", "one-line-q-a", "table", "paren-after-marker"]),
    st.sampled_from(["Question | Answer", "Q | A", "Prompt | Answer", "question | answer"]),
)
def test_new_layouts_round_trip(pairs: list[tuple[str, str]], style: str, header: str) -> None:
    out = ["My List", "=======", "", "Topic", "-----", ""]
    if style == "table":
        out += [f"| {header} |", "|---|---|"]
    for n, (prompt, answer) in enumerate(pairs, start=1):
        if style == "setext":
            out += [f"{n}. {prompt}", answer, ""]
        elif style == "one-line-q-a":
            out += [f"Q: {prompt} A: {answer}", ""]
        elif style == "table":
            out += [f"| {prompt} | {answer} |"]
        else:
            out += [f"**Q:** {prompt}", f"**A:** {answer}", "", f"{n}) {prompt}", answer, ""]
    text = "\n".join(out)
    found = parse_markdown(text)
    assert accounted(found, text)
    expected = pairs if style != "paren-after-marker" else [p for pair in pairs for p in [pair] * 2]
    assert [(q.prompt, q.answer) for q in found.questions] == expected
    assert found.title == "My List" and {q.topic for q in found.questions} == {"Topic"}
