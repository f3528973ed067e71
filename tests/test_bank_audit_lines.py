"""Where the audit points (core/bank_audit/lines.py): the line of each question, concept and
alias in the bank and rubric files, or the nearest enclosing node found."""

from __future__ import annotations

from pathlib import Path

from interviewer.core.bank import load_bank
from interviewer.core.bank_audit.lines import Lines

BANK = """id: demo
title: Demo
version: "1"
topics:
  - id: basics
    title: Basics
questions:
  - id: demo-1
    topic: basics
    level: beginner
    prompt: What is a tokenizer?
    references:
      - A tokenizer splits text into tokens and maps each to an id.
"""

RUBRIC = """bank: demo
questions:
  demo-1:
    concepts:
      - name: splits text
        weight: 2
        aliases:
          - cuts text
          - breaks text up
    misconceptions:
      - phrase: tokens are words
        note: Most tokens are pieces of words.
"""


def lines_of(tmp_path: Path) -> Lines:
    (tmp_path / "demo.yaml").write_text(BANK, encoding="utf-8")
    (tmp_path / "demo.rubric.yaml").write_text(RUBRIC, encoding="utf-8")
    return Lines(load_bank(tmp_path / "demo.yaml"))


def test_each_alias_and_misconception_has_its_own_line(tmp_path: Path) -> None:
    lines = lines_of(tmp_path)
    rubric = str(tmp_path / "demo.rubric.yaml")
    assert lines.rubric("demo-1") == (rubric, 3)
    assert lines.rubric("demo-1", "concepts", "splits text") == (rubric, 5)
    assert lines.rubric("demo-1", "concepts", "splits text", "aliases", "breaks text up") == (
        rubric,
        9,
    )
    assert lines.rubric("demo-1", "misconceptions", "tokens are words") == (rubric, 11)


def test_an_unknown_node_falls_back_to_the_nearest_one_found(tmp_path: Path) -> None:
    lines = lines_of(tmp_path)
    rubric = str(tmp_path / "demo.rubric.yaml")
    assert lines.rubric("demo-1", "concepts", "no such concept") == (rubric, 3)
    assert lines.rubric("no-such-question") == (rubric, None)


def test_prompts_and_references_are_found_in_the_bank_file(tmp_path: Path) -> None:
    lines = lines_of(tmp_path)
    bank = str(tmp_path / "demo.yaml")
    assert lines.bank("demo-1") == (bank, 8)
    assert lines.bank("demo-1", "prompt") == (bank, 11)
    assert lines.bank("demo-1", "references") == (bank, 13)
