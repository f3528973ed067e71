"""`keys_line` measures terminal cells, not characters (play55): a key with wide characters
(CJK, an emoji) takes two cells each, so a line it fills must break before the width."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from interviewer.tui.screens.dialogs import keys_line


def test_wide_keys_break_at_the_width_in_cells() -> None:
    keys = ("y 確認する", "n/Esc 取消", "✅ done")
    # "y 確認する" is 6 characters but 10 cells, "n/Esc 取消" 8 but 10: counted as characters
    # the two (with " · " and the " ·" ending) fit 20 (19), but they take 25 cells
    assert keys_line(keys, 20) == "y 確認する ·\nn/Esc 取消 · ✅ done"
    assert keys_line(keys, 80) == "y 確認する · n/Esc 取消 · ✅ done"


KEY = (
    st.text(
        alphabet=st.sampled_from(list("abcyn/ ←→") + ["日", "本", "✅", "é", "ｗ"]),
        min_size=1,
        max_size=12,
    )
    .map(str.strip)
    .filter(bool)
)


@given(keys=st.lists(KEY, min_size=1, max_size=6), width=st.integers(min_value=12, max_value=60))
def test_no_line_is_wider_than_the_width_unless_one_key_is(keys: list[str], width: int) -> None:
    lines = keys_line(tuple(keys), width).split("\n")
    for line in lines:
        alone = line.removesuffix(" ·")
        assert cell_len(line) <= width or alone in keys, (line, width)
    # every key is kept, in order, broken only between keys
    assert [part for line in lines for part in line.removesuffix(" ·").split(" · ")] == keys
