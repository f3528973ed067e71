"""The history's connection: opening and migrating the file, one lock, transactions; SQLite
failures are turned into errors a user can act on by failures.py."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TypeVar

from ..clock import Clock, SystemClock
from ..errors import StoreBusy, StoreDamaged, StoreError
from .failures import (
    MEMORY,
    explain_failure,
    opening_failed,
    os_reason,
    way_out,
)
from .keep import (
    Snapshot,
    copy_aside,
    digest,
    discard,
    keep_snapshot,
    needs_snapshot,
    snapshot,
    sweep,
)
from .rows import DAMAGE, MendedText, read_text
from .schema import MIGRATIONS, SCHEMA_VERSION

T = TypeVar("T")
S = TypeVar("S", bound="StoreConnection")

DEFAULT_BUSY_TIMEOUT = 5.0


class StoreConnection:
    """What every part of the `Store` stands on: the connection and its lock, opening and
    migrating the file, transactions, and reading rows that may have been edited by hand."""

    def __init__(self, connection: sqlite3.Connection, path: str, clock: Clock) -> None:
        self._db = connection
        self.path = path
        """The database file, or ':memory:'."""
        self.read_only = False
        """Opened for reading only (`Store.open(read_only=True)` on a folder not writable)."""
        self.clock = clock
        """Where timestamps come from unless a method is given another clock."""
        self._lock = threading.RLock()
        self._busy_timeout = DEFAULT_BUSY_TIMEOUT
        self.warnings: list[str] = []
        """Rows skipped because they cannot be read (edited by hand), and rows read with
        undecodable bytes replaced, one message each."""
        self._mended: set[tuple[str, object, object]] = set()
        self._snapshot: Snapshot | None = None
        """The copy of the file and its side files taken before opening (`keep.snapshot`),
        while the store is open; None when there was no -wal to fold in."""
        self._kept: tuple[Path | None, str] | None = None
        """Where the damaged file was copied aside when damage was first found, or why it
        could not be (`_failure`)."""
        self._saved = False
        """Something was saved since the history was opened (and its `_snapshot` taken)."""
        self._whole = False
        """The copy in `_kept` holds all that was saved to the file, so that closing the
        connection changes the file only by SQLite's folding of its -wal."""
        self.left: str | None = None
        """After `close`, when a copy of the damaged file was kept (`_whole`): the
        `keep.digest` of the file as closing left it (`StoreDamaged.left`)."""

    def _convert(self, convert: Callable[[sqlite3.Row], T], row: sqlite3.Row, kind: str) -> T:
        """`convert(row)`, or StoreError naming the damaged row. A row whose text held bytes
        that are not UTF-8 is converted with U+FFFD in their place and named once in
        `warnings`."""
        try:
            converted = convert(row)
        except DAMAGE as err:
            keys = row.keys()
            key = row["id"] if "id" in keys else row["session_id"] if "session_id" in keys else "?"
            reason = str(err).splitlines()[0][:120] if str(err) else type(err).__name__
            raise StoreError(
                f"{self.path}: {kind} '{key}' cannot be read ({reason}); "
                "the row was probably edited by hand"
            ) from None
        self._note_mended(row, kind)
        return converted

    def _note_mended(self, row: sqlite3.Row, kind: str) -> None:
        keys = row.keys()
        columns = [key for key in keys if isinstance(row[key], MendedText)]
        if not columns:
            return
        session = row["session_id"] if "session_id" in keys else row["id"] if "id" in keys else "?"
        position = row["position"] if "position" in keys else None
        if (kind, session, position) in self._mended:
            return
        self._mended.add((kind, session, position))
        where = f"session '{session}'" + (f", question {position}" if position is not None else "")
        self.warnings.append(
            f"warning: {self.path}: {kind} of {where}: its {', '.join(columns)} held bytes that "
            "are not UTF-8 (the file was damaged); they are shown as \ufffd"
        )

    def _convert_all(
        self, convert: Callable[[sqlite3.Row], T], rows: Iterable[sqlite3.Row], kind: str
    ) -> list[T]:
        """Every row converted; damaged ones skipped, each with a message in `warnings`."""
        result = []
        for row in rows:
            try:
                result.append(self._convert(convert, row, kind))
            except StoreError as err:
                self.warnings.append(f"warning: {err}; skipped")
        return result

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(
        cls: type[S],
        path: str | Path,
        *,
        clock: Clock | None = None,
        timeout: float = DEFAULT_BUSY_TIMEOUT,
        read_only: bool = False,
    ) -> S:
        """Open (creating if needed) the history at `path` and bring its schema up to date.

        Args:
            path: the database file (its folder is created), or ':memory:'.
            clock: source of stored timestamps; the system clock by default.
            timeout: seconds to wait for another program's lock before giving up.
            read_only: open an existing file for reading only (`file:...?mode=ro`), as the
                commands that only read do when the data dir cannot be written: nothing is
                created or migrated, and a write raises StoreError.

        Raises:
            StoreError: the folder cannot be created, or the file is not a database, is
                damaged, is locked, cannot be written, or was written by a newer program.
        """
        where = str(path)
        if read_only and where != MEMORY:
            return cls._open_read_only(Path(path).expanduser(), clock, timeout)
        if where != MEMORY:
            folder = Path(path).expanduser().parent
            where = str(Path(path).expanduser())
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                reason = err.strerror or str(err)
                raise StoreError(
                    f"{folder}: cannot create the data folder ({reason}); "
                    f"{way_out(where, kept=False)}"
                ) from None
            if Path(where).is_dir():
                raise StoreError(
                    f"{where}: is a folder, not a history database; {way_out(where, kept=False)}"
                )
        clock = clock or SystemClock()
        # before SQLite reads a -wal left behind, which closing would fold into a damaged file
        copy, unkept = None, ""
        if where != MEMORY:
            with suppress(OSError):  # snapshots left by programs killed with it open (care43)
                sweep(Path(where))
        try:
            copy = snapshot(Path(where)) if where != MEMORY else None
        except OSError as err:  # opened all the same: a damaged file is then said not kept
            unkept = os_reason(err)
        try:
            connection = sqlite3.connect(
                where, timeout=timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as err:
            raise opening_failed(where, err, copy, clock, unkept) from None
        connection.row_factory = sqlite3.Row
        connection.text_factory = read_text
        store = cls(connection, where, clock)
        try:
            store._prepare(timeout)
        except sqlite3.Error as err:
            connection.close()
            raise opening_failed(where, err, copy, clock, unkept) from None
        except BaseException:
            connection.close()
            discard(copy)
            raise
        store._snapshot = copy  # kept should the damage show later, deleted on closing
        store._saved = False  # a migration saved no answers: the copy still holds them all
        return store

    @classmethod
    def _open_read_only(cls: type[S], path: Path, clock: Clock | None, timeout: float) -> S:
        where = str(path)
        if not path.is_file():
            raise StoreError(f"{where}: no history database to read")
        uri = f"{path.absolute().as_uri()}?mode=ro"
        store: S | None = None
        # A WAL file in a folder that cannot be written may not open for reading; then the
        # file is read as it is on disk (immutable: nothing can change it meanwhile).
        for suffix in ("", "&immutable=1"):
            try:
                connection = sqlite3.connect(
                    uri + suffix,
                    uri=True,
                    timeout=timeout,
                    isolation_level=None,
                    check_same_thread=False,
                )
                connection.row_factory = sqlite3.Row
                connection.text_factory = read_text
                store = cls(connection, where, clock or SystemClock())
                store.read_only = True
                connection.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
                break
            except sqlite3.Error as err:
                if store is not None:
                    store.close()
                    store = None
                if suffix:
                    raise explain_failure(where, err, "read the history database") from None
        assert store is not None
        version = store._db.execute("PRAGMA user_version").fetchone()[0]
        try:
            store._refuse_newer(version)
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"{where}: this history must be updated before it can be read, and it "
                    f"cannot be written here; {way_out(where, kept=True)}"
                )
        except StoreError:
            store.close()
            raise
        return store

    def _prepare(self, timeout: float) -> None:
        db = self._db
        self._busy_timeout = timeout
        db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        db.execute("PRAGMA foreign_keys = ON")
        # Reading the schema surfaces a file that is not a database, or is damaged.
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        version = db.execute("PRAGMA user_version").fetchone()[0]
        self._refuse_newer(version)
        if self.path != MEMORY:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError("database is locked (cannot switch to WAL)")
        # FULL makes a commit survive power loss too, not only a killed process.
        db.execute("PRAGMA synchronous = FULL")
        if version < SCHEMA_VERSION:
            self._migrate()

    def _refuse_newer(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: this history was written by a newer interviewer (schema "
                f"{version}; this program knows up to {SCHEMA_VERSION}); upgrade interviewer, "
                f"or {way_out(self.path, kept=True)}"
            )

    def _migrate(self) -> None:
        with self._write():
            # Read again inside the write lock: another process may have migrated meanwhile.
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            self._refuse_newer(version)
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step]:
                    self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @property
    def schema_version(self) -> int:
        """The schema version recorded in the file."""
        with self._read("read the schema version"):
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Close the database; further use raises StoreError."""
        with self._lock:
            self._db.close()
            discard(self._snapshot)  # no damage was found: the copy is not needed
            self._snapshot = None
            if self._whole and self.path != MEMORY:
                self.left = digest(Path(self.path))

    def __enter__(self: S) -> S:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def patience(self, seconds: float) -> Iterator[None]:
        """Wait at most `seconds` for a lock (another program's, or a worker thread's use of
        this store) in the calls made inside, instead of the opening timeout: a screen saves
        this way so as not to freeze while another program holds the file (play24 D3).

        Raises:
            StoreBusy: the lock was not had in time (from the calls inside, or at once when
                another thread of this program keeps the store).
        """
        if not self._lock.acquire(timeout=seconds):
            raise StoreBusy(f"{self.path}: cannot save now: the history database is busy")
        try:
            self._set_busy_timeout(seconds)
            try:
                yield
            finally:
                self._set_busy_timeout(self._busy_timeout)
        finally:
            self._lock.release()

    def _set_busy_timeout(self, seconds: float) -> None:
        with suppress(sqlite3.Error):  # a closed store says so in the calls that use it
            self._db.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    # -- transactions -------------------------------------------------------------------------

    @contextmanager
    def _write(self, doing: str = "save to the history database") -> Iterator[sqlite3.Connection]:
        """One write transaction, committed on leaving, rolled back on any error."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.ProgrammingError as err:
                raise StoreError(f"{self.path}: the history database is closed") from err
            except sqlite3.Error as err:
                raise self._failure(err, doing) from None
            try:
                yield self._db
                self._db.execute("COMMIT")
                self._saved = True
            except BaseException as err:
                with suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                if isinstance(err, sqlite3.Error):
                    raise self._failure(err, doing) from None
                raise

    @contextmanager
    def _read(self, doing: str = "read the history database") -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._db
            except sqlite3.ProgrammingError as err:
                raise StoreError(f"{self.path}: the history database is closed") from err
            except sqlite3.Error as err:
                raise self._failure(err, doing) from None

    def _failure(self, err: sqlite3.Error, doing: str) -> StoreError:
        """`explain_failure` (failures.py); a damaged file found in use is first kept aside with
        its -wal and -shm (once per connection), before closing folds the -wal into it: the copy
        taken before opening when there is one, else a copy of the files as they are now."""
        error = explain_failure(self.path, err, doing)
        if not isinstance(error, StoreDamaged) or self.path == MEMORY or self.read_only:
            return error  # a read-only connection changes nothing: the file is kept as it is
        if self._snapshot is None and not needs_snapshot(Path(self.path)):
            return error  # no -wal to fold in: closing leaves the file as it is
        if self._kept is None:
            try:
                if self._snapshot is not None:  # as it was before this program opened it
                    copy = keep_snapshot(self._snapshot, Path(self.path), self.clock.now())
                    self._snapshot = None
                    self._whole = not self._saved
                else:  # as it is now: only this connection's writes are in its -wal
                    copy = copy_aside(Path(self.path), self.clock.now())
                    self._whole = True
                self._kept = (copy, "")
            except OSError as failed:
                self._kept = (None, os_reason(failed))
        kept, unkept = self._kept
        return explain_failure(self.path, err, doing, kept=kept, unkept=unkept)

    def _now(self, clock: Clock | None) -> str:
        return (clock or self.clock).now().isoformat()
