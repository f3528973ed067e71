"""A non-colour focus cue for option lists: `▸` before the highlighted row of the list that has
focus, so that where the keys act shows in a plain capture and to colour-blind users, not
only as a background colour (play28 minor 7; posting and harlequin mark focus likewise)."""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import OptionList

FOCUS_MARKER = "▸"


def with_marker(option_list: OptionList, strip: Strip, y: int, column: int = 0) -> Strip:
    """`strip` (screen line `y` of `option_list`) with its cell at `column` made the focus
    marker, when the list has focus and the line is its highlighted option's first line;
    else `strip` as it is. The cell replaced must be a blank one (the rows' gutter)."""
    if not option_list.has_focus or option_list.highlighted is None:
        return strip
    lines = option_list._lines
    number = option_list.scroll_offset.y + y
    if not 0 <= number < len(lines):
        return strip
    index, offset = lines[number]
    if index != option_list.highlighted or offset != 0 or strip.cell_length <= column:
        return strip
    before, cell, after = strip.divide([column, column + 1, strip.cell_length])
    style = next((segment.style for segment in cell), None)
    return Strip.join([before, Strip([Segment(FOCUS_MARKER, style)], 1), after])


class MarkedOptionList(OptionList):
    """An OptionList whose highlighted row, while it has focus, starts with `▸`; its rows need
    a blank first cell (a leading space, or a left padding of the options)."""

    def render_line(self, y: int) -> Strip:
        return with_marker(self, super().render_line(y), y)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
