"""Answers kept in a plain JSON file when the history cannot take them (the file is damaged):
written beside the history, named with the time, never over another file, so that nothing a
candidate typed is lost."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from .errors import StoreError
from .store import StoredAnswer, StoredSession

RESCUE_PREFIX = "rescued-answers-"
DAMAGED = "Answers interviewer could not save because the history file is damaged."
UNSAVED = (
    "The answer being typed when the session was left while the history file could not take "
    "it (a full disk, a folder not writable, a file another program kept locked); the history "
    "keeps the answers marked saved_to_history."
)
TAKEN_OVER = (
    "The answer being typed when this session was taken over in another terminal "
    "(the history keeps the answers marked saved_to_history)."
)


@dataclass(frozen=True)
class RescuedAnswer:
    """One answer of the session, as the rescue file holds it."""

    position: int
    question_id: str
    question: str
    """The question's prompt, so that the file reads on its own."""
    answer: str
    seconds: float | None = None
    saved_to_history: bool = False
    """True: the history took it before the damage was found (the damaged file may or may not
    give it back); False: it was in the answer box, never saved."""

    @classmethod
    def recorded(cls, answer: StoredAnswer) -> RescuedAnswer:
        """An answer the history took before the damage was found."""
        return cls(
            answer.position, answer.question_id, answer.prompt, answer.answer, answer.seconds, True
        )


def rescue_folders(history_file: str) -> tuple[Path, ...]:
    """Where a rescue file is tried, in order: beside the history (where the candidate looks
    for it), then the system's temporary folder (the history's folder is full or not
    writable). `history_file` ':memory:' has no folder of its own: the temporary folder only.
    """
    temporary = Path(tempfile.gettempdir())
    if history_file == ":memory:":
        return (temporary,)
    beside = Path(history_file).parent
    return (beside,) if beside == temporary else (beside, temporary)


def rescue_name(folder: Path, when: datetime) -> Path:
    """`rescued-answers-20250106-090000.json` (local time) in `folder`."""
    return folder / f"{RESCUE_PREFIX}{when.astimezone():%Y%m%d-%H%M%S}.json"


def write_rescue(
    folder: Path,
    session: StoredSession,
    history_file: str,
    reason: str,
    answers: Sequence[RescuedAnswer],
    when: datetime,
    path: Path | None = None,
    what: str = DAMAGED,
) -> Path:
    """Write `session`'s `answers` to a new rescue file in `folder` (`-2`, `-3`... added when
    the name is taken), or over `path`, a rescue file written earlier for the same session;
    returns the file, complete on disk (flushed) by then.

    Raises:
        StoreError: the file cannot be written (a read-only folder, a full disk).
    """
    content = {
        "what": what,
        "history_file": history_file,
        "reason": reason,
        "rescued_at": when.isoformat(),
        "session": session.id,
        "bank": session.bank_id,
        "mode": session.mode,
        "answers": [asdict(answer) for answer in answers],
    }
    text = json.dumps(content, indent=2, ensure_ascii=False) + "\n"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if path is None:
            return _write_new(rescue_name(folder, when), text)
        temporary = path.with_name(f".{path.name}.tmp")
        _write(temporary, text, "w")
        os.replace(temporary, path)
        return path
    except OSError as err:
        raise StoreError(
            f"{folder}: cannot write the rescue file ({err.strerror or err})"
        ) from None


def _write_new(first: Path, text: str) -> Path:
    number = 1
    while True:
        target = first if number == 1 else first.with_name(f"{first.stem}-{number}.json")
        try:
            _write(target, text, "x")
            return target
        except FileExistsError:
            number += 1
        except OSError:
            # made but not written (a full disk): no empty rescue file is left to mislead
            target.unlink(missing_ok=True)
            raise


def _write(path: Path, text: str, mode: str) -> None:
    with open(path, mode, encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
