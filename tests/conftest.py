"""Shared fixtures: every test gets its own data dir, never the user's real one."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Speed is measured in benchmarks/, never asserted in a test: Hypothesis' 200 ms per-example
# deadline is a timed test that fails on a loaded machine (a CI box, two cores shared), so the
# whole suite runs without it.
settings.register_profile("interviewer", deadline=None)
settings.load_profile("interviewer")

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point INTERVIEWER_DATA_DIR at a fresh folder for every test (the cache then lives in it:
    an INTERVIEWER_CACHE_DIR from the user's environment is dropped), and hold no key typed
    ahead (INTERVIEWER_KEY_SETTLE=0)."""
    folder = tmp_path / "interviewer-data"
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(folder))
    monkeypatch.delenv("INTERVIEWER_CACHE_DIR", raising=False)
    # Keys typed onto a screen that appears unasked are held for a moment (tui/type_ahead.py):
    # not in tests, which press keys the moment a screen shows; tests of it set `key_settle`.
    monkeypatch.setenv("INTERVIEWER_KEY_SETTLE", "0")
    return folder


@pytest.fixture
def mini_bank_path() -> Path:
    return DATA / "banks" / "mini.yaml"


@pytest.fixture
def bank():
    """The mini bank (a test module may define its own)."""
    from interviewer.core.bank import load_bank

    return load_bank(DATA / "banks" / "mini.yaml")


@pytest.fixture
def clock():
    """A fake clock: time moves only when the test advances it."""
    from interviewer.core.clock import FakeClock

    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock):
    """A real SQLite history file under `tmp_path`, on `clock` (a test module may define
    its own, in memory)."""
    from interviewer.core.store import Store

    with Store.open(tmp_path / "history.sqlite3", clock=clock) as opened:
        yield opened


@pytest.fixture(scope="module")
def genai():
    """The bundled genai bank, read from this checkout (a test module may define its own).
    Imported here, not at the top: this file is read before any test, and the import tests
    check what importing the package loads."""
    from interviewer.core.bank import load_bank

    return load_bank(REPO / "banks" / "genai.yaml")


@pytest.fixture(scope="module")
def genai_grader(genai):
    """The genai bank's grader."""
    from interviewer.core.grading import Grader

    return Grader(genai)


@pytest.fixture
def notes(tmp_path: Path):
    """A bank imported from a real notes file (data/import/bullet_sections.md) whose questions
    have no reference answer: each answer waits for the candidate's self-rating."""
    from interviewer.core.bank import load_bank
    from interviewer.core.importers import import_list, to_bank_yaml

    path = tmp_path / "notes.yaml"
    source = DATA / "import" / "bullet_sections.md"
    path.write_text(to_bank_yaml(import_list(source), "notes"), "utf-8")
    return load_bank(path)
