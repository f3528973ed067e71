"""The banks of the home screens (tui/home_banks.py): the cache first, else parsed on a worker;
each bank error and each question left out reported once, however often the banks reload."""

from __future__ import annotations

from dataclasses import dataclass, field

from pilot_helpers import wait_for
from textual.app import App

from interviewer.core.bank import SKIPPED_NOTE
from interviewer.core.errors import BankError, Problem
from interviewer.tui.home_banks import HomeBanks


@dataclass
class FakeBank:
    warnings: list[Problem] = field(default_factory=list)

    @property
    def skipped(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.warnings if SKIPPED_NOTE in p.message)


@dataclass
class FakeCatalog:
    cached: list | None = None
    banks: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    loads: int = 0

    def load_all_cached(self) -> list | None:
        return self.cached

    def load_all(self) -> tuple[list, list]:
        self.loads += 1
        return list(self.banks), list(self.errors)

    def changed(self) -> bool:
        return True


class CatalogApp(App[None]):
    def __init__(self, catalog: FakeCatalog) -> None:
        super().__init__()
        self.catalog = catalog


def test_banks_in_the_cache_are_used_at_once() -> None:
    cached = [FakeBank()]
    home_banks = HomeBanks(CatalogApp(FakeCatalog(cached=cached)))  # type: ignore[arg-type]
    assert home_banks.cached() is cached
    assert not home_banks.loading


async def test_a_problem_is_reported_once_however_often_the_banks_reload() -> None:
    skipped = Problem("banks/x.yaml", 7, "question 'x-1' skipped: no prompt", warning=True)
    catalog = FakeCatalog(
        banks=[FakeBank([skipped])], errors=[BankError(Problem("banks/y.yaml", 3, "bad level"))]
    )
    app = CatalogApp(catalog)
    async with app.run_test() as pilot:
        home_banks = HomeBanks(app)  # type: ignore[arg-type]
        assert home_banks.cached() is None
        home_banks.load_after_paint()
        assert home_banks.loading
        await wait_for(pilot, lambda: home_banks.banks is not None)
        assert not home_banks.loading
        # a toast is kept once its message is handled, after the banks are
        await wait_for(pilot, lambda: len(app._notifications) == 2)
        titles = sorted(str(n.title) for n in app._notifications)
        assert titles == ["A bank could not be loaded", "Questions left out"]
        home_banks.refresh()
        await wait_for(pilot, lambda: catalog.loads == 2 and not home_banks.loading)
        await pilot.pause(0.2)
        assert len(app._notifications) == 2
