"""PackedColumns: a mostly-zero matrix kept by its non-zero entries gives its columns back as
the dense matrix does, to the last bit."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading.packed_columns import PackedColumns


@st.composite
def _matrices_and_columns(draw):
    rows = draw(st.integers(0, 6))
    columns = draw(st.integers(1, 9))
    cells = st.one_of(
        st.just(0.0), st.floats(min_value=1e-300, max_value=1e3), st.floats(-1e3, 1e3)
    )
    dense = np.array(
        draw(
            st.lists(
                st.lists(cells, min_size=columns, max_size=columns), min_size=rows, max_size=rows
            )
        ),
        dtype=np.float64,
    ).reshape(rows, columns)
    taken = draw(st.lists(st.integers(0, columns - 1), max_size=12))
    return dense, np.array(taken, dtype=np.int64)


@given(_matrices_and_columns())
def test_taking_columns_of_the_packed_matrix_gives_the_dense_matrix_columns(case):
    dense, taken = case
    packed = PackedColumns.of(dense)
    expected = dense.take(taken, axis=1)
    found = packed.take(taken)
    assert packed.shape == dense.shape
    assert found.shape == expected.shape and found.flags.c_contiguous
    assert found.tobytes() == (expected + 0.0).tobytes()  # -0.0 is kept as 0.0


def test_a_matrix_of_my_own_keeps_only_its_non_zero_entries():
    dense = np.array([[0.0, 0.5, 0.0, 0.0], [0.25, 0.0, 0.0, 3.0], [0.0, 0.75, 0.0, 0.0]])
    packed = PackedColumns.of(dense)
    assert packed.values.tolist() == [0.25, 0.5, 0.75, 3.0]  # column by column
    assert packed.rows.tolist() == [1, 0, 2, 1]
    assert packed.starts.tolist() == [0, 1, 3, 3, 4]
    assert packed.take(np.array([3, 1, 1, 2])).tolist() == [
        [0.0, 0.5, 0.5, 0.0],
        [3.0, 0.0, 0.0, 0.0],
        [0.0, 0.75, 0.75, 0.0],
    ]
    assert packed.take(np.array([], dtype=np.int64)).shape == (3, 0)
