"""Parsed, validated banks kept on disk, so that a start does not parse YAML again.

An entry is found by a hash of the bank file's bytes, its place, the rubric folders searched and
the program's version; it holds the `Bank` (pickled frozen dataclasses), the rubric file used with
a hash of its bytes, and the rubric places tried before it. It is used only while all of these
still hold: a changed bank or rubric, a rubric that now appears earlier in the search, or a new
version of the program each make a new entry. An unreadable or damaged entry is ignored and
written again; a cache that cannot be written is silently left out.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from .bank import Bank

FORMAT = 2
"""Changes when the entry layout or what loading finds changes (the program version is in the
key as well). 2: a question with `rubric: star` and no reference has no self-rating warning."""


@dataclass(frozen=True)
class CacheEntry:
    """What is stored for one bank file."""

    format: int
    version: str
    bank: Bank
    rubric: Path | None
    """The rubric file merged into the bank, or None."""
    rubric_sha256: str | None
    passed_over: tuple[Path, ...]
    """Rubric places tried before `rubric` (all missing then): one appearing voids the entry."""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_sha256(path: Path) -> str | None:
    try:
        return _sha256(path.read_bytes())
    except OSError:
        return None


class BankCache:
    """Loads banks through a cache folder (None: no cache, every load parses)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def _key(self, path: Path, raw: bytes, extra_rubric_dirs: Iterable[Path]) -> str:
        parts = [
            f"format {FORMAT}",
            f"interviewer {__version__}",
            str(path.resolve()),
            *(str(Path(d).resolve()) for d in extra_rubric_dirs),
            _sha256(raw),
        ]
        return _sha256("\n".join(parts).encode("utf-8"))

    def cached(self, path: Path, *, extra_rubric_dirs: Iterable[Path] = ()) -> Bank | None:
        """The bank at `path` if the cache holds it, still valid; None otherwise (nothing is
        parsed: this is quick enough to call before the first screen is painted)."""
        if self.folder is None:
            return None
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        return self._read(self.folder / f"{self._key(path, raw, tuple(extra_rubric_dirs))}.pickle")

    def load(self, path: Path, *, extra_rubric_dirs: Iterable[Path] = ()) -> Bank:
        """The bank at `path` with its rubric, from the cache when it is still valid.

        Raises:
            BankError: the bank (or its rubric) has problems; errors are never cached.
        """
        extra = tuple(extra_rubric_dirs)
        if self.folder is None:
            return _parse(path, extra, [])
        try:
            raw = path.read_bytes()
        except OSError:
            return _parse(path, extra, [])  # the parser reports the problem with the file
        entry_path = self.folder / f"{self._key(path, raw, extra)}.pickle"
        cached = self._read(entry_path)
        if cached is not None:
            return cached
        looked_at: list[Path] = []
        bank = _parse(path, extra, looked_at)
        rubric = bank.rubric_source
        passed_over = tuple(p for p in looked_at if p != rubric)
        entry = CacheEntry(
            format=FORMAT,
            version=__version__,
            bank=bank,
            rubric=rubric,
            rubric_sha256=_file_sha256(rubric) if rubric is not None else None,
            passed_over=passed_over,
        )
        self._write(entry_path, entry)
        return bank

    def _read(self, entry_path: Path) -> Bank | None:
        try:
            with open(entry_path, "rb") as handle:
                entry = pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception:  # damaged, truncated or from another layout: rebuilt below
            return None
        if not isinstance(entry, CacheEntry) or not isinstance(entry.bank, Bank):
            return None
        if entry.format != FORMAT or entry.version != __version__:
            return None
        if any(p.is_file() for p in entry.passed_over):
            return None
        if entry.rubric is not None and _file_sha256(entry.rubric) != entry.rubric_sha256:
            return None
        return entry.bank

    def _write(self, entry_path: Path, entry: CacheEntry) -> None:
        try:
            entry_path.parent.mkdir(parents=True, exist_ok=True)
            # Written aside and renamed, so a reader never sees half an entry.
            handle, temporary = tempfile.mkstemp(dir=entry_path.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    pickle.dump(entry, out, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, entry_path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except (OSError, pickle.PickleError):
            pass


def _parse(path: Path, extra_rubric_dirs: tuple[Path, ...], looked_at: list[Path]) -> Bank:
    from .bank_file import load_bank_file

    return load_bank_file(
        path, extra_rubric_dirs=extra_rubric_dirs, looked_at=looked_at, skip_invalid=True
    )
