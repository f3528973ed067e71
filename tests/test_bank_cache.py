"""Parsed banks cached on disk: used while the files and the program are unchanged, never stale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from interviewer.core import bank_cache
from interviewer.core.bank_cache import BankCache
from interviewer.core.catalog import Catalog
from interviewer.core.errors import BankError, PathError
from interviewer.paths import cache_dir

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """A data dir holding the mini bank in banks/ and its rubric in rubrics/."""
    for kind in ("banks", "rubrics"):
        (tmp_path / kind).mkdir()
        shutil.copy(DATA / kind / "mini.yaml", tmp_path / kind / "mini.yaml")
    return tmp_path


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every bank file actually parsed from YAML, in order."""
    seen: list[Path] = []
    real = bank_cache._parse

    def counting(path, extra, looked_at):  # noqa: ANN001
        seen.append(path)
        return real(path, extra, looked_at)

    monkeypatch.setattr(bank_cache, "_parse", counting)
    return seen


def test_second_load_comes_from_the_cache(files: Path, tmp_path: Path, parses) -> None:
    cache = BankCache(tmp_path / "cache")
    first = cache.load(files / "banks" / "mini.yaml")
    second = BankCache(tmp_path / "cache").load(files / "banks" / "mini.yaml")
    assert len(parses) == 1
    assert second == first and second.get("mini-001").concepts == first.get("mini-001").concepts
    assert second.rubric_source == files / "rubrics" / "mini.yaml"


def test_a_changed_bank_or_rubric_is_parsed_again(files: Path, tmp_path: Path, parses) -> None:
    cache = BankCache(tmp_path / "cache")
    bank_path, rubric_path = files / "banks" / "mini.yaml", files / "rubrics" / "mini.yaml"
    cache.load(bank_path)
    bank_path.write_text(bank_path.read_text().replace("Mini test bank", "Renamed bank"))
    assert cache.load(bank_path).title == "Renamed bank"
    rubric_path.write_text(rubric_path.read_text().replace("deep network", "deep net"))
    concepts = cache.load(bank_path).get("mini-001").concepts
    assert "deep net" in concepts[0].aliases
    assert len(parses) == 3


def test_a_rubric_appearing_earlier_in_the_search_voids_the_entry(
    files: Path, tmp_path: Path, parses
) -> None:
    cache = BankCache(tmp_path / "cache")
    bank_path = files / "banks" / "mini.yaml"
    assert cache.load(bank_path).rubric_source == files / "rubrics" / "mini.yaml"
    beside = files / "banks" / "mini.rubric.yaml"
    shutil.copy(files / "rubrics" / "mini.yaml", beside)
    assert cache.load(bank_path).rubric_source == beside
    assert len(parses) == 2


def test_a_damaged_entry_is_ignored_and_rebuilt(files: Path, tmp_path: Path, parses) -> None:
    folder = tmp_path / "cache"
    BankCache(folder).load(files / "banks" / "mini.yaml")
    [entry] = folder.glob("*.json")
    entry.write_bytes(b'{"kind": "interviewer bank cache", "format"')
    assert BankCache(folder).load(files / "banks" / "mini.yaml").id == "mini"
    assert BankCache(folder).load(files / "banks" / "mini.yaml").id == "mini"
    assert len(parses) == 2


def test_a_new_program_version_parses_again(
    files: Path, tmp_path: Path, parses, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    BankCache(folder).load(files / "banks" / "mini.yaml")
    monkeypatch.setattr(bank_cache, "__version__", "99.0")
    BankCache(folder).load(files / "banks" / "mini.yaml")
    assert len(parses) == 2


def test_problems_are_never_cached(files: Path, tmp_path: Path) -> None:
    bank_path = files / "banks" / "mini.yaml"
    # a bad question is skipped with a warning (issue 9); a bank-level problem still fails
    bank_path.write_text(bank_path.read_text().replace("title:", "titel:", 1))
    for _ in range(2):
        with pytest.raises(BankError, match="titel"):
            BankCache(tmp_path / "cache").load(bank_path)
    assert not list((tmp_path / "cache").glob("*.json"))


def test_an_unwritable_cache_still_loads(files: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert BankCache(blocker / "cache").load(files / "banks" / "mini.yaml").id == "mini"


def test_cache_dir_follows_the_data_dir_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cache_dir(tmp_path / "d") == tmp_path / "d" / "cache"
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(tmp_path / "env"))
    assert cache_dir() == tmp_path / "env" / "cache"
    monkeypatch.delenv("INTERVIEWER_DATA_DIR")
    import platformdirs

    assert cache_dir() == Path(platformdirs.user_cache_dir("interviewer", appauthor=False))


def test_cache_dir_env_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEWER_CACHE_DIR", str(tmp_path / "chosen"))
    assert cache_dir(tmp_path / "d") == tmp_path / "chosen"
    assert cache_dir() == tmp_path / "chosen"
    (tmp_path / "a-file").write_text("x")
    monkeypatch.setenv("INTERVIEWER_CACHE_DIR", str(tmp_path / "a-file"))
    with pytest.raises(PathError, match="INTERVIEWER_CACHE_DIR"):
        cache_dir()


def test_catalog_uses_the_cache_for_bundled_banks(tmp_path: Path, parses) -> None:
    folder = tmp_path / "cache"
    first = Catalog(None, folder).find("genai")
    again = Catalog(None, folder).find("genai")
    assert again == first and len(again) >= 200
    assert len(parses) == 1 and len(list(folder.glob("*.json"))) == 1


async def test_home_is_ready_with_its_first_paint_when_the_cache_is_warm(tmp_path: Path) -> None:
    from interviewer.core.clock import FakeClock
    from interviewer.core.store import Store
    from interviewer.tui.app import InterviewApp
    from interviewer.tui.screens.home import HomeScreen

    Catalog(None, tmp_path / "cache").load_all()
    catalog = Catalog(None, tmp_path / "cache")

    def no_parsing() -> None:
        raise AssertionError("the banks were loaded again instead of from the cache")

    catalog.load_all = no_parsing  # type: ignore[method-assign]
    app = InterviewApp(catalog=catalog, store=Store.open(":memory:"), clock=FakeClock())
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert [b.id for b in home.banks] == ["behavioural", "genai"]
        assert " questions" in str(home.query_one("#bank-title").render())
        await pilot.pause(0.2)


_FORMAT = f'"format":{bank_cache.FORMAT}'
"""How an entry writes its format (the damages below change it)."""


def _first_concept(text: str, field: int, value: object) -> str:
    """The entry with one field of its first question's first concept set to `value`."""
    import json

    data = json.loads(text)
    data["bank"]["questions"][0]["concepts"][0][field] = value
    return json.dumps(data)


def _entry(folder: Path) -> Path:
    [entry] = folder.glob("*.json")
    return entry


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda text: text[: len(text) // 2], id="truncated"),
        pytest.param(lambda text: "", id="empty"),
        pytest.param(lambda text: "\udcff" + text, id="not-utf8"),
        pytest.param(lambda text: "[1, 2, 3]", id="foreign-json"),
        pytest.param(
            lambda text: text.replace(_FORMAT, f'"format":{bank_cache.FORMAT - 1}'),
            id="old-format",
        ),
        pytest.param(
            lambda text: text.replace(_FORMAT, f'"format":"{bank_cache.FORMAT}"'),
            id="format-type",
        ),
        pytest.param(lambda text: text.replace('"prompt":', '"prompts":', 1), id="renamed-field"),
        pytest.param(lambda text: _first_concept(text, 1, True), id="bool-weight"),
        pytest.param(lambda text: _first_concept(text, 2, "alias"), id="aliases-not-a-list"),
        pytest.param(lambda text: text.replace('"title":"', '"title":7,"t":"', 1), id="type"),
        pytest.param(lambda text: "[" * 100_000 + "]" * 100_000, id="deeply-nested"),
    ],
)
def test_a_corrupt_or_foreign_entry_is_ignored_and_rebuilt(
    files: Path, tmp_path: Path, parses, damage
) -> None:
    folder, bank_path = tmp_path / "cache", files / "banks" / "mini.yaml"
    first = BankCache(folder).load(bank_path)
    entry = _entry(folder)
    damaged = damage(entry.read_text(encoding="utf-8"))
    entry.write_bytes(damaged.encode("utf-8", errors="surrogateescape"))
    assert BankCache(folder).cached(bank_path) is None
    assert BankCache(folder).load(bank_path) == first
    assert BankCache(folder).cached(bank_path) == first  # written again, whole
    assert len(parses) == 2


def test_an_entry_filed_under_another_key_is_not_used(files: Path, tmp_path: Path) -> None:
    """A valid entry of one bank copied over the name of another's is not read as it."""
    folder = tmp_path / "cache"
    bank_path = files / "banks" / "mini.yaml"
    BankCache(folder).load(bank_path)
    entry = _entry(folder)
    other = files / "banks" / "other.yaml"
    other.write_text(bank_path.read_text().replace("Mini test bank", "Other bank"))
    other_name = BankCache(folder)._key(other, other.read_bytes(), ()) + ".json"
    shutil.copy(entry, folder / other_name)
    assert BankCache(folder).cached(other) is None
    assert BankCache(folder).load(other).title == "Other bank"


class _RunsCode:
    """Unpickling this creates a file: the proof that an old entry was (wrongly) loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # noqa: ANN204
        return (Path.touch, (self.marker,))


def test_a_pickle_left_from_the_old_format_is_never_loaded(
    files: Path, tmp_path: Path, parses
) -> None:
    import pickle

    folder, bank_path, marker = tmp_path / "cache", files / "banks" / "mini.yaml", tmp_path / "ran"
    folder.mkdir()
    key = BankCache(folder)._key(bank_path, bank_path.read_bytes(), ())
    old = folder / f"{key}.pickle"
    old.write_bytes(pickle.dumps(_RunsCode(marker)))
    (folder / f"{key}.json").write_bytes(pickle.dumps(_RunsCode(marker)))
    assert BankCache(folder).load(bank_path).id == "mini"
    assert BankCache(folder).load(bank_path).id == "mini"
    assert not marker.exists()
    assert not old.exists()  # tidied away when the new entry was written
    assert len(parses) == 1


def test_entries_are_plain_json_naming_their_layout(files: Path, tmp_path: Path) -> None:
    import json

    folder = tmp_path / "cache"
    BankCache(folder).load(files / "banks" / "mini.yaml")
    data = json.loads(_entry(folder).read_text(encoding="utf-8"))
    assert data["kind"] == bank_cache.KIND and data["format"] == bank_cache.FORMAT
    assert data["key"] == _entry(folder).stem
    assert data["bank"]["id"] == "mini"
