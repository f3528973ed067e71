"""Dask throughput: grade JSON Lines files on a local cluster with `batch_dask.grade_files`.

Writes --files files of generated answers (as benchmarks/grade_scale.py does), starts a
`distributed.LocalCluster` with one single-threaded worker process per core (or --workers),
and prints answers per second for the grading (the cluster's start-up is printed apart).

    python benchmarks/dask_scale.py [--lines 20000] [--files 4] [--workers 0]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from grade_scale import generate  # noqa: E402

from interviewer.core.batch import default_jobs  # noqa: E402
from interviewer.core.batch_dask import grade_files  # noqa: E402
from interviewer.resources import bundled_banks_dir  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--workers", type=int, default=0, help="0: one per core")
    args = parser.parse_args()
    from distributed import Client, LocalCluster

    workers = args.workers or default_jobs()
    bank = bundled_banks_dir() / "genai.yaml"
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "in"
        inputs.mkdir()
        per_file = args.lines // args.files
        for number in range(args.files):
            generate(inputs / f"part-{number:03d}.jsonl", per_file, seed=number)
        total = per_file * args.files
        start = time.perf_counter()
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster),
        ):
            ready = time.perf_counter()
            written = grade_files(str(inputs / "*.jsonl"), Path(folder) / "out", bank_path=bank)
            seconds = time.perf_counter() - ready
        lines = sum(Path(path).read_bytes().count(b"\n") for path in written)
        print(f"{total:,} lines in {args.files} files, {workers} worker processes")
        print(f"cluster start: {ready - start:.1f} s")
        print(f"grading: {seconds:.1f} s, {lines / seconds:,.0f} answers/s, {lines:,} lines out")


if __name__ == "__main__":
    main()
