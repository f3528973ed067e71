"""Preferences survive a restart and never break the app when the file is odd."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.preferences import Preferences, load_preferences, save_preferences


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "preferences.json"
    chosen = Preferences(theme="nord", bank_id="genai", mode="practice", count=7, adaptive=True)
    assert save_preferences(path, chosen)
    assert load_preferences(path) == chosen


@pytest.mark.parametrize(
    "content",
    [
        "",
        "not json",
        "[1, 2]",
        '{"count": "ten", "adaptive": 1, "theme": 5, "mode": null}',
        '{"count": -3}',
    ],
)
def test_odd_files_give_defaults_field_by_field(tmp_path: Path, content: str) -> None:
    path = tmp_path / "preferences.json"
    path.write_text(content)
    assert load_preferences(path) == Preferences()


def test_missing_or_unwritable_is_quietly_default(tmp_path: Path) -> None:
    assert load_preferences(tmp_path / "nothing.json") == Preferences()
    blocked = tmp_path / "file"
    blocked.write_text("x")
    assert save_preferences(blocked / "preferences.json", Preferences()) is False


def test_the_count_is_kept_per_bank_and_fits_the_bank(tmp_path: Path) -> None:
    """play25 D2: the count chosen for one bank is that bank's; others keep the general one,
    and no bank is offered more questions than it holds."""
    from interviewer.core.preferences import question_count, with_question_count

    path = tmp_path / "preferences.json"
    chosen = with_question_count(Preferences(count=12), "prep", 8)
    assert save_preferences(path, chosen)
    loaded = load_preferences(path)
    assert loaded.counts == {"prep": 8}
    assert question_count(loaded, "prep", 8) == 8
    assert question_count(loaded, "prep", 5) == 5  # the bank shrank
    assert question_count(loaded, "genai", 201) == 12
    assert question_count(loaded, "tiny", 3) == 3


def test_odd_per_bank_counts_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text('{"counts": {"a": 0, "b": true, "c": "9", "d": 4}}')
    assert load_preferences(path).counts == {"d": 4}
    path.write_text('{"counts": [1, 2]}')
    assert load_preferences(path).counts == {}
