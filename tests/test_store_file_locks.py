"""Operating-system locks on files (store/file_locks.py), moved out of lease.py at stop 50
(code61): a lease and a damaged history's snapshot each hold one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from interviewer.core.store import file_locks, keep, lease
from interviewer.core.store.file_locks import delete_locked, lock_file, same_file, try_lock

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="flock: one lock per open file")


@posix_only
def test_a_locked_file_cannot_be_locked_again_until_its_handle_closes(tmp_path: Path):
    path = tmp_path / "s1.lock"
    first = lock_file(path)
    assert first is not None and path.exists()
    assert lock_file(path) is None  # another open file: the lock is held
    with open(path, "r+b") as other:
        assert not try_lock(other)
    first.close()  # closing the file drops the lock
    again = lock_file(path, create=False)
    assert again is not None
    again.close()


def test_a_missing_file_is_not_created_unless_asked(tmp_path: Path):
    assert lock_file(tmp_path / "none.lock", create=False) is None
    assert not (tmp_path / "none.lock").exists()
    with pytest.raises(OSError):
        lock_file(tmp_path / "no-folder" / "s1.lock")


@posix_only
def test_only_the_file_a_handle_holds_is_deleted(tmp_path: Path):
    path = tmp_path / "s1.lock"
    handle = lock_file(path)
    assert handle is not None and same_file(handle, path)
    path.unlink()
    path.write_bytes(b"")  # a new file of the same name: not the one this handle holds
    assert not same_file(handle, path)
    delete_locked(handle, path)
    assert path.exists()
    handle.close()
    handle = lock_file(path)
    assert handle is not None
    delete_locked(handle, path)
    assert not path.exists()
    handle.close()


def test_the_lease_and_the_snapshot_use_the_one_definition():
    assert lease.lock_file is file_locks.lock_file
    assert lease.delete_locked is file_locks.delete_locked
    assert keep.try_lock is file_locks.try_lock
