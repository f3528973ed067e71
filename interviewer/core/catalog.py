"""Finding banks: bundled ones, the user's own in the data dir, or any file path."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..paths import checked_path, is_file
from ..resources import bundled_banks_dir, bundled_rubrics_dir
from .bank import Bank, load_bank, rubric_bank_id
from .bank_cache import BankCache
from .errors import BankError, PathError, Problem

DEFAULT_BANK_ID = "genai"
"""The bank used when none is named (the bundled Generative-AI bank)."""

BANK_SUFFIXES = (".yaml", ".yml")


def sharing_id(bank: Bank, banks: Sequence[Bank]) -> list[Bank]:
    """The banks of `banks` other than `bank` (another file) with `bank`'s id: a copy, or a
    `mine.yml` beside an imported `mine.yaml`. Only one of them opens by that id (`--bank`,
    the history's BANK column), so every place that offers banks says so."""
    return [
        other
        for other in banks
        if other.id == bank.id and other is not bank and other.source != bank.source
    ]


def shared_id_note(bank: Bank, others: Sequence[Bank]) -> str:
    """What to tell someone choosing `bank`, which shares its id with `others` (`sharing_id`):
    which file this one is, and how to tell them apart; "" when it shares it with none."""
    if not others:
        return ""
    files = ", ".join(sorted(_file_name(b) for b in (bank, *others)))
    return (
        f"{len(others) + 1} banks have the id '{bank.id}' ({files}): this is "
        f"{_file_name(bank)}. Give each its own `id:` to tell them apart in the history "
        "and with --bank."
    )


def _file_name(bank: Bank) -> str:
    return bank.source.name if bank.source is not None else bank.id


@dataclass(frozen=True)
class BankEntry:
    """A bank file found on disk, before it is loaded."""

    path: Path
    origin: str
    """'bundled' or 'user'."""


FileStamp = tuple[int, int, int, str]
"""A file's modification time (ns), size, inode and a hash of its bytes: the same stamp means
the same content. Time and size alone missed a bank rewritten in place to the same size within
one tick of the file system's clock (1 s, 2 s or a jiffy, depending on the file system)."""


def _stamp(path: Path) -> FileStamp | None:
    # Hashed before the bank is parsed: a write in between gives the next stamp another hash.
    try:
        status = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_size, status.st_ino, digest)


QUESTION_LIST_SUFFIXES = (".md", ".markdown", ".txt", ".csv", ".tsv", ".jsonl", ".ndjson")
"""Files `bank import` reads: named as a bank, one that is not bank YAML gets a hint."""


def bank_file_named(name: str) -> Path | None:
    """The file a BANK argument names, when it names one rather than an id: a name with a
    bank file's suffix or a folder separator, or an existing file (the file may be gone).

    Raises:
        BankError: the name cannot be a path on this system (a NUL, too long).
    """
    try:
        candidate = checked_path(name, "bank")
    except PathError as err:
        raise BankError(Problem(name[:80], None, str(err))) from None
    looks_like_path = candidate.suffix in BANK_SUFFIXES or "/" in name or "\\" in name
    return candidate if looks_like_path or is_file(candidate) else None


class Catalog:
    """The banks a user can choose from: bundled first, then `<data-dir>/banks/`."""

    def __init__(self, data_dir: Path | None = None, cache_dir: Path | None = None) -> None:
        """`cache_dir`: where parsed banks are kept between runs (see `bank_cache`); None
        parses every bank file at every start."""
        self.data_dir = data_dir
        self.cache_dir = cache_dir
        self._cache: dict[Path, tuple[FileStamp | None, Bank]] = {}
        self._disk_cache = BankCache(cache_dir)
        self._loaded_stamps: tuple[tuple[Path, FileStamp | None], ...] | None = None

    @property
    def fit_cache_dir(self) -> Path | None:
        """Where banks' fitted graders are kept between runs (grading's `grader_for`); None
        when there is no cache folder."""
        return self.cache_dir / "fits" if self.cache_dir is not None else None

    @property
    def rubric_dirs(self) -> list[Path]:
        dirs = [bundled_rubrics_dir()]
        if self.data_dir is not None:
            dirs.append(self.data_dir / "rubrics")
        return dirs

    def _folders(self) -> list[tuple[Path, str]]:
        """The folders banks are listed from, with their origin ('bundled' or 'user')."""
        folders = [(bundled_banks_dir(), "bundled")]
        if self.data_dir is not None:
            folders.append((self.data_dir / "banks", "user"))
        return folders

    def entries(self) -> list[BankEntry]:
        """Every bank file found, bundled ones first, each list sorted by name."""
        found: list[BankEntry] = []
        for folder, origin in self._folders():
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                if path.suffix in BANK_SUFFIXES and not path.name.endswith(".rubric.yaml"):
                    found.append(BankEntry(path, origin))
        return found

    def stamps(self) -> tuple[tuple[Path, FileStamp | None], ...]:
        """Every bank file with its stamp: a listing, and a `stat` and a hash per file (under
        a millisecond for the bundled banks)."""
        return tuple((entry.path, _stamp(entry.path)) for entry in self.entries())

    def changed(self) -> bool:
        """Whether a bank file was added, removed or changed since the last `load_all` (or
        `load_all_cached`); True when neither has run yet."""
        return self._loaded_stamps != self.stamps()

    def _kept(self, key: Path, stamp: FileStamp | None) -> Bank | None:
        kept = self._cache.get(key)
        if kept is None or stamp is None or kept[0] != stamp:
            return None
        return kept[1]

    def load_path(self, path: Path) -> Bank:
        """Load a bank file (cached per path), looking for its rubric in the usual places.

        A question with errors is left out, with a warning in `Bank.warnings`, so that one bad
        question does not sink a bank; `validate` is the strict check.
        """
        return self._load(path, _stamp(path))

    def _load(self, path: Path, stamp: FileStamp | None) -> Bank:
        """`load_path` with the file's stamp taken already (before any parsing)."""
        key = path.resolve()
        bank = self._kept(key, stamp)
        if bank is None:
            bank = self._disk_cache.load(path, extra_rubric_dirs=self.rubric_dirs)
            self._cache[key] = (stamp, bank)
        return bank

    def origin(self, bank: Bank) -> str:
        """Where a bank came from: 'bundled', 'data dir' or 'path'."""
        if bank.source is None:
            return "path"
        source = bank.source.resolve()
        for entry in self.entries():
            if entry.path.resolve() == source:
                return "bundled" if entry.origin == "bundled" else "data dir"
        return "path"

    def load_all(self) -> tuple[list[Bank], list[BankError]]:
        """Every bank that loads, and the errors of those that do not."""
        banks: list[Bank] = []
        errors: list[BankError] = []
        stamps = self.stamps()
        self._loaded_stamps = stamps
        for path, stamp in stamps:
            try:
                banks.append(self._load(path, stamp))
            except BankError as err:
                errors.append(err)
        return banks, errors

    def load_all_cached(self) -> list[Bank] | None:
        """Every bank, if the disk cache holds them all (a few milliseconds); None as soon as
        one would have to be parsed, so the caller can do `load_all` off the UI thread."""
        banks: list[Bank] = []
        stamps = self.stamps()
        for path, stamp in stamps:
            key = path.resolve()
            bank = self._kept(key, stamp)
            if bank is None:
                bank = self._disk_cache.cached(path, extra_rubric_dirs=self.rubric_dirs)
            if bank is None:
                return None
            self._cache[key] = (stamp, bank)
            banks.append(bank)
        self._loaded_stamps = stamps
        return banks

    def find(self, name: str) -> Bank:
        """A bank by id (bundled or user) or by file path; raises BankError if none matches."""
        candidate = bank_file_named(name)
        if candidate is not None:
            if not is_file(candidate):
                why = "is a folder, not a bank file" if candidate.is_dir() else "no such bank file"
                raise BankError(Problem(name, None, why))
            if candidate.suffix.lower() in QUESTION_LIST_SUFFIXES:
                try:
                    return self.load_path(candidate)
                except BankError:
                    why = (
                        "this looks like a question list, not a bank; import it with "
                        f"`interviewer bank import {name}`"
                    )
                    raise BankError(Problem(name, None, why)) from None
            return self.load_path(candidate)
        named_file: Bank | None = None
        for entry in self.entries():
            if entry.path.stem == name:
                bank = self.load_path(entry.path)
                if bank.id == name:
                    return bank
                if named_file is None:  # (a Bank with no questions is falsy: len 0)
                    named_file = bank
        known: set[str] = set()
        for entry in self.entries():
            try:
                bank = self.load_path(entry.path)
            except BankError:
                known.add(entry.path.stem)
                continue
            if bank.id == name:
                return bank
            stem = entry.path.stem
            known.add(bank.id if bank.id == stem else f"{bank.id} (file {stem})")
        if named_file is not None:
            return named_file  # the file's name, as `bank list` and the data dir show it
        listed = ", ".join(sorted(known)) or "none"
        why = f"no bank with this id or path (known banks: {listed})"
        raise BankError(Problem(name, None, why))

    def _in_catalog(self, path: Path) -> bool:
        """Whether `path` is in one of the folders `entries` lists (bundled or data dir)."""
        parent = path.resolve().parent
        return any(parent == folder.resolve() for folder, _ in self._folders())

    def find_session_bank(self, bank_id: str, bank_path: Path | None = None) -> Bank:
        """The bank a stored session was started from.

        A bank practised by its file path (`start --bank banks/x.yaml`) is read again from
        the file recorded with the session, as long as that file still holds a bank with the
        same id, so its report, regrade and resume work as for an installed bank. Every other
        session finds its bank by id (`find`), wherever the bundled banks are installed now.

        Args:
            bank_id: the session's bank id.
            bank_path: the bank file recorded with the session (`StoredSession.bank_path`);
                None for sessions recorded before it was kept.

        Raises:
            BankError: neither the file nor the id gives the bank; the message names the file.
        """
        by_path = bank_path is not None and not self._in_catalog(bank_path)
        file_error: BankError | None = None
        if bank_path is not None and by_path and is_file(bank_path):
            try:
                bank = self.load_path(bank_path)
            except BankError as err:
                file_error = err
            else:
                if bank.id == bank_id:
                    return bank
                file_error = BankError(
                    Problem(str(bank_path), None, f"now holds bank '{bank.id}', not '{bank_id}'")
                )
        try:
            return self.find(bank_id)
        except BankError:
            if file_error is not None:
                raise file_error from None
            if not by_path:
                raise
        why = f"the session's bank file is no longer there, and no bank has the id '{bank_id}'"
        raise BankError(Problem(str(bank_path), None, why))

    def validate(self, path: Path) -> list[Problem]:
        """Every problem in a bank file and its rubric, or in a rubric file and its bank."""
        rubric_for = rubric_bank_id(path)
        try:
            if rubric_for is None:
                return list(load_bank(path, extra_rubric_dirs=self.rubric_dirs).warnings)
            bank_path = path.parent.parent / "banks" / f"{rubric_for}.yaml"
            if not is_file(bank_path):
                entry = next((e for e in self.entries() if e.path.stem == rubric_for), None)
                if entry is None:
                    return [Problem(str(path), 1, f"rubric names bank '{rubric_for}', not found")]
                bank_path = entry.path
            bank = load_bank(bank_path, rubric_path=path)
        except BankError as err:
            return err.problems
        return [p for p in bank.warnings if p.path == str(path)]
