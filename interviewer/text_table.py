"""Columns of text for the terminal commands (`history`, `appeals`, `bank list`, `resume
--list`): each column as wide as its widest cell, so long counts and titles stay aligned."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rich.cells import cell_len


def table(
    headers: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    right: Collection[int] = frozenset(),
) -> list[str]:
    """The lines of a table (its header line first, when `headers` is given); the columns in
    `right` are aligned to the right, trailing spaces are dropped."""
    lines = [headers, *rows] if headers is not None else list(rows)
    if not lines:
        return []
    widths = [max(cell_len(str(cell)) for cell in column) for column in zip(*lines, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = []
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            gap = " " * (width - cell_len(str(cell)))
            padded.append(gap + str(cell) if i in right else str(cell) + gap)
        return "  ".join(padded).rstrip()

    return [line(cells) for cells in lines]
