"""History at scale: 1,000 stored sessions, the history screen and `interviewer report`.

Creates a temporary data dir whose real SQLite history holds `--sessions` sessions of the
bundled genai bank (10 answers each, graded with real grades of the grader, some skipped or timed
out, one in six unfinished), then measures, as medians of `--repeat` runs:

- the history screen: from opening it (Pilot, headless, 100x32) until its table holds every row
  and has measured them (its scrollable height counts every row);
- `interviewer report` (latest, Markdown), as a user runs it: a fresh process, wall time;
- `build_report` alone, in this process (the part the history size can slow down);
- `interviewer history --json`, a fresh process, wall time.

    python benchmarks/history_scale.py [--sessions 1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from interviewer.core.catalog import Catalog  # noqa: E402
from interviewer.core.clock import FakeClock  # noqa: E402
from interviewer.core.session import SessionConfig  # noqa: E402
from interviewer.core.store import Store  # noqa: E402
from interviewer.paths import database_path  # noqa: E402

ANSWERS_PER_SESSION = 10


def fill(data_dir: Path, sessions: int) -> None:
    """`sessions` sessions of 10 answers each, as the app would have stored them."""
    from interviewer.core.grading import grader_for

    bank = Catalog(None).find("genai")
    grader = grader_for(bank)
    rng = random.Random(10)
    questions = list(bank)
    grades = {}
    for question in questions:
        reference = question.reference_answers[0].split()
        answer = " ".join(reference[: rng.randint(5, len(reference))])
        grades[question.id] = (answer, grader.grade(question, answer))
    clock = FakeClock()
    store = Store.open(database_path(data_dir), clock=clock)
    store._db.execute("PRAGMA synchronous = OFF")  # setting up only: the app keeps FULL
    for n in range(sessions):
        config = SessionConfig(bank_id="genai", count=ANSWERS_PER_SESSION, seed=n + 1)
        session = store.create_session(config, bank, clock)
        chosen = rng.sample(questions, ANSWERS_PER_SESSION)
        unfinished = n % 6 == 5
        for position, question in enumerate(chosen, start=1):
            if unfinished and position > 4:
                break
            answer, grade = grades[question.id]
            skipped = rng.random() < 0.05
            clock.advance(rng.uniform(20, 200))
            store.record_answer(
                session.id,
                position=position,
                question=question,
                answer="" if skipped else answer,
                seconds=rng.uniform(20, 200),
                time_limit=150,
                timed_out=rng.random() < 0.05,
                skipped=skipped,
                score=0.0 if skipped else grade.score,
                band="missing" if skipped else grade.band,
                grade=None if skipped else grade.to_dict(),
                grader_version=grade.grader_version,
            )
        if not unfinished:
            store.finish_session(session.id, "intermediate", clock)
        clock.advance(timedelta(hours=5).total_seconds())
    store.close()


async def history_screen_ready(data_dir: Path) -> float:
    from textual.widgets import DataTable

    from interviewer.tui.app import WARM_UP_DELAY, InterviewApp
    from interviewer.tui.screens.history import HistoryScreen

    store = Store.open(database_path(data_dir))
    expected = len(store.list_sessions())
    app = InterviewApp(catalog=Catalog(None), store=store, export_dir=data_dir / "exports")
    async with app.run_test(size=(100, 32)) as pilot:
        # The home screen warms the grader up in a thread half a second after it is shown; let
        # that finish, as it has long before a user opens the history.
        await pilot.pause(WARM_UP_DELAY + 0.1)
        await app.workers.wait_for_complete()
        await pilot.pause()
        start = time.perf_counter()
        app.open_history()
        while True:
            screen = app.screen
            if isinstance(screen, HistoryScreen) and screen.is_mounted:
                tables = screen.query(DataTable)
                table = tables.first() if tables else None
                if table and table.row_count == expected and table.virtual_size.height > expected:
                    break
            await asyncio.sleep(0.001)
        elapsed = time.perf_counter() - start
        await pilot.pause(0.1)
    store.close()
    return elapsed


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return elapsed


def build_report_time(data_dir: Path) -> float:
    from interviewer.core.report import build_report, to_markdown

    bank = Catalog(None).find("genai")
    with Store.open(database_path(data_dir)) as store:
        latest = store.latest_with_answers()
        assert latest is not None
        start = time.perf_counter()
        to_markdown(build_report(store, latest.id, bank))
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        started = time.perf_counter()
        fill(data_dir, args.sessions)
        print(f"history: {args.sessions} sessions, up to {ANSWERS_PER_SESSION} answers each, "
              f"made in {time.perf_counter() - started:.1f} s")  # fmt: skip
        env = {**os.environ, "INTERVIEWER_DATA_DIR": str(data_dir)}
        command = [sys.executable, "-m", "interviewer"]
        wall([*command, "report"], env)  # warm the file cache and the bank cache
        screen, report, history, build = [], [], [], []
        for _ in range(args.repeat):
            screen.append(asyncio.run(history_screen_ready(data_dir)))
            report.append(wall([*command, "report"], env))
            history.append(wall([*command, "history", "--json"], env))
            build.append(build_report_time(data_dir))

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:6.0f} ms"

    print(f"history screen ready (Pilot), median:        {ms(screen)}  (target <= 500 ms)")
    print(f"`interviewer report` (fresh process), median: {ms(report)}  (target <= 300 ms)")
    print(f"  build_report + Markdown in-process, median: {ms(build)}")
    print(f"`interviewer history --json`, median:         {ms(history)}")


if __name__ == "__main__":
    main()
