"""Importer speed and memory: the seed guide, the test fixtures, and a generated list near the
5 MB input cap, in every layout the importer reads.

Prints lines per second and peak memory (tracemalloc) per file; nothing is asserted.

    python benchmarks/import_speed.py
"""

from __future__ import annotations

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


def main() -> None:
    if SEED is not None:
        measure("seed guide", SEED.read_text(encoding="utf-8"), str(SEED))
    for path in sorted((ROOT / "tests/data/import").glob("*.*")):
        if path.suffix != ".md" or path.name != "SOURCES.md":
            measure(path.name, path.read_text(encoding="utf-8"), str(path))
    near_cap = MAX_INPUT_BYTES - 64 * 1024
    for layout, suffix in (("bold", "md"), ("numbered", "md"), ("csv", "csv"), ("jsonl", "jsonl")):
        measure(f"generated {layout} (~5 MB)", generated(layout, near_cap), f"gen.{suffix}")


if __name__ == "__main__":
    main()
