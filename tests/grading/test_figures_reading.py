"""Reading figures (figures/reading.py): numbers with their units, in one base unit, the factors
of a calculation marked, bounds and ranges, and when two figures agree."""

from __future__ import annotations

import pytest

from interviewer.core.grading.figures import TOLERANCE, Figure, figures


def kinds(text: str) -> list[tuple[str, float, bool]]:
    return [(f.kind, f.low, f.factor) for f in figures(text)]


def test_units_convert_to_one_base() -> None:
    assert kinds("16 GiB") == [("byte", 2.0**34, False)]
    assert kinds("512 KB per token") == [("byte/token", 512e3, False)]
    assert kinds("half a megabyte per token") == [("byte/token", 5e5, False)]
    assert kinds("about 20 tokens per parameter") == [("token/parameter", 20.0, False)]
    assert kinds("sixteen bytes for every weight") == [("byte/parameter", 16.0, False)]
    assert kinds("a 70B model on 1.4T tokens") == [("count", 7e10, False), ("token", 1.4e12, False)]
    assert kinds("15% of tokens, 4x smaller") == [("percent", 15.0, False), ("times", 4.0, False)]


def test_the_factors_of_a_calculation_are_not_its_result() -> None:
    read = kinds("The weights are 7B x 2 bytes = 14 GB, and 2 x 32 heads x 128 dims")
    assert read == [("count", 7e9, True), ("byte", 2.0, True), ("byte", 14e9, False)]
    assert kinds("GPT-4 and Llama-2 and 4,096 values") == []  # names and bare numbers


def test_bounds_and_ranges() -> None:
    over = figures("over 100 GB")[0]
    assert (over.low, over.high) == (100e9, float("inf"))
    assert figures("roughly 112 GB")[0].agrees(over)
    span = figures("300 to 500 tokens")[0]
    assert (span.kind, span.low, span.high) == ("token", 300.0, 500.0)


@pytest.mark.parametrize(
    ("said", "expected", "agree"),
    [
        ("16 GiB", "17 GB", True),  # decimal and binary units mixed
        ("512 KB", "0.5 MiB", True),
        ("1,120 GB", "1.1 TB", True),
        ("8 GiB", "16 GiB", False),  # forgot V: 2x
        ("14 GB", "16 GB", False),
        ("2 tokens per parameter", "20 tokens per parameter", False),
        ("16 GB", "16 bytes per parameter", False),  # another kind of quantity
    ],
)
def test_agreement_within_the_tolerance(said: str, expected: str, agree: bool) -> None:
    assert TOLERANCE < 1.14  # 14 GB is not 16 GB
    a, b = figures(said)[0], figures(expected)[0]
    assert a.agrees(b) is agree
    assert isinstance(a, Figure)
