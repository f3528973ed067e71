"""The screens' header survives a title change that reaches it without its title child (a
screen torn down while another terminal takes the session over: stop 34's CI saw Textual's
`Header` end the app with `NoMatches`)."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Header
from textual.widgets._header import HeaderTitle

from interviewer.tui.widgets.app_header import AppHeader


class _OneHeader(App[None]):
    def __init__(self, header: Header) -> None:
        super().__init__()
        self.header = header

    def compose(self) -> ComposeResult:
        yield self.header


async def _title_change_without_title_child(header: Header) -> App[None]:
    app = _OneHeader(header)
    async with app.run_test(size=(60, 5)) as pilot:
        await header.query_one(HeaderTitle).remove()
        app.title = "Changed while the title is gone"
        await pilot.pause()
        await pilot.pause()
    return app


async def test_the_app_header_skips_a_title_change_it_has_nowhere_to_show() -> None:
    header = AppHeader(show_clock=False)
    await _title_change_without_title_child(header)
    assert header.refresh_title() is False


async def test_textuals_header_is_what_failed() -> None:
    """The same steps with Textual's own header raise, so the test above can fail."""
    with pytest.raises(Exception, match="No nodes match"):
        await _title_change_without_title_child(Header(show_clock=False))


async def test_the_app_header_shows_a_new_title() -> None:
    header = AppHeader(show_clock=False)
    app = _OneHeader(header)
    async with app.run_test(size=(60, 5)) as pilot:
        app.title = "Mock interview"
        await pilot.pause()
        await pilot.pause()
        assert "Mock interview" in str(header.query_one(HeaderTitle).render())
        assert header.refresh_title() is True
