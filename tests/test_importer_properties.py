"""Property tests for each importer: any text parses without raising, every line is accounted
for exactly once, and generated question lists come back question for question."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import (
    clean_inline,
    parse_jsonl,
    parse_markdown,
    parse_table,
    to_bank_yaml,
)
from interviewer.core.importers.levels import take_level_mark

SETTINGS = settings(max_examples=60, deadline=None)
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8).filter(
    lambda w: w not in ("vs", "versus")
)
"""Plain words: "What is X vs Y?" is rewritten on purpose ("the difference between X and Y")."""
prompts = st.lists(words, min_size=2, max_size=6).map(lambda ws: "What is " + " ".join(ws) + "?")
answers = st.lists(words, min_size=3, max_size=10).map(lambda ws: " ".join(ws).capitalize() + ".")
lines_of_junk = st.lists(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40).map(
        lambda t: t.replace("\n", " ").replace("\r", " ")
    ),
    max_size=25,
)


def accounted(found, text: str) -> bool:
    return [e.line for e in found.account] == list(range(1, len(text.splitlines()) + 1))


@SETTINGS
@given(lines_of_junk)
def test_markdown_accounts_for_every_line_of_any_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    found = parse_markdown(text)
    assert accounted(found, text)
    for question in found.questions:
        assert question.prompt.strip()


@SETTINGS
@given(lines_of_junk)
def test_table_and_jsonl_never_raise(lines: list[str]) -> None:
    text = "\n".join(lines)
    for parse in (parse_table, parse_jsonl):
        found = parse(text)
        assert len({e.line for e in found.account}) == len(found.account)


@SETTINGS
@given(
    st.lists(st.tuples(prompts, answers), min_size=1, max_size=8),
    st.sampled_from(["numbered-ones", "numbered", "bullets", "bold", "q-marker", "heading"]),
)
def test_markdown_styles_round_trip(pairs: list[tuple[str, str]], style: str) -> None:
    out = ["# Topic"]
    for n, (prompt, answer) in enumerate(pairs, start=1):
        if style == "numbered-ones":
            out += [f"1. {prompt}", f"   {answer}"]
        elif style == "numbered":
            out += [f"{n}) {prompt}", answer]
        elif style == "bullets":
            out += [f"- {prompt}", f"  - {answer}"]
        elif style == "bold":
            out += [f"**{prompt}**", "", answer, ""]
        elif style == "q-marker":
            out += [f"Q{n}: {prompt}", f"A: {answer}"]
        else:
            out += [f"### {prompt}", answer]
    text = "\n".join(out)
    found = parse_markdown(text)
    assert accounted(found, text)
    assert [q.prompt for q in found.questions] == [p for p, _ in pairs]
    for question, (_, answer) in zip(found.questions, pairs, strict=True):
        assert question.answer.lstrip("- ") == answer
        assert question.topic == "Topic"


@SETTINGS
@given(st.lists(st.tuples(prompts, answers), min_size=1, max_size=8), st.sampled_from([",", "\t"]))
def test_table_round_trip(pairs: list[tuple[str, str]], delimiter: str) -> None:
    rows = [f"question{delimiter}answer"] + [f"{p}{delimiter}{a}" for p, a in pairs]
    found = parse_table("\n".join(rows), "x", delimiter)
    assert [(q.prompt, q.answer) for q in found.questions] == pairs


@SETTINGS
@given(st.lists(st.tuples(prompts, answers), min_size=1, max_size=8))
def test_jsonl_round_trip_and_yaml_ids_are_unique(pairs: list[tuple[str, str]]) -> None:
    text = "\n".join(json.dumps({"question": p, "answer": a}) for p, a in pairs)
    found = parse_jsonl(text)
    assert [(q.prompt, q.answer) for q in found.questions] == pairs
    yaml_text = to_bank_yaml(found, "gen")
    ids = [line.split(": ")[1] for line in yaml_text.splitlines() if line.startswith("- id: ")]
    assert len(ids) == len(set(ids)) == len(pairs)


@SETTINGS
@given(words, words)
def test_links_become_their_text_and_images_vanish(label: str, target: str) -> None:
    text = f"See [{label}](https://{target}.org/x) ![pic](https://{target}.org/p.png) now"
    assert clean_inline(text) == f"See {label} now"


LEVEL_EMOJI = {"👶": "beginner", "🌱": "beginner", "🟢": "beginner", "⭐": "intermediate",
               "⭐\ufe0f": "intermediate", "🟡": "intermediate", "🚀": "expert", "🔥": "expert",
               "🔴": "expert"}  # fmt: skip
"""The level marks docs/import.md lists."""


@SETTINGS
@given(
    st.lists(words, min_size=2, max_size=6),
    st.lists(words, min_size=1, max_size=6),
    st.sampled_from(sorted(LEVEL_EMOJI)),
    st.sampled_from(["🐍", "", "🐍 "]),
)
def test_a_level_emoji_is_a_mark_at_either_end_and_text_in_the_middle(
    before: list[str], after: list[str], emoji: str, neighbour: str
) -> None:
    body = f"Explain {' '.join(before)} {neighbour}{emoji} {' '.join(after)}?"
    [middle] = parse_markdown(f"# Topic\n\n1. {body}\n").questions
    assert middle.prompt == body and middle.level is None
    for line in (f"{body} {emoji}", f"{emoji} {body}", f"**{body}** {emoji}"):
        [marked] = parse_markdown(f"# Topic\n\n1. {line}\n").questions
        assert marked.prompt == body and marked.level == LEVEL_EMOJI[emoji], line


@SETTINGS
@given(words, words, st.sampled_from(["`", "``", "```"]), st.sampled_from(["*", "_", "**", ""]))
def test_code_spans_survive_cleaning_verbatim(
    before: str, inside: str, ticks: str, mark: str
) -> None:
    span = f"{ticks}{mark}{inside}{mark}{ticks}"
    assert clean_inline(f"What is {span} in **{before}**?") == f"What is {span} in {before}?"


@SETTINGS
@given(
    st.lists(st.tuples(prompts, answers, st.lists(words, min_size=1, max_size=3)), min_size=1,
             max_size=8),
    st.sampled_from([",", "\t"]),
)  # fmt: skip
def test_headerless_table_round_trip_keeps_the_third_column_as_topic(
    rows: list[tuple[str, str, list[str]]], delimiter: str
) -> None:
    text = "\n".join(delimiter.join([p, a, " ".join(t).title()]) for p, a, t in rows)
    found = parse_table(text, "x", delimiter)
    assert [(q.prompt, q.answer) for q in found.questions] == [(p, a) for p, a, _ in rows]
    # a third cell that is a level mark ("Mid", "Easy") is the level, not a topic (docs/import.md)
    topics = [" ".join(t).title() for _, _, t in rows]
    expected = ["" if take_level_mark(f"({topic})")[1] is not None else topic for topic in topics]
    assert [q.topic for q in found.questions] == expected


@SETTINGS
@given(st.lists(st.tuples(prompts, answers), min_size=1, max_size=6), st.integers(0, 5))
def test_an_unbalanced_quote_loses_no_later_row(pairs: list[tuple[str, str]], at: int) -> None:
    rows = [f"{p},{a}" for p, a in pairs]
    broken = min(at, len(rows) - 1)
    rows[broken] = '"' + rows[broken]
    found = parse_table("question,answer\n" + "\n".join(rows), "x.csv", ",")
    assert [q.prompt for q in found.questions][broken + 1 :] == [p for p, _ in pairs][broken + 1 :]
    assert found.warnings and found.warnings[0].line == broken + 2


# "X vs Y" cheat sheets (play23 F11): each item is the question "What is the difference between
# X and Y?", with the text after the pair as its answer.
things = (
    st.lists(words, min_size=1, max_size=3)
    .map(" ".join)
    .filter(lambda t: not {"vs", "versus"} & set(t.split()))
)
versus_words = st.sampled_from(["vs", "vs.", "versus", "VS"])
VERSUS_STYLES = (
    "bold-colon",  # - **X vs Y**: answer
    "bold-dash",  # - **X vs Y** — answer
    "bold-paragraph",  # **X vs Y**: answer (no bullet)
    "bullet-question",  # * X vs Y? answer
    "bullet-colon",  # - X vs Y: answer
    "numbered",  # 1. X vs Y - answer
    "heading",  # ### X vs Y, then the answer as a paragraph
    "bold-line",  # **X vs Y**, then the answer as a paragraph
)


def versus_line(style: str, first: str, vs: str, second: str, answer: str) -> list[str]:
    pair = f"{first} {vs} {second}"
    return {
        "bold-colon": [f"- **{pair}**: {answer}"],
        "bold-dash": [f"- **{pair}** \u2014 {answer}"],
        "bold-paragraph": [f"**{pair}**: {answer}"],
        "bullet-question": [f"* {pair}? {answer}"],
        "bullet-colon": [f"- {pair}: {answer}"],
        "numbered": [f"1. {pair} - {answer}"],
        "heading": [f"### {pair}", answer, ""],
        "bold-line": [f"**{pair}**", answer, ""],
    }[style]


@SETTINGS
@given(
    st.lists(st.tuples(things, versus_words, things, answers), min_size=1, max_size=6),
    st.sampled_from(VERSUS_STYLES),
)
def test_x_vs_y_items_become_difference_questions(
    items: list[tuple[str, str, str, str]], style: str
) -> None:
    out = ["# Cheat sheet", "", "## Topic", ""]
    for first, vs, second, answer in items:
        out += versus_line(style, first, vs, second, answer)
    text = "\n".join(out)
    found = parse_markdown(text)
    assert accounted(found, text)
    assert [q.prompt for q in found.questions] == [
        f"What is the difference between {first} and {second}?" for first, _, second, _ in items
    ]
    assert [q.answer for q in found.questions] == [answer for *_, answer in items]
    assert all(q.topic == "Topic" for q in found.questions)
    notes = [e.note for e in found.account if e.kind == "question"]
    assert all(
        f"(from “{first} vs {second}”" in note
        for note, (first, _, second, _) in zip(notes, items, strict=True)
    )


@SETTINGS
@given(things, things, st.lists(st.tuples(prompts, answers), min_size=1, max_size=4))
def test_an_x_vs_y_heading_over_questions_is_their_topic(
    first: str, second: str, pairs: list[tuple[str, str]]
) -> None:
    out = [f"## {first} vs {second}", "Some words of introduction."]
    for prompt, answer in pairs:
        out += [f"### {prompt}", answer]
    found = parse_markdown("\n".join(out))
    assert [q.prompt for q in found.questions] == [p for p, _ in pairs]
    assert all(q.topic == f"{first} vs {second}" for q in found.questions)


@SETTINGS
@given(prompts, answers, things, things, st.sampled_from(["- ", "", "1. "]))
def test_x_vs_y_inside_an_answer_stays_in_the_answer(
    prompt: str, answer: str, first: str, second: str, lead: str
) -> None:
    """Under a question, "X vs Y: ..." is a line of its answer, not a question of its own;
    nor is a sentence that merely says "vs"."""
    sentence = f"{lead}{first} vs {second}: {answer}"
    text = "\n".join([f"### {prompt}", answer, sentence, f"We weigh cost vs speed here {answer}"])
    found = parse_markdown(text)
    assert [q.prompt for q in found.questions] == [prompt]
    assert f"{first} vs {second}: {answer}" in found.questions[0].answer


def test_a_versus_heading_ending_in_question_keeps_its_tail() -> None:
    """Found by the property above: '## aa vs question' became the topic 'aa vs'."""
    for heading in ("aa vs question", "aa vs aa question"):
        found = parse_markdown(f"## {heading}\nSome words.\n### What is aa aa?\nAa aa aa.")
        assert [q.topic for q in found.questions] == [heading]
