"""Fuzz the parsers that read hostile input: bank files, imported guides, batch lines.

Each case mutates a valid seed document (byte flips, insertions of hostile snippets, cuts,
repeats) and feeds it to one parser. A case ends in a result or a typed error; anything else is
a traceback, printed and counted. Deterministic for a given --seed.

    python benchmarks/fuzz.py [--cases 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from interviewer.core.batch import grade_chunk
from interviewer.core.batch_input import LineError, csv_records, items, jsonl_records
from interviewer.core.errors import InputError, InterviewerError
from interviewer.core.importers import import_list, to_bank_yaml

BANK = b"""\
id: fuzz
title: "Fuzz bank"
version: "1"
topics:
  - id: basics
    title: Basics
questions:
  - id: fuzz-1
    topic: basics
    level: beginner
    prompt: What is a token?
    seed: 1
    time_limit: 90
    aliases: [fuzz-9]
    references:
      - A token is a piece of text, a word or part of one, that the model reads.
  - id: fuzz-2
    topic: basics
    level: expert
    prompt: Why is attention quadratic in the sequence length?
    references: Every token attends to every other token, so the matrix is n by n.
"""
RUBRIC = b"""\
bank: fuzz
synonyms:
  - [llm, large language model]
questions:
  fuzz-2:
    concepts:
      - name: every token
        weight: 2
      - name: n by n
    misconceptions:
      - phrase: linear
        note: It is quadratic.
"""
GUIDE = (
    b"Generative AI Interview Questions\n"
    b"Basics of Models\n"
    b"1. What is a token?\n"
    b"A token is a piece of text.\n"
    b"- words\n- sub-words\n"
    b"2. Why is attention quadratic?\n"
    b"Every token attends to every other.\n"
    b"Advanced Topics\n"
    b"10000. What is retrieval-augmented generation?\n"
    b"Retrieval adds documents to the prompt.\n"
)
JSONL = (
    b'{"question_id": "fuzz-1", "answer": "A piece of text the model reads."}\n'
    b'{"question": "What is a stack?", "reference": "Last in, first out.", "answer": "LIFO"}\n'
    b'{"question": "Q?", "references": ["a", "b"], "keywords": ["a"], "answer": "a b"}\n'
)
CSV = (
    b"question_id,answer,question,reference,keywords\n"
    b'fuzz-1,"A piece, of text",,,\n'
    b',LIFO,What is a stack?,"Last in, first out.",lifo;push\n'
)
HOSTILE = [
    b"!!int notanint",
    b"!!float abc",
    b"9" * 5000,
    b"1.7e+308",
    b"-1e400",
    b".nan",
    b"[/INST]",
    b"[INST] x [/INST]",
    b"\x1b[2J",
    b"\x1b]0;title\x07",
    b'"\\e]8;;http://x\\e\\\\"',
    b"&a [*a, *a, *a]",
    b"*a",
    b"{",
    b"[[[[[[[[[[",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\r\n",
    b"\t",
    b"'",
    b'"',
    b"? x",
    b"--- ",
    b"%YAML 1.1\n",
    b"!!python/object/apply:os.system ['true']",
    b"\xc3\x28",
    b"\xf0\x9f\x98\x80" * 50,
    b"a" * 300,
    b"7" * 4400,
    b"99999. Five digits?\n",
    b'"question_id": 1e999',
    b"\n\n\n",
]


def mutate(seed: bytes, rng: random.Random) -> bytes:
    data = bytearray(seed)
    for _ in range(rng.randint(1, 4)):
        kind = rng.random()
        at = rng.randint(0, len(data))
        if kind < 0.45:
            data[at:at] = rng.choice(HOSTILE)
        elif kind < 0.65 and data:
            at = min(at, len(data) - 1)
            data[at] = rng.randrange(256)
        elif kind < 0.8:
            end = min(len(data), at + rng.randint(1, 40))
            del data[at:end]
        elif kind < 0.9:
            end = min(len(data), at + rng.randint(1, 80))
            data[at:at] = data[at:end] * rng.randint(1, 3)
        else:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 12)))
    return bytes(data)


def fuzz_bank(case: bytes, rng: random.Random, folder: Path) -> str:
    from interviewer.core.bank import load_bank

    bank = folder / "fuzz.yaml"
    rubric = folder / "fuzz.rubric.yaml"
    if rng.random() < 0.5:
        bank.write_bytes(case)
        rubric.write_bytes(RUBRIC)
    else:
        bank.write_bytes(BANK)
        rubric.write_bytes(mutate(RUBRIC, rng))
    loaded = load_bank(bank)
    assert all("\x1b" not in q.prompt for q in loaded), "a control character got through"
    return "ok"


def fuzz_guide(case: bytes, rng: random.Random, folder: Path) -> str:
    path = folder / "guide.txt"
    path.write_bytes(case)
    to_bank_yaml(import_list(path), "guide")
    return "ok"


def fuzz_batch(case: bytes, rng: random.Random, folder: Path, bank) -> str:  # noqa: ANN001
    is_csv = rng.random() < 0.4
    raw = mutate(CSV, rng) if is_csv else case
    records = csv_records(io.BytesIO(raw)) if is_csv else jsonl_records(io.BytesIO(raw))
    try:
        chunk = list(items(records))
    except InputError:  # a header no row could be graded under: the whole input is refused
        return "input refused"
    if rng.random() < 0.1:  # grading is slower: a tenth of the cases go that far
        rows = grade_chunk(chunk, bank)
        assert [r["line"] for r in rows] == [n for n, _ in chunk], "a line was lost"
    failed = any(isinstance(entry, LineError) for _, entry in chunk)
    return "line errors" if failed else "ok"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    from interviewer.core.bank import load_bank

    rng = random.Random(args.seed)
    outcomes: dict[str, Counter[str]] = {name: Counter() for name in ("bank", "guide", "batch")}
    tracebacks: list[str] = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "b.yaml").write_bytes(BANK)
        (folder / "b.rubric.yaml").write_bytes(RUBRIC)
        bank = load_bank(folder / "b.yaml")
        for number in range(args.cases):
            target = ("bank", "guide", "batch")[number % 3]
            seed = {"bank": BANK, "guide": GUIDE, "batch": JSONL}[target]
            case = mutate(seed, rng)
            try:
                if target == "bank":
                    outcome = fuzz_bank(case, rng, folder)
                elif target == "guide":
                    outcome = fuzz_guide(case, rng, folder)
                else:
                    outcome = fuzz_batch(case, rng, folder, bank)
            except InterviewerError:
                outcome = "typed error"
            except Exception:  # noqa: BLE001 - counting them is the point
                outcome = "TRACEBACK"
                if len(tracebacks) < 5:
                    tracebacks.append(f"case {number} ({target}): {case[:200]!r}\n"
                                      + traceback.format_exc())  # fmt: skip
            outcomes[target][outcome] += 1
    seconds = time.perf_counter() - start
    total = sum(sum(c.values()) for c in outcomes.values())
    errors = sum(c["typed error"] for c in outcomes.values())
    crashed = sum(c["TRACEBACK"] for c in outcomes.values())
    print(f"cases: {total:,} in {seconds:.1f} s (seed {args.seed})")
    for name, counts in outcomes.items():
        shown = ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items()))
        print(f"  {name:<6} {shown}")
    print(f"typed errors: {errors:,}")
    print(f"tracebacks: {crashed}")
    for text in tracebacks:
        print("\n" + text)
    raise SystemExit(1 if crashed else 0)


if __name__ == "__main__":
    main()
