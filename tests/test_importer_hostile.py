"""Importer edge cases from fuzzing: big question numbers, UTF-16 files, endless devices."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from interviewer.core.errors import BankError
from interviewer.core.importers import import_list, parse_markdown


def test_question_numbers_of_five_digits_or_more_start_questions() -> None:
    found = parse_markdown(
        "Title\n9999. Four digits?\nYes.\n10000. Five digits?\nAlso yes.\n", "g.txt"
    )
    assert [q.prompt for q in found.questions] == ["Four digits?", "Five digits?"]
    assert found.questions[0].answer == "Yes."


def test_utf16_guides_with_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-16-be"):
        path = tmp_path / f"guide-{encoding}.txt"
        body = "Guide\n1. What is a token?\nA piece of text, say “word”.\n"
        data = body.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        path.write_bytes(data)
        found = import_list(path)
        assert found.questions[0].prompt == "What is a token?"
        assert "“word”" in found.questions[0].answer


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_refused_after_the_size_limit() -> None:
    # In a child limited to 1 GB of address space, so a reader that never stops fails safely.
    probe = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from pathlib import Path\n"
        "from interviewer.core.errors import BankError\n"
        "from interviewer.core.importers import import_list\n"
        "try:\n"
        "    import_list(Path('/dev/zero'))\n"
        "except BankError as err:\n"
        "    print(err)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert "/dev/zero:1: file is over the 5 MB import limit" in result.stdout, result.stderr[-500:]


def test_a_binary_file_names_the_line_of_the_first_nul(tmp_path: Path) -> None:
    path = tmp_path / "g.txt"
    path.write_bytes(b"Title\n1. Q?\n\x00\x01")
    with pytest.raises(BankError, match=r"g\.txt:3: this is a binary file"):
        import_list(path)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("g.md", "Guide\n1. \x1b[1mWhat is NF4?\x1b[0m\n\x1b[32mA 4-bit [data] type.\x1b[0m\n"),
        (
            "g.csv",
            "question,answer\n\x1b[1mWhat is NF4?\x1b[0m,\x1b[32mA 4-bit [data] type.\x1b[m\n",
        ),
        (
            "g.jsonl",
            '{"question": "\\u001b[1mWhat is NF4?\\u001b[0m",'
            ' "answer": "\\u001b[32mA 4-bit [data] type.\\u001b[0m"}\n',
        ),
    ],
)
def test_a_list_copied_from_a_coloured_terminal_keeps_its_words_not_its_codes(
    name: str, text: str, tmp_path: Path
) -> None:
    # care46: "\x1b[1mWhat is NF4?\x1b[0m" did not end with "?" (not read as a question), and
    # the codes' "[1m" reached the bank as "\ufffd[1m"
    from interviewer.core.bank import load_bank
    from interviewer.core.importers import parse_text, to_bank_yaml

    found = parse_text(text, name)
    [question] = found.questions
    assert question.prompt == "What is NF4?"
    assert question.answer == "A 4-bit [data] type."
    path = tmp_path / "imported.yaml"
    path.write_text(to_bank_yaml(found, "imported"), encoding="utf-8")
    [loaded] = load_bank(path).questions
    assert loaded.prompt == "What is NF4?"
    assert "\ufffd" not in path.read_text(encoding="utf-8")
