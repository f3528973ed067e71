"""How long practice hints take: every question of the bundled banks, of the genai bank with its
rubric left out (every question hinted at its key terms), and of an imported list.

Usage: python benchmarks/hints.py [LIST]   (LIST: a list to import; default: the seed guide
in a shared/seed folder above the checkout, else tests/data/import/theory_excerpt.md)

Each bank is hinted twice, all its questions in turn: the first pass includes what is worked out
once (the bank's word weights, the imports); the second is what each later press costs. Runs on
code from before hints took a bank too (hint_steps(question) alone), to compare.
"""

from __future__ import annotations

import dataclasses
import inspect
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from interviewer.core.bank import Bank, load_bank  # noqa: E402
from interviewer.core.catalog import Catalog  # noqa: E402
from interviewer.core.importers import import_list, to_bank_yaml  # noqa: E402
from interviewer.core.practice import hint_steps  # noqa: E402

SEED = next(
    (
        base / "shared" / "seed" / "000_0cd6e56ae01fcdad.txt"
        for base in REPO.parents
        if (base / "shared" / "seed" / "000_0cd6e56ae01fcdad.txt").is_file()
    ),
    REPO / "tests" / "data" / "import" / "theory_excerpt.md",
)
TAKES_BANK = "bank" in inspect.signature(hint_steps).parameters


def imported(source: Path, tmp: Path) -> Bank:
    out = tmp / f"{source.stem}.yaml"
    out.write_text(to_bank_yaml(import_list(source), "imported"), encoding="utf-8")
    return load_bank(out)


def timed(bank: Bank) -> tuple[float, float, int]:
    """Milliseconds for the first and the second pass over the bank, and the hints given."""
    passes, count = [], 0
    for _ in range(2):
        start = time.perf_counter()
        for question in bank:
            steps = hint_steps(question, bank) if TAKES_BANK else hint_steps(question)
            count += len(steps)
        passes.append(1000 * (time.perf_counter() - start))
    return passes[0], passes[1], count // 2


def main() -> None:
    import tempfile

    catalog = Catalog(None)
    genai = catalog.find("genai")
    plain = dataclasses.replace(
        genai,
        id="plain",
        questions=tuple(dataclasses.replace(q, concepts=(), misconceptions=()) for q in genai),
        _index={},
    )
    banks = [
        ("genai", genai),
        ("behavioural", catalog.find("behavioural")),
        ("genai, no rubric", plain),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED
        banks.append((f"imported {source.name}", imported(source, Path(tmp))))
        for name, bank in banks:
            first, second, count = timed(bank)
            print(
                f"{name}: {len(bank)} questions, {count} hints; first pass {first:.1f} ms, "
                f"then {second:.2f} ms ({1000 * second / len(bank):.1f} µs a question)"
            )


if __name__ == "__main__":
    main()
