"""Importer speed and memory: the seed guide, the test fixtures, and a generated list near the
5 MB input cap, in every layout the importer reads.

Prints lines per second and peak memory (tracemalloc) per file; nothing is asserted. Then,
through the command line in a temporary data dir, a 37,346-question numbered list (3 MB):
`bank import`, the first `bank list` after it, and a `bank list` that has to parse the bank
again (its cache deleted), as a user meets them.

    python benchmarks/import_speed.py [--first-list-only]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from interviewer.core.importers import MAX_INPUT_BYTES, parse_text, to_bank_yaml

ROOT = Path(__file__).resolve().parent.parent
SEED = next(
    (
        p / "shared/seed/000_0cd6e56ae01fcdad.txt"
        for p in ROOT.parents
        if (p / "shared/seed").is_dir()
    ),
    None,
)


def generated(layout: str, target: int) -> str:
    """A synthetic list of about `target` bytes in one layout."""
    block = {
        "bold": "**What is concept {n} in machine learning? ⭐️**\n\nConcept {n} is a way of "
        "[linking](https://x.org) ideas:\n\n1. first point\n2. second point\n\n<br/>\n\n",
        "numbered": "1. Tell me about a time you handled situation {n}.\n   - Situation: at work.\n"
        "   - Result: it improved by {n}%.\n",
        "csv": '"What is term {n}?","Term {n} means a thing, with detail.",Topic\n',
        "jsonl": '{{"question": "What is term {n}?", "answer": "It is a thing.", "level": "hard"}}'
        "\n",
    }[layout]
    parts, size, n = [], 0, 0
    while size < target:
        text = block.format(n=n)
        parts.append(text)
        size += len(text.encode("utf-8"))
        n += 1
    return ("question,answer,topic\n" if layout == "csv" else "") + "".join(parts)


def measure(name: str, text: str, source: str) -> None:
    start = time.perf_counter()
    found = parse_text(text, source)
    parsed = time.perf_counter() - start
    to_bank_yaml(found, "bench")
    total = time.perf_counter() - start
    tracemalloc.start()  # a second run: tracing slows Python down several times
    to_bank_yaml(parse_text(text, source), "bench")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    lines = len(text.splitlines())
    print(
        f"{name:<28} {len(text.encode('utf-8')) / 1e6:5.2f} MB {lines:>7} lines "
        f"{len(found.questions):>6} questions  parse {parsed:5.2f} s "
        f"({lines / max(parsed, 1e-9):>8,.0f} lines/s)  with YAML {total:5.2f} s  "
        f"peak {peak / 1e6:5.1f} MB"
    )


def numbered_list(questions: int = 37_346) -> str:
    """The play test's list: numbered Markdown questions, each with a one-line answer."""
    return "".join(
        f"{n}. What is question number {n}?\nIt is the answer number {n}, about topic {n % 50}.\n\n"
        for n in range(questions)
    )


def _timed(argv: list[str], data: Path) -> float:
    env = {**os.environ, "INTERVIEWER_DATA_DIR": str(data)}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "interviewer", *argv], env=env, check=True, capture_output=True
    )
    return time.perf_counter() - start


def first_list_after_import() -> None:
    """Seconds for `bank import` of a 37,346-question list, then the first `bank list`."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "big4.md"
        source.write_text(numbered_list(), encoding="utf-8")
        data = Path(folder) / "data"
        imported = _timed(["bank", "import", str(source), "--id", "big4"], data)
        first = _timed(["bank", "list"], data)
        shutil.rmtree(data / "cache")
        cold = _timed(["bank", "list"], data)
        size = source.stat().st_size / 1e6
        print(
            f"numbered list {size:.1f} MB, 37,346 questions: bank import {imported:5.1f} s, "
            f"first bank list {first:5.1f} s, bank list parsing it again (no cache) {cold:5.1f} s"
        )


def main() -> None:
    if "--first-list-only" in sys.argv:
        first_list_after_import()
        return
    if SEED is not None:
        measure("seed guide", SEED.read_text(encoding="utf-8"), str(SEED))
    for path in sorted((ROOT / "tests/data/import").glob("*.*")):
        if path.suffix != ".md" or path.name != "SOURCES.md":
            measure(path.name, path.read_text(encoding="utf-8"), str(path))
    near_cap = MAX_INPUT_BYTES - 64 * 1024
    for layout, suffix in (("bold", "md"), ("numbered", "md"), ("csv", "csv"), ("jsonl", "jsonl")):
        measure(f"generated {layout} (~5 MB)", generated(layout, near_cap), f"gen.{suffix}")
    first_list_after_import()


if __name__ == "__main__":
    main()
