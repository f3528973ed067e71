"""Typed errors that carry messages a user can act on (`path:line: message`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, located to a line when the line is known."""

    path: str
    line: int | None
    message: str
    warning: bool = False
    """A warning leaves the file usable (a question without a reference, a near-duplicate)."""

    def __str__(self) -> str:
        mark = "warning: " if self.warning else ""
        if self.line is None:
            return f"{self.path}: {mark}{self.message}"
        return f"{self.path}:{self.line}: {mark}{self.message}"


class InterviewerError(Exception):
    """Base of every error the CLI prints without a traceback."""

    exit_code = 1


class BankError(InterviewerError):
    """A bank or rubric file could not be loaded; holds every problem found."""

    exit_code = 2

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("bank", None, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UnknownQuestionError(InterviewerError, KeyError):
    """A question id (or alias) that the bank does not hold."""

    exit_code = 2

    def __init__(self, bank_id: str, question_id: str) -> None:
        self.bank_id = bank_id
        self.question_id = question_id
        super().__init__(f"bank '{bank_id}' has no question '{question_id}'")

    def __str__(self) -> str:
        return str(self.args[0])


class StoreError(InterviewerError):
    """The history database cannot be opened, read or written."""

    exit_code = 2


class StoreDamaged(StoreError):
    """The history database file is damaged (not a database, or malformed inside);
    `store.recovery.start_afresh` can move it aside and open a fresh one."""

    def __init__(self, message: str, path: str, reason: str = "", kept: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        """The damaged file."""
        self.reason = reason
        """What SQLite said ("database disk image is malformed")."""
        self.kept = kept
        """Where a byte-for-byte copy of the damaged file (with its -wal and -shm) was kept
        when the damage was found (`store.keep`); None when none was made."""
        self.left: str | None = None
        """`store.keep.digest` of the damaged file as this program left it on closing, when
        nothing but SQLite's folding of the kept copy's -wal changed it (nothing was saved to
        it since the copy): `start_afresh` then keeps the copy only; None when not known."""


class StoreBusy(StoreError):
    """Another program holds the history database's lock: trying again later can succeed."""


class UsageError(InterviewerError):
    """A command was called with options (or a session) that do not fit."""

    exit_code = 2


class PathError(InterviewerError):
    """A path given by the user that cannot be used (too long, a file for a folder, ...)."""

    exit_code = 2


class InputError(InterviewerError):
    """An input that cannot be graded at all: not text, no answers, an unusable CSV header."""

    exit_code = 2

    def __init__(self, problem: Problem | str) -> None:
        self.problem = problem
        super().__init__(str(problem))

    def naming(self, path: str) -> InputError:
        """The same problem, told of the input as the user named it."""
        if isinstance(self.problem, str):
            return self
        return InputError(Problem(path, self.problem.line, self.problem.message))
