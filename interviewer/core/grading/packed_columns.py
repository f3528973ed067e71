"""A mostly-zero matrix kept by its non-zero entries, column by column, whose columns are taken
out as the dense matrix's would be: the same floats, for a fraction of the memory.

The references of the other questions of a topic (other_questions.py) are a matrix over every
feature any of them uses: a reference holds few of them, and kept dense those matrices were
most of the grader's memory (256 MB for the 76 questions of 600 answers). They are read only
by taking the columns of an answer's features (meaning.blended_sums), which a packed matrix gives as
the same dense block: every stored value copied as it is, zeros elsewhere, so that the sums
over it are the same floats to the last bit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PackedColumns:
    """The non-zero entries of a float64 matrix of `shape`, column by column: those of column
    c are `rows[starts[c]:starts[c + 1]]` (ascending) with `values[...]`."""

    shape: tuple[int, int]
    starts: Any
    rows: Any
    values: Any

    @classmethod
    def of(cls, dense: Any) -> PackedColumns:
        """The packed form of a dense two-dimensional array."""
        import numpy as np

        by_column = np.ascontiguousarray(np.asarray(dense, dtype=np.float64).T)
        columns, rows = by_column.nonzero()  # by column, each column's rows ascending
        starts = np.zeros(by_column.shape[0] + 1, dtype=np.int64)
        np.cumsum(np.bincount(columns, minlength=by_column.shape[0]), out=starts[1:])
        shape = (int(by_column.shape[1]), int(by_column.shape[0]))
        # a row number fits in 32 bits (a few hundred rows): half the memory of 64
        return cls(shape, starts, rows.astype(np.int32), by_column[columns, rows])

    @classmethod
    def of_entries(
        cls, shape: tuple[int, int], rows: Any, columns: Any, values: Any
    ) -> PackedColumns:
        """The packed form of the matrix of `shape` whose entries at (`rows`, `columns`), each
        pair once, are `values` (zeros elsewhere): what `of` gives for that matrix, without
        making it dense (the same stored values, in the same order)."""
        import numpy as np

        kept = values != 0  # `of` keeps the non-zero entries only
        rows, columns, values = rows[kept], columns[kept], values[kept]
        order = np.lexsort((rows, columns))  # by column, each column's rows ascending
        starts = np.zeros(shape[1] + 1, dtype=np.int64)
        np.cumsum(np.bincount(columns, minlength=shape[1]), out=starts[1:])
        return cls(shape, starts, rows[order].astype(np.int32), values[order])

    @property
    def nbytes(self) -> int:
        return int(self.starts.nbytes + self.rows.nbytes + self.values.nbytes)

    def take(self, columns: Any) -> Any:
        """`dense.take(columns, axis=1)`: the given columns (in range; repeats allowed) as a
        new dense C-ordered array, each stored value copied, zeros elsewhere."""
        import numpy as np

        columns = np.asarray(columns, dtype=np.int64)
        result = np.zeros((self.shape[0], columns.size))
        begins = self.starts[columns]
        sizes = self.starts[columns + 1] - begins
        total = int(sizes.sum())
        if total:
            # the entry of each (taken column, stored value): its column's first entry plus
            # its place among that column's entries
            before = np.cumsum(sizes) - sizes
            entries = np.arange(total) - np.repeat(before - begins, sizes)
            result[self.rows[entries], np.repeat(np.arange(columns.size), sizes)] = self.values[
                entries
            ]
        return result
