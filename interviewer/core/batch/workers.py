"""Grading the chunks in input order, here or in worker processes (each builds its graders once),
a bounded number in flight."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..bank import Bank, load_bank
from ..batch_input import Entry, Item
from ..catalog import Catalog
from ..errors import InterviewerError
from ..grading import grader_for
from .chunk import bank_show_command, grade_chunk_banks

IN_FLIGHT_PER_JOB = 2
"""Chunks queued per worker process: enough to keep workers busy, few enough to bound memory."""

BankSpec = tuple[str, str | None]
"""A bank as worker processes find it: (bank file, rubric file or None)."""


class BankLoader:
    """Finds the banks the first time a line needs them (reference-only batches need none).
    `name`: one bank's name, or several in the order lines look for their question."""

    def __init__(
        self, catalog: Catalog, name: str | Sequence[str], command: str = "interviewer"
    ) -> None:
        self.catalog = catalog
        self.names = [name] if isinstance(name, str) else list(name)
        self.name = self.names[0]
        self.banks: list[Bank] = []
        self.listed_by = bank_show_command(command, self.name)
        """The command that lists the (first) bank's question ids, as the user runs the
        program."""

    @property
    def bank(self) -> Bank | None:
        """The first bank, once loaded."""
        return self.banks[0] if self.banks else None

    def for_chunk(self, chunk: list[Entry]) -> list[Bank]:
        if not self.banks and any(isinstance(e, Item) and e.question is None for _, e in chunk):
            self.banks = [self.catalog.find(name) for name in self.names]
            for bank in self.banks:
                # Each bank's grader, kept for the chunks (grader_for remembers it), takes its
                # fit from the cache folder when an earlier run left one there.
                grader_for(bank, self.catalog.fit_cache_dir)
        return self.banks


def graded(
    chunks: Iterator[list[Entry]], banks: BankLoader, jobs: int
) -> Iterator[list[dict[str, Any]]]:
    """The rows of each chunk, in input order, graded here or in `jobs` worker processes."""
    if jobs <= 1:
        for chunk in chunks:
            yield grade_chunk_banks(chunk, banks.for_chunk(chunk), banks.listed_by)
        return
    try:
        yield from _graded_in_workers(chunks, banks, jobs)
    except BrokenProcessPool:
        raise InterviewerError(
            "a grading worker process died (out of memory?); the output stops at the last "
            "complete chunk: run again with fewer --jobs"
        ) from None


_worker_banks: dict[BankSpec, Bank] = {}


def _grade_in_worker(
    chunk: list[Entry], specs: list[BankSpec], listed_by: str
) -> list[dict[str, Any]]:
    banks = []
    for spec in specs:
        bank = _worker_banks.get(spec)
        if bank is None:
            bank = _worker_banks[spec] = load_bank(spec[0], spec[1])
        banks.append(bank)
    return grade_chunk_banks(chunk, banks, listed_by)


def _graded_in_workers(
    chunks: Iterator[list[Entry]], banks: BankLoader, jobs: int
) -> Iterator[list[dict[str, Any]]]:
    pending: deque[Future[list[dict[str, Any]]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for chunk in chunks:
            specs = []
            for bank in banks.for_chunk(chunk):
                spec = _spec(bank)
                if spec not in _worker_banks:
                    # Workers forked from here on inherit the fitted grader, not refit it.
                    _worker_banks[spec] = bank
                    grader_for(bank).fit()
                specs.append(spec)
            pending.append(pool.submit(_grade_in_worker, chunk, specs, banks.listed_by))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _spec(bank: Bank) -> BankSpec:
    if bank.source is None:
        raise InterviewerError("--jobs needs a bank loaded from a file")
    rubric = str(bank.rubric_source) if bank.rubric_source is not None else None
    return (str(bank.source), rubric)


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
