"""The bank and rubric loader: good files load, broken ones report every problem at file:line."""

from __future__ import annotations

from pathlib import Path

import pytest
from bank_helpers import problems_of, write

from interviewer.core.bank import load_bank, normalise_prompt
from interviewer.core.errors import BankError, UnknownQuestionError

GOOD = """\
id: demo
title: Demo bank
version: "2"
topics:
  - id: basics
    title: Basics
questions:
  - id: demo-1
    topic: basics
    level: beginner
    prompt: What is a token?
    references:
      - A token is a piece of text, such as a word or sub-word, that the model reads.
  - id: demo-2
    topic: basics
    level: expert
    prompt: Why is attention quadratic?
    aliases: [demo-9]
    time_limit: 120
    seed: 7
    references: Every token attends to every other token, so the score matrix is n by n.
"""


def test_good_bank_loads_with_aliases_and_defaults(tmp_path: Path) -> None:
    bank = load_bank(write(tmp_path, GOOD))
    assert bank.id == "demo" and bank.version == "2" and len(bank) == 2
    assert bank.get("demo-9") is bank.get("demo-2")
    assert bank.get("demo-2").time_limit == 120 and bank.get("demo-2").seed == 7
    assert bank.get("demo-2").reference_answers[0].startswith("Every token")
    assert bank.get("demo-1").concepts == ()
    with pytest.raises(UnknownQuestionError, match="demo-404"):
        bank.get("demo-404")


def test_mini_bank_merges_its_rubric(mini_bank_path: Path) -> None:
    bank = load_bank(mini_bank_path)
    temperature = bank.get("mini-002")
    assert [c.name for c in temperature.concepts][0] == "scales the logits"
    assert temperature.misconceptions[0].phrase == "temperature controls the length"
    assert bank.synonyms == (("llm", "large language model"),)
    assert bank.get("mini-003").concepts == ()


def test_unknown_level_names_file_line_and_question(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("level: expert", "level: wizard"))
    [message] = problems_of(path)
    assert message == (
        f"{path}:16: question 'demo-2': level must be one of beginner, intermediate, expert "
        "(got 'wizard')"
    )


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    broken = (
        GOOD.replace("topic: basics\n    level: beginner", "topic: nowhere\n    level: beginner")
        .replace("      - A token is a piece", "      - ''\n      # - A token is a piece")
        .replace("aliases: [demo-9]", "aliases: [demo-1]")
        .replace("time_limit: 120", "time_limit: soon")
    )
    messages = problems_of(write(tmp_path, broken))
    text = "\n".join(messages)
    assert "unknown topic 'nowhere'" in text
    assert "has no reference answer" not in text  # a warning now, not an error
    assert "alias 'demo-1' is already used (line 8)" in text
    assert "time_limit must be a whole number" in text
    assert all(m.startswith(str(tmp_path / "bank.yaml") + ":") for m in messages)
    lines = [int(m.split(":")[1]) for m in messages]
    assert lines == sorted(lines)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", ":1: the file is empty"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"\xff\xfe\xfa not utf8", ":1: not valid UTF-8"),
        (b"- just\n- a list\n", ":1: bank must be a mapping, not a list"),
        (b"id: x\ntitle: [unclosed\n", ":3: YAML syntax error"),
        (b"id: x\ntitle: T\nquestions: []\n", ":3: questions: the bank holds no question"),
        (b"id: x\nid: y\ntitle: T\nquestions: []\n", ":2: bank: key 'id' appears twice"),
        (b"id: x\ntitel: T\nquestions: []\n", ":2: bank: unknown key 'titel'"),
        (b"title: T\nquestions:\n  - prompt: p\n", "missing required key 'id'"),
    ],
)
def test_malformed_files_give_located_messages(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    messages = problems_of(write(tmp_path, content))
    assert any(expected in m for m in messages), messages


def test_huge_file_is_refused_without_reading_it_as_yaml(tmp_path: Path) -> None:
    path = write(tmp_path, b"#" * (21 * 1024 * 1024))
    [message] = problems_of(path)
    assert "limit is 20 MB" in message


def test_near_duplicate_prompts_are_warnings_not_errors(tmp_path: Path) -> None:
    text = GOOD.replace("Why is attention quadratic?", "What is a token in an LLM?")
    bank = load_bank(write(tmp_path, text))
    assert len(bank) == 2
    [warning] = [str(p) for p in bank.warnings]
    assert "warning: question 'demo-2': prompt nearly repeats 'demo-1'" in warning


def test_unanswered_questions_are_valid_with_a_warning(tmp_path: Path) -> None:
    text = GOOD.replace("      - A token is a piece", "      - ''\n      # - A token is a piece")
    bank = load_bank(write(tmp_path, text))
    first = bank.get("demo-1")
    assert not first.has_reference and first.self_rated
    assert any("'demo-1': has no reference answer" in str(p) for p in bank.warnings)
    assert all(p.warning for p in bank.warnings)


def test_one_bad_question_is_skipped_with_one_warning_when_asked(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("time_limit: 120", "time_limit: soon"))
    with pytest.raises(BankError, match="time_limit must be a whole number"):
        load_bank(path)
    bank = load_bank(path, skip_invalid=True)
    assert [q.id for q in bank] == ["demo-1"]
    [skipped] = [p for p in bank.warnings if "skipped" in p.message]
    assert skipped.message == "question 'demo-2' skipped: time_limit must be a whole number"


def test_rubric_star_on_a_question_or_a_bank(tmp_path: Path) -> None:
    text = GOOD.replace(
        "topic: basics\n    level: beginner", "topic: basics\n    rubric: star\n    level: beginner"
    )
    bank = load_bank(write(tmp_path, text))
    assert bank.get("demo-1").rubric == "star" and bank.get("demo-2").rubric is None
    bad = GOOD.replace(
        "topic: basics\n    level: beginner",
        "topic: basics\n    rubric: stars\n    level: beginner",
    )
    assert any("rubric must be one of star" in m for m in problems_of(write(tmp_path, bad)))


def test_normalise_prompt_drops_filler_and_plurals() -> None:
    assert normalise_prompt("What are hallucinations in Generative AI?") == "hallucination"
    assert normalise_prompt("What is multi-modal generative AI?") == normalise_prompt(
        "What is multimodal Generative AI?"
    )


def test_rubric_problems_are_located_in_the_rubric_file(tmp_path: Path) -> None:
    bank = write(tmp_path, GOOD)
    rubric = write(
        tmp_path,
        "bank: demo\nquestions:\n  demo-7:\n    concepts: []\n"
        "  demo-9:\n    concepts:\n      - name: n by n\n        weight: -1\n",
        "bank.rubric.yaml",
    )
    with pytest.raises(BankError) as caught:
        load_bank(bank)
    messages = [str(p) for p in caught.value.problems]
    assert f"{rubric}:3: rubric entry 'demo-7' matches no question of the bank" in messages
    assert f"{rubric}:8: rubric 'demo-9': weight of 'n by n' must be a positive number" in messages


def test_rubric_for_alias_applies_to_the_canonical_question(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    write(
        tmp_path,
        "bank: demo\nquestions:\n  demo-9:\n    concepts:\n      - name: n by n\n",
        "bank.rubric.yaml",
    )
    bank = load_bank(tmp_path / "bank.yaml")
    assert bank.get("demo-2").concepts[0].name == "n by n"


def test_bank_wide_misconceptions_go_to_every_question_after_its_own(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    rubric = write(
        tmp_path,
        "bank: demo\n"
        "misconceptions:\n"
        "  - phrase: GPT is an encoder-only model\n"
        "    note: GPT is decoder-only.\n"
        "    aliases: [GPT is encoder-only]\n"
        "  - phrase: attention is linear\n"
        "    note: it is quadratic in length\n"
        "  - phrase: no note here\n"
        "questions:\n"
        "  demo-2:\n"
        "    concepts:\n      - name: n by n\n"
        "    misconceptions:\n"
        "      - phrase: attention is linear\n        note: its own, kept first\n",
        "bank.rubric.yaml",
    )
    with pytest.raises(BankError) as caught:
        load_bank(tmp_path / "bank.yaml")
    [problem] = [str(p) for p in caught.value.problems]
    assert problem == f"{rubric}:8: rubric: a misconception needs 'phrase' and 'note'"
    rubric.write_text(rubric.read_text().replace("  - phrase: no note here\n", ""))
    bank = load_bank(tmp_path / "bank.yaml")
    first = bank.get("demo-1").misconceptions
    assert [(m.phrase, m.common) for m in first] == [
        ("GPT is an encoder-only model", True),
        ("attention is linear", True),
    ]
    assert first[0].aliases == ("GPT is encoder-only",)
    own = bank.get("demo-2").misconceptions
    assert [(m.phrase, m.note, m.common) for m in own] == [
        ("attention is linear", "its own, kept first", False),
        ("GPT is an encoder-only model", "GPT is decoder-only.", True),
    ]


def test_part_of_names_another_concepts_subject(tmp_path: Path) -> None:
    """A concept's `part_of` (roles53) names the subject of another concept of the question;
    a name that is none, or a concept with no `about`, is a problem at its line."""
    bank = write(tmp_path, GOOD)
    rubric = write(
        tmp_path,
        "bank: demo\nquestions:\n  demo-2:\n    concepts:\n"
        "      - name: whole\n        about: [pipeline]\n"
        "      - name: first stage\n        about: [reader]\n        part_of: [pipeline]\n"
        "      - name: second stage\n        about: [speaker]\n        part_of: [pipe]\n"
        "      - name: loose\n        part_of: [pipeline]\n",
        "bank.rubric.yaml",
    )
    with pytest.raises(BankError) as caught:
        load_bank(bank)
    messages = [str(p) for p in caught.value.problems]
    assert messages == [
        f"{rubric}:12: rubric 'demo-2': concept 'second stage': part_of 'pipe' is not the "
        "subject (first `about` name) of another concept of this question",
        f"{rubric}:14: rubric 'demo-2': concept 'loose': part_of needs an `about` naming the part",
    ]


def test_part_of_is_read_into_the_concept(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    write(
        tmp_path,
        "bank: demo\nquestions:\n  demo-2:\n    concepts:\n"
        "      - name: whole\n        about: [pipeline]\n"
        "      - name: first stage\n        about: [reader]\n        part_of: [pipeline]\n",
        "bank.rubric.yaml",
    )
    concepts = load_bank(tmp_path / "bank.yaml").get("demo-2").concepts
    assert [c.part_of for c in concepts] == [(), ("pipeline",)]


def test_roles_are_checked_at_their_line(tmp_path: Path) -> None:
    """A question's check-only `roles` (roles54b): at least two parts, each with `part` and
    `does`, no name or wording given twice, no wording naming a part; problems at the line."""
    bank = write(tmp_path, GOOD)
    rubric = write(
        tmp_path,
        "bank: demo\nquestions:\n  demo-2:\n    concepts:\n      - name: whole\n"
        "    roles:\n"
        "      - part: [reader]\n        does: [takes notes, hands them to the speaker]\n"
        "      - part: [speaker, reader]\n        does: [takes notes]\n",
        "bank.rubric.yaml",
    )
    with pytest.raises(BankError) as caught:
        load_bank(bank)
    messages = [str(p) for p in caught.value.problems]
    # each at the line to fix (play55: all three were at line 7, the list's first line)
    assert messages == [
        f"{rubric}:8: rubric 'demo-2': roles: 'reader' does 'hands them to the speaker', which "
        "names part 'speaker'",
        f"{rubric}:9: rubric 'demo-2': roles: part name 'reader' is given twice",
        f"{rubric}:10: rubric 'demo-2': roles: 'takes notes' is given twice",
    ]
    write(
        tmp_path,
        "bank: demo\nquestions:\n  demo-2:\n    concepts:\n      - name: whole\n"
        "    roles:\n      - part: [reader]\n        does: [takes notes]\n",
        "bank.rubric.yaml",
    )
    with pytest.raises(BankError) as caught:
        load_bank(bank)
    assert [str(p) for p in caught.value.problems] == [
        f"{rubric}:7: rubric 'demo-2': roles needs at least 2 parts"
    ]


def test_roles_are_read_and_kept_in_the_json_bank(tmp_path: Path) -> None:
    from interviewer.core.bank import Role
    from interviewer.core.bank_json import bank_from_json, bank_to_json

    write(tmp_path, GOOD)
    write(
        tmp_path,
        "bank: demo\nquestions:\n  demo-2:\n    concepts:\n      - name: whole\n"
        "    roles:\n      - part: [reader, note taker]\n        does: [takes notes]\n"
        "      - part: [speaker]\n        does: [reads the notes out]\n",
        "bank.rubric.yaml",
    )
    bank = load_bank(tmp_path / "bank.yaml")
    roles = (
        Role(("reader", "note taker"), ("takes notes",)),
        Role(("speaker",), ("reads the notes out",)),
    )
    assert bank.get("demo-2").roles == roles
    assert bank_from_json(bank_to_json(bank)).get("demo-2").roles == roles
