"""Property tests for "X vs Y" cheat-sheet items next to ordinary questions (play24 B1, B2):
an "X vs Y: answer" bullet after an answer paragraph is a question of its own, an "X vs Y"
heading over bullets is a question even when a question follows later in its section, and
genuine answer lists stay answers."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from interviewer.core.importers import parse_markdown

SETTINGS = settings(max_examples=60, deadline=None)
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)
prompts = st.lists(words, min_size=2, max_size=6).map(lambda ws: "What is " + " ".join(ws) + "?")
answers = (
    st.lists(words, min_size=3, max_size=10)
    # an answer that reads "Aa vs aa." is itself an "X vs Y" item (B1), not an answer line
    .filter(lambda ws: not {"vs", "versus"} & set(ws))
    .map(lambda ws: " ".join(ws).capitalize() + ".")
)
things = (
    st.lists(words, min_size=1, max_size=3)
    .map(" ".join)
    .filter(lambda t: not {"vs", "versus"} & set(t.split()))
)
pairs = st.lists(st.tuples(things, things, answers), min_size=1, max_size=4)
QUESTION_STYLES = ("numbered", "heading", "q-marker", "bold")
ITEM_STYLES = ("- {pair}: {answer}", "- **{pair}**: {answer}", "* {pair} \u2014 {answer}")


def question_lines(style: str, prompt: str, answer: str) -> list[str]:
    return {
        "numbered": [f"3. {prompt}", answer],
        "heading": [f"### {prompt}", answer],
        "q-marker": [f"Q: {prompt}", f"A: {answer}"],
        "bold": [f"**{prompt}**", answer],
    }[style]


def items(style: str, found: list[tuple[str, str, str]]) -> list[str]:
    return [style.format(pair=f"{a} vs {b}", answer=answer) for a, b, answer in found]


def difference(first: str, second: str) -> str:
    return f"What is the difference between {first} and {second}?"


def named_in(prompt: str, first: str, second: str) -> bool:
    return first in prompt and second in prompt


CHEAT_SHEETS = (
    prompts,
    answers,
    pairs,
    st.sampled_from(QUESTION_STYLES),
    st.sampled_from(ITEM_STYLES),
)
"""A question, its answer, "X vs Y" items, and the styles they are written in."""


@SETTINGS
@given(*CHEAT_SHEETS)
def test_x_vs_y_bullets_after_an_answer_paragraph_are_questions(
    prompt: str, answer: str, found: list[tuple[str, str, str]], style: str, item: str
) -> None:
    """B1: `3. Explain the GIL` / its paragraph / blank / `- **is vs ==**: ...`: the bullets
    were read into the GIL's answer and their questions lost."""
    assume(not any(named_in(prompt, a, b) for a, b, _ in found))
    lines = ["## Topic", *question_lines(style, prompt, answer), "", *items(item, found)]
    parsed = parse_markdown("\n".join(lines))
    asked = [prompt] + [difference(first, second) for first, second, _ in found]
    assert [q.prompt for q in parsed.questions] == asked
    assert [q.answer for q in parsed.questions] == [answer] + [text for *_, text in found]
    assert {q.topic for q in parsed.questions} == {"Topic"}


@SETTINGS
@given(*CHEAT_SHEETS, st.sampled_from(("list", "introduced", "items first", "named")))
def test_answer_lists_of_x_vs_y_items_stay_in_the_answer(
    prompt: str,
    answer: str,
    found: list[tuple[str, str, str]],
    style: str,
    item: str,
    layout: str,
) -> None:
    """An answer given as a list stays one answer: the list right under the question, under
    a paragraph that introduces it (':'), after answer bullets, or when the question names
    both sides."""
    listed = items(item, found)
    if layout == "list":
        body = [question_lines(style, prompt, answer)[0], *listed]
    elif layout == "introduced":
        body = [*question_lines(style, prompt, answer.rstrip(".") + ":"), "", *listed]
    elif layout == "items first":
        body = [*question_lines(style, prompt, answer), "- " + answer, "", *listed]
    else:
        first, second, _ = found[0]
        prompt, listed = difference(first, second), listed[:1]
        body = [*question_lines(style, prompt, answer), "", *listed]
    parsed = parse_markdown("\n".join(["## Topic", *body]))
    assert [q.prompt for q in parsed.questions] == [prompt]
    kept = parsed.questions[0].answer
    assert all(line.replace("**", "").lstrip("-* ") in kept.replace("**", "") for line in listed)


@SETTINGS
@given(
    things,
    things,
    st.lists(answers, min_size=1, max_size=3),
    prompts,
    answers,
    st.sampled_from(("Q: {p}\nA: {a}", "1. {p}\n{a}", "- {p}\n  {a}", "**{p}**\n{a}")),
    st.sampled_from(("## Databases", "")),
)
def test_an_x_vs_y_heading_over_bullets_is_a_question_before_a_later_question(
    first: str,
    second: str,
    bullets: list[str],
    prompt: str,
    answer: str,
    later: str,
    topic_heading: str,
) -> None:
    """B2: `### TCP vs UDP` over its bullets, then `Q: What is normalization?` in the same
    section: the heading became a topic, its bullets were dropped and normalization went under
    "TCP vs UDP". The heading is the question its bullets answer; the later question belongs to
    the topic around it (or none)."""
    lines = [topic_heading, f"### {first} vs {second}", *[f"- {b}" for b in bullets], ""]
    lines += later.format(p=prompt, a=answer).splitlines()
    parsed = parse_markdown("\n".join(lines))
    assert [q.prompt for q in parsed.questions] == [difference(first, second), prompt]
    listed = "\n".join(f"- {b}" for b in bullets)
    assert parsed.questions[0].answer == (listed if len(bullets) > 1 else bullets[0])  # play26
    assert parsed.questions[1].answer == answer
    topic = "Databases" if topic_heading else ""
    assert [q.topic for q in parsed.questions] == [topic, topic]


def test_a_pair_ending_a_sentence_asks_without_its_full_stop() -> None:
    """play47: "### tcp vs udp" over the bullet "- Tcp vs udp." asked "What is the difference
    between Tcp and udp.?": the line's full stop was read as part of the second thing."""
    for text in ("### tcp vs udp\n- Tcp vs udp.", "- Tcp vs udp.", "### Tcp vs udp.\nTcp is fast."):
        asked = [q.prompt for q in parse_markdown(text).questions]
        assert asked == ["What is the difference between Tcp and udp?"], text
    found = parse_markdown("- **tcp vs udp**. Tcp is reliable, udp is not.")
    assert [(q.prompt, q.answer) for q in found.questions] == [
        ("What is the difference between tcp and udp?", "Tcp is reliable, udp is not.")
    ]
    found = parse_markdown("- **C# vs Java**: .NET runs C#.")
    assert [q.answer for q in found.questions] == [".NET runs C#."]
    # punctuation inside a name, or a name made of signs, stays
    for first, second in (("C", "C++"), ("Node.js", "Deno"), ("`is`", "`==`")):
        found = parse_markdown(f"- {first} vs {second}.")
        assert [q.prompt for q in found.questions] == [difference(first, second)]


@SETTINGS
@given(
    things,
    things,
    st.sampled_from((".", "..", ";", ",", "!", "\u2026")),
    st.sampled_from(
        ("- {pair}{stop}", "### {pair}{stop}\nAa bb.", "1. {pair}{stop}", "- **{pair}{stop}**: Aa.")
    ),
)
def test_a_pair_never_asks_with_the_lines_punctuation(
    first: str, second: str, stop: str, layout: str
) -> None:
    """Whatever ends the line ("- X vs Y.", "### X vs Y;"), the question asks of X and Y as
    written, with nothing between the second thing and the question mark."""
    found = parse_markdown(layout.format(pair=f"{first} vs {second}", stop=stop))
    assert [q.prompt for q in found.questions] == [difference(first, second)]
    note = next(e.note for e in found.account if e.kind == "question")
    assert f"(from \u201c{first} vs {second}\u201d" in note
