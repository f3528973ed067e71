"""`batch/progress.py`: the share of an input file read, for the progress line."""

from __future__ import annotations

from pathlib import Path

from interviewer.core.batch.progress import read_share


def test_the_share_read_follows_the_byte_position_and_stops_short_of_all(tmp_path: Path) -> None:
    source = tmp_path / "class.jsonl"
    source.write_bytes(b"x" * 200)
    with source.open("rb") as stream:
        share = read_share(stream, source)
        assert share() == " (about 0% read)"
        stream.read(80)
        assert share() == " (about 40% read)"
        stream.read()
        assert share() == " (about 99% read)"
    assert share() == ""  # a closed stream: no share


def test_standard_input_has_no_share(tmp_path: Path) -> None:
    with (tmp_path / "x").open("wb+") as stream:
        assert read_share(stream, None)() == ""
