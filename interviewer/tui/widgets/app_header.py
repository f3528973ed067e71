"""The header of every screen: Textual's `Header`, made safe against a title change that
arrives while the header is being built or torn down.

Textual's header watches the app's and the screen's title and, on a change, looks up its
`HeaderTitle` child. It only tolerates a missing screen: a title change that reaches a header
whose children are not mounted yet, or already removed (a screen switched while another terminal
takes the session over, stop 34's CI), raised `NoMatches` and ended the app with a traceback.
This header skips that update; the next compose shows the title anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.widget import Widget
from textual.widgets import Header
from textual.widgets._header import HeaderTitle

if TYPE_CHECKING:
    from textual.events import Mount


class AppHeader(Header):
    """A `Header` whose title update never raises when its title child is missing."""

    def _on_mount(self, event: Mount) -> None:
        # Textual calls `_on_mount` of every class up the MRO; Header's would add its own,
        # unguarded, watchers. Do what Widget's does, add guarded watchers, and stop there.
        Widget._on_mount(self, event)
        event.prevent_default()

        async def set_title() -> None:
            self.refresh_title()

        self.watch(self.app, "title", set_title)
        self.watch(self.app, "sub_title", set_title)
        self.watch(self.screen, "title", set_title)
        self.watch(self.screen, "sub_title", set_title)

    def refresh_title(self) -> bool:
        """Show the current title; False when the header has no title child to show it in
        (not composed yet, or being removed)."""
        try:
            title = self.query_one(HeaderTitle)
        except NoMatches:
            return False
        try:
            title.update(self.format_title())
        except NoScreen:  # the header is no longer on a screen
            return False
        return True
