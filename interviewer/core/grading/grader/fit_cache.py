"""A bank's fitted grader kept on disk, so that a fresh process grades its first answer without
fitting the bank's TF-IDF again (nor importing scikit-learn to do it).

An entry is a numpy `.npz` file of plain arrays (strings as UTF-8 bytes, weights as float64;
loaded with `allow_pickle=False`, so no code is ever unpickled). It is found by a key hashing
everything the fit depends on: the documents it is fitted on and which question owns each, the
bank's thesaurus, the grader and program versions, the source of the grading code, and the
versions of Python's Unicode tables, numpy and scikit-learn. The key is stored inside the entry
too, and an entry whose key, layout or arrays do not hold is ignored (the grader fits and writes
it again). Entries are written aside and renamed, so a reader never sees half of one; a cache
folder that cannot be written is silently left out.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

FORMAT = 1
"""Changes when the entry's layout changes."""

_SEPARATOR = "\x00"
"""After each string of one list in an entry (no feature or stem holds it: see `_blob`)."""

_STRING_LISTS = ("word_features", "char_features", "common_stems", "bank_words", "distinct_stems")


@dataclass(frozen=True)
class Fit:
    """What fitting a grader learns of its bank's text, as `FittedGrader` keeps it."""

    word_features: list[str]
    """The fitted word features (stems and stem pairs), in id order."""
    word_idf: Any
    """Their IDF (a float64 array, same order)."""
    word_unseen: float
    """The IDF of a word feature never seen in fitting."""
    char_features: list[str]
    """The fitted character n-grams, in id order."""
    char_idf: Any
    char_unseen: float
    common_stems: frozenset[str]
    bank_words: frozenset[str]
    distinct_stems: frozenset[str]


def _library_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """What in the program and its libraries can change a fit: the grading code's source and
    data files, the versions, and the Unicode tables (words are read with them)."""
    from .... import __version__
    from ..result import GRADER_VERSION

    digest = hashlib.sha256()
    parts = [
        f"format {FORMAT}",
        f"grader {GRADER_VERSION}",
        f"interviewer {__version__}",
        f"python {sys.version_info[0]}.{sys.version_info[1]}",
        f"unicode {unicodedata.unidata_version}",
        f"numpy {_library_version('numpy')}",
        f"scikit-learn {_library_version('scikit-learn')}",
    ]
    digest.update("\n".join(parts).encode("utf-8"))
    grading = Path(__file__).resolve().parent.parent
    for path in sorted(grading.rglob("*")):
        if path.suffix in (".py", ".txt", ".json") and path.is_file():
            digest.update(path.relative_to(grading).as_posix().encode("utf-8"))
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def fit_key(documents: Sequence[str], owners: Sequence[int], canon: Mapping[str, str]) -> str:
    """The key of a fit: the texts it is fitted on, their owners, the thesaurus, and the code."""
    inputs = json.dumps([list(documents), list(owners), sorted(canon.items())], ensure_ascii=False)
    digest = hashlib.sha256(_code_fingerprint().encode("ascii"))
    digest.update(inputs.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _blob(strings: Sequence[str] | frozenset[str]) -> Any:
    import numpy as np

    ordered = sorted(strings) if isinstance(strings, frozenset) else list(strings)
    if any(_SEPARATOR in s for s in ordered):
        raise ValueError("a string holds the separator")
    text = "".join(s + _SEPARATOR for s in ordered)  # each one ended: [""] is not []
    return np.frombuffer(text.encode("utf-8", "surrogatepass"), np.uint8)


def _strings(blob: Any) -> list[str]:
    import numpy as np

    if blob.dtype != np.uint8 or blob.ndim != 1:
        raise ValueError("not a list of strings")
    parts: list[str] = blob.tobytes().decode("utf-8", "surrogatepass").split(_SEPARATOR)
    if parts.pop() != "":
        raise ValueError("the last string is cut short")
    return parts


def _weights(array: Any, size: int) -> Any:
    import numpy as np

    if array.dtype != np.float64 or array.shape != (size,) or not np.isfinite(array).all():
        raise ValueError("weights do not match their features")
    return array


def _number(array: Any) -> float:
    import numpy as np

    if array.dtype != np.float64 or array.shape != () or not np.isfinite(array):
        raise ValueError("not a weight")
    return float(array)


_NAME = re.compile(r"[^A-Za-z0-9_.-]+")


class FitCache:
    """Fits kept in a folder (see the module's docstring)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, name: str, key: str) -> Path:
        return self.folder / f"fit-{_NAME.sub('_', name)[:60] or 'bank'}-{key[:32]}.npz"

    def load(self, name: str, key: str) -> Fit | None:
        """The fit stored for `key` (under the bank `name`), or None when there is none or it
        cannot be trusted: unreadable, truncated, from another layout or for another key."""
        try:
            return self._read(self._path(name, key), key)
        except Exception:  # damaged, truncated, foreign: the grader fits again
            return None

    def _read(self, path: Path, key: str) -> Fit | None:
        import numpy as np

        if not path.is_file():
            return None
        with np.load(path, allow_pickle=False) as entry:
            arrays = {name: entry[name] for name in entry.files}
        if int(arrays["format"]) != FORMAT or _strings(arrays["key"]) != [key]:
            return None
        lists = {name: _strings(arrays[name]) for name in _STRING_LISTS}
        for name in ("word_features", "char_features"):
            if len(set(lists[name])) != len(lists[name]):
                raise ValueError(f"{name} repeat")
        return Fit(
            word_features=lists["word_features"],
            word_idf=_weights(arrays["word_idf"], len(lists["word_features"])),
            word_unseen=_number(arrays["word_unseen"]),
            char_features=lists["char_features"],
            char_idf=_weights(arrays["char_idf"], len(lists["char_features"])),
            char_unseen=_number(arrays["char_unseen"]),
            common_stems=frozenset(lists["common_stems"]),
            bank_words=frozenset(lists["bank_words"]),
            distinct_stems=frozenset(lists["distinct_stems"]),
        )

    def save(self, name: str, key: str, fit: Fit) -> None:
        """Keep `fit` for `key`, replacing earlier fits of the bank `name`; never raises."""
        import numpy as np

        path = self._path(name, key)
        try:
            arrays = {
                "format": np.array(FORMAT, dtype=np.int64),
                "key": _blob([key]),
                "word_idf": np.asarray(fit.word_idf, dtype=np.float64),
                "word_unseen": np.array(fit.word_unseen, dtype=np.float64),
                "char_idf": np.asarray(fit.char_idf, dtype=np.float64),
                "char_unseen": np.array(fit.char_unseen, dtype=np.float64),
                **{name: _blob(getattr(fit, name)) for name in _STRING_LISTS},
            }
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    np.savez(out, **arrays)
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            prefix = path.name[: -len(f"{key[:32]}.npz")]
            same_bank = re.compile(re.escape(prefix) + r"[0-9a-f]{32}\.npz")
            for older in self.folder.iterdir():
                if older != path and same_bank.fullmatch(older.name):
                    older.unlink(missing_ok=True)
        except (OSError, ValueError):
            pass
