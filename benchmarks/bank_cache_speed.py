"""Loading a bank: parsed from YAML, written to the bank cache, read back from it.

For each bundled bank (or the bank files given), in a fresh temporary cache folder each run:
`parse` is `BankCache(None).load` (YAML parsed and validated, no cache), `cold` is the first
load through an empty cache (parse plus writing the entry), `warm` is a load by a new
`BankCache` on the same folder (the entry read and checked). Medians over the runs, in ms, with
the entry's size and how many times faster `warm` is than `parse` (the cache pays for itself
while that is well above 1).

    PYTHONPATH=$PWD python benchmarks/bank_cache_speed.py [--runs 7] [bank.yaml ...]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from interviewer.core.bank_cache import BankCache
from interviewer.resources import bundled_banks_dir, bundled_rubrics_dir


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def measure(path: Path, runs: int) -> tuple[float, float, float, int]:
    """Median parse, cold and warm times (ms) and the entry's size in bytes."""
    parse, cold, warm, size = [], [], [], 0
    extra = (bundled_rubrics_dir(),)
    for _ in range(runs):
        start = time.perf_counter()
        BankCache(None).load(path, extra_rubric_dirs=extra)
        parse.append(_ms(start))
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            first = BankCache(Path(folder)).load(path, extra_rubric_dirs=extra)
            cold.append(_ms(start))
            start = time.perf_counter()
            again = BankCache(Path(folder)).load(path, extra_rubric_dirs=extra)
            warm.append(_ms(start))
            if again != first:
                raise SystemExit(
                    f"{path}: the bank read from the cache differs from the parsed one"
                )
            size = sum(p.stat().st_size for p in Path(folder).iterdir())
    return statistics.median(parse), statistics.median(cold), statistics.median(warm), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("banks", nargs="*", type=Path)
    args = parser.parse_args()
    paths = args.banks or sorted(bundled_banks_dir().glob("*.yaml"))
    columns = ("parse ms", "cold ms", "warm ms", "entry KB", "speed-up")
    print(f"{'bank':<20} " + " ".join(f"{c:>9}" for c in columns))
    for path in paths:
        parse, cold, warm, size = measure(path, args.runs)
        print(
            f"{path.name:<20} {parse:9.1f} {cold:9.1f} {warm:9.1f} {size / 1024:9.0f}"
            f" {parse / warm:8.1f}x"
        )


if __name__ == "__main__":
    main()
