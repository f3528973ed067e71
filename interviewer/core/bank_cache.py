"""Parsed, validated banks kept on disk, so that a start does not parse YAML again.

An entry is found by a hash of the bank file's bytes, its place, the rubric folders searched and
the program's version; it holds the `Bank` (as plain JSON data, see `bank_json`), the rubric file
used with a hash of its bytes, and the rubric places tried before it. It is used only while all of
these still hold: a changed bank or rubric, a rubric that now appears earlier in the search, or a
new version of the program each make a new entry.

Entries are JSON, never pickle: the cache folder may be writable by others, and reading an entry
must not run code. Each entry names its layout and its key, and every field is checked as it is
read; an entry that is unreadable, damaged, truncated, of another layout or program version, or
filed under another key is ignored and written again. Entries of the old pickle layout
(`<key>.pickle`) are never opened, and are removed when a new entry is written. A cache that
cannot be written is silently left out.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from .bank import Bank
from .bank_json import BankJsonError, bank_from_json, bank_to_json

FORMAT = 6
"""Changes when the entry layout or what loading finds changes (the program version is in the
key as well). 2: a question with `rubric: star` and no reference has no self-rating warning.
3: JSON entries instead of pickles. 4: a concept's `part_of`. 5: a question's `roles`.
6: a bank's `origin` and `licence`."""

KIND = "interviewer bank cache"
"""The first field of every entry, so that a JSON file of anything else is never read as one."""

_SUFFIX = ".json"
_OLD_ENTRY = re.compile(r"[0-9a-f]{64}\.pickle")
"""The name of an entry of the pickle layout (formats 1 and 2), removed, never read."""


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
        return self._read(
            self.folder / f"{self._key(path, raw, tuple(extra_rubric_dirs))}{_SUFFIX}"
        )

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
        entry_path = self.folder / f"{self._key(path, raw, extra)}{_SUFFIX}"
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
            text = entry_path.read_text(encoding="utf-8")
            entry = _entry_from_json(json.loads(text), entry_path.stem)
        except (OSError, ValueError, RecursionError):
            # missing, unreadable, not UTF-8 or JSON, truncated, another layout: rebuilt
            return None
        if entry is None or entry.version != __version__:
            return None
        if any(p.is_file() for p in entry.passed_over):
            return None
        if entry.rubric is not None and _file_sha256(entry.rubric) != entry.rubric_sha256:
            return None
        return entry.bank

    def _write(self, entry_path: Path, entry: CacheEntry) -> None:
        try:
            text = json.dumps(_entry_to_json(entry, entry_path.stem), separators=(",", ":"))
            entry_path.parent.mkdir(parents=True, exist_ok=True)
            # Written aside and renamed, so a reader never sees half an entry.
            handle, temporary = tempfile.mkstemp(dir=entry_path.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(text)
                os.replace(temporary, entry_path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            for old in entry_path.parent.glob("*.pickle"):
                if _OLD_ENTRY.fullmatch(old.name):
                    old.unlink(missing_ok=True)
        except (OSError, ValueError):
            pass


def _entry_to_json(entry: CacheEntry, key: str) -> dict[str, object]:
    return {
        "kind": KIND,
        "format": entry.format,
        "version": entry.version,
        "key": key,
        "rubric": None if entry.rubric is None else str(entry.rubric),
        "rubric_sha256": entry.rubric_sha256,
        "passed_over": [str(p) for p in entry.passed_over],
        "bank": bank_to_json(entry.bank),
    }


def _entry_from_json(data: object, key: str) -> CacheEntry | None:
    """The entry `data` holds if it is one of this layout filed under `key`; None otherwise.

    Raises:
        BankJsonError: it claims to be such an entry but a field does not hold.
    """
    if not isinstance(data, dict) or data.get("kind") != KIND:
        return None
    if data.get("format") != FORMAT or data.get("key") != key:
        return None
    version, rubric, digest, passed_over = (
        data.get("version"),
        data.get("rubric"),
        data.get("rubric_sha256"),
        data.get("passed_over"),
    )
    if not isinstance(version, str):
        raise BankJsonError("entry: no version")
    if not (rubric is None or isinstance(rubric, str)) or not (
        digest is None or isinstance(digest, str)
    ):
        raise BankJsonError("entry: rubric")
    if (rubric is None) != (digest is None):
        raise BankJsonError("entry: a rubric without its hash")
    if not isinstance(passed_over, list) or not all(isinstance(p, str) for p in passed_over):
        raise BankJsonError("entry: passed_over")
    return CacheEntry(
        format=FORMAT,
        version=version,
        bank=bank_from_json(data.get("bank")),
        rubric=None if rubric is None else Path(rubric),
        rubric_sha256=digest,
        passed_over=tuple(Path(p) for p in passed_over),
    )


def _parse(path: Path, extra_rubric_dirs: tuple[Path, ...], looked_at: list[Path]) -> Bank:
    from .bank_file import load_bank_file

    return load_bank_file(
        path, extra_rubric_dirs=extra_rubric_dirs, looked_at=looked_at, skip_invalid=True
    )
