"""Importer edge cases from fuzzing: big question numbers, UTF-16 files, endless devices."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from interviewer.core.errors import BankError
from interviewer.core.importer import import_text_file, parse_guide


def test_question_numbers_of_five_digits_or_more_start_questions() -> None:
    guide = parse_guide("Title\n9999. Four digits?\nYes.\n10000. Five digits?\nAlso yes.\n")
    assert [q.number for q in guide.questions] == [9999, 10000]
    assert guide.questions[0].answer == "Yes."
    assert guide.questions[1].prompt == "Five digits?"


def test_utf16_guides_with_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-16-be"):
        path = tmp_path / f"guide-{encoding}.txt"
        body = "Guide\n1. What is a token?\nA piece of text, say “word”.\n"
        data = body.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        path.write_bytes(data)
        text = import_text_file(path, bank_id="g")
        assert "What is a token?" in text and "“word”" in text


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_refused_after_the_size_limit() -> None:
    # In a child limited to 1 GB of address space, so a reader that never stops fails safely.
    probe = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from pathlib import Path\n"
        "from interviewer.core.errors import BankError\n"
        "from interviewer.core.importer import import_text_file\n"
        "try:\n"
        "    import_text_file(Path('/dev/zero'))\n"
        "except BankError as err:\n"
        "    print(err)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert "/dev/zero:1: the file is over 20 MB" in result.stdout, result.stderr[-500:]


def test_a_binary_file_names_the_line_of_the_first_nul(tmp_path: Path) -> None:
    path = tmp_path / "g.txt"
    path.write_bytes(b"Title\n1. Q?\n\x00\x01")
    with pytest.raises(BankError, match=r"g\.txt:3: this is a binary file"):
        import_text_file(path)
