"""A very large imported list: ready for `bank list` at once, titled from its file name, and
its near-duplicate check does not compare every prompt with every other."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from cli_helpers import run_captured as run

from interviewer.core.bank import NEAR_DUPLICATE_RATIO, normalise_prompt
from interviewer.core.bank_cache import BankCache
from interviewer.core.bank_checks import near_duplicate_pairs
from interviewer.core.catalog import Catalog
from interviewer.core.importers import parse_text
from interviewer.paths import cache_dir, data_dir


def numbered(count: int) -> str:
    return "".join(
        f"{n}. What is question number {n}?\nIt is the answer number {n}.\n\n" for n in range(count)
    )


def test_import_leaves_the_new_bank_parsed_in_the_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "list.md"
    source.write_text(numbered(30))
    code, _, err = run(["bank", "import", str(source)], capsys)
    assert code == 0, err
    catalog = Catalog(data_dir(None), cache_dir(None))
    written = data_dir(None) / "banks" / "list.yaml"
    cached = BankCache(cache_dir(None)).cached(written, extra_rubric_dirs=catalog.rubric_dirs)
    assert cached is not None, "the first `bank list` would parse the new bank again"
    assert cached.id == "list" and len(cached) == 30


def test_a_list_that_opens_with_a_question_is_titled_from_its_file_name() -> None:
    found = parse_text(numbered(3), "/somewhere/big4.md")
    assert found.title == "big4"
    assert parse_text("# SQL drills\n1. What is a join?\n", "x/sql.md").title == "SQL drills"
    assert parse_text("Generative AI\n1. What is it?\n", "x/seed.txt").title == "Generative AI"


def test_near_duplicates_of_30000_similar_prompts_take_seconds_not_a_minute() -> None:
    prompts = [normalise_prompt(f"What is question number {n}?") for n in range(30_000)]
    start = time.perf_counter()
    pairs = near_duplicate_pairs(prompts, NEAR_DUPLICATE_RATIO)
    took = time.perf_counter() - start
    assert took < 30, f"{took:.1f} s: every prompt compared with every other?"
    assert len(pairs) > 25_000  # "number 12" nearly repeats "number 11": still found
