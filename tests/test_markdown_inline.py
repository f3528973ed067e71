"""core/markdown_inline.py (code65): the one escaping of text made inline Markdown, which the
report and `grade --summary` both use (the summary escaped `|` alone)."""

from __future__ import annotations

from interviewer.core import markdown_inline
from interviewer.core.batch import class_summary
from interviewer.core.markdown_inline import md_escaped, md_inline
from interviewer.core.report import markdown, side_by_side_text


def test_every_markdown_special_is_escaped() -> None:
    assert md_inline("[ann](x) *bob* `c` <b> #1 a|b \\") == (
        "\\[ann\\](x) \\*bob\\* \\`c\\` \\<b\\> \\#1 a\\|b \\\\"
    )
    # an underscore at a word's edge is emphasis; inside a word it is not
    assert md_inline("_x_ snake_case") == "\\_x\\_ snake_case"


def test_inline_joins_lines_and_escaped_keeps_them() -> None:
    assert md_inline("one\n  two\tthree") == "one two three"
    assert md_escaped("a *b*\n  c") == "a \\*b\\*\n  c"


def test_the_report_and_the_summary_use_the_one_escaping() -> None:
    assert markdown.md_inline is side_by_side_text.md_inline is markdown_inline.md_inline
    assert class_summary.md_inline is markdown_inline.md_inline
