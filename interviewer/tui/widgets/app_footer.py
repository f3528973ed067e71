"""The footer of every screen: the keys, and in a terminal smaller than the app is made for, a
line saying so above keys that put the ones that always work (Quit) first (play25 D3)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.widgets import Footer, Label
from textual.widgets._footer import FooterKey

if TYPE_CHECKING:
    from collections.abc import Mapping

    from textual.app import ComposeResult
    from textual.geometry import Size
    from textual.widget import Widget

MIN_COLUMNS = 80
MIN_ROWS = 24
"""The smallest terminal the screens are laid out for (the README says "from 80x24")."""


def too_small(size: Size) -> bool:
    """Whether a terminal of `size` is smaller than the screens are laid out for."""
    return size.width < MIN_COLUMNS or size.height < MIN_ROWS


def size_notice(size: Size) -> str:
    """The one line shown in a terminal smaller than 80x24: the longest wording that fits its
    width inside the notice's padding (at 40 columns the long one was cut to "made for
    80x24 …", ux35), else the shortest."""
    needed = f"{MIN_COLUMNS}x{MIN_ROWS}"
    wordings = (
        f"Small window ({size.width}x{size.height}): made for {needed} or larger",
        f"Small window ({size.width}x{size.height}): needs {needed}",
        f"Too small: needs {needed}",
    )
    room = size.width - 2
    return next((text for text in wordings if len(text) <= room), wordings[-1])


class AppFooter(Footer):
    """Textual's footer, which at 50 columns cut off `^q Quit` (the last key): in a narrow
    terminal it is compact, priority keys come first and the palette key (still ctrl+p) goes;
    in a small one a notice line sits above the keys."""

    DEFAULT_CSS = """
    AppFooter.-too-small {
        height: 2;
    }
    AppFooter .size-notice {
        dock: top;
        width: 100%;
        height: 1;
        padding: 0 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        display: none;
    }
    AppFooter.-too-small .size-notice {
        display: block;
    }
    """

    def compose(self) -> ComposeResult:
        size = self.app.size
        small = too_small(size)
        narrow = size.width < MIN_COLUMNS
        self.set_class(small, "-too-small")
        self.compact = narrow
        # a class, not an id: Textual's footer recomposes itself when the bindings change, and
        # two recomposes in one refresh would mount a second notice beside the first
        yield Label(size_notice(size) if small else "", classes="size-notice")
        keys: list[Widget] = list(super().compose())
        if narrow:
            active = self.screen.active_bindings
            keys = [key for key in keys if not key.has_class("-command-palette")]
            keys.sort(key=lambda key: not _is_priority(key, active))
            keys = whole_keys(keys, size.width)
        yield from keys

    def fit_to(self, size: Size) -> None:
        """The terminal is now `size`: lay the footer out again if that changes it."""
        if self.has_class("-too-small") != too_small(size) or self.compact != (
            size.width < MIN_COLUMNS
        ):
            self.call_later(self.recompose)  # in this widget, where data_bind looks
        elif too_small(size):
            for notice in self.query(".size-notice").results(Label):
                notice.update(size_notice(size))


def _is_priority(key: Widget, active: Mapping[str, object]) -> bool:
    bound = active.get(getattr(key, "key", ""))
    return bool(getattr(getattr(bound, "binding", None), "priority", False))


QUIT_ACTIONS = ("app.leave", "app.quit", "leave", "quit")
"""A key with one of these actions (ctrl+q) is the last a narrow footer leaves out."""


SHORTER = {"Markdown": "MD", "Mark to compare": "Mark", "Next question": "Next"}
"""A key's shorter word in a footer too narrow for every key: at 60 columns the report's
footer left out `esc Back` (play50); `m MD` beside `w HTML` and `j JSON` still says which."""


def whole_keys(keys: list[Widget], width: int) -> list[Widget]:
    """The keys of a compact footer that fit in `width` columns whole: words of `SHORTER` are
    used first where they make room; the last keys that still do not fit are left out rather
    than cut (at 40 columns the footer ended "^q Qu", ux35),
    quit only when nothing else is left to leave out; every action is still in the palette
    (ctrl+p). Keys it cannot measure (groups) are all kept."""
    kept = [key for key in keys if isinstance(key, FooterKey)]
    if len(kept) != len(keys):
        return keys
    for key in kept:  # shorter words first, one key at a time, before any key is left out
        if sum(_key_width(k) for k in kept) <= width:
            break
        key.description = SHORTER.get(key.description, key.description)
    while kept and sum(_key_width(key) for key in kept) > width:
        others = [key for key in kept if key.action not in QUIT_ACTIONS]
        kept.remove((others or kept)[-1])
    return list(kept)


def _key_width(key: FooterKey) -> int:
    """A compact key's columns: its key, a space and its description, then a margin."""
    shown = cell_len(key.key_display)
    if key.description:
        shown += 1 + cell_len(key.description)
    return shown + 1
