"""The bank commands as a user runs them: exit codes, messages, no traceback, no heavy imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import run_captured as run

DATA = Path(__file__).resolve().parent / "data"


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.startswith("interviewer ")
    code, out, _ = run(["--help"], capsys)
    assert code == 0 and "bank" in out and "grade" in out and "--data-dir" in out


def test_bank_show_json_of_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["bank", "show", str(DATA / "banks" / "mini.yaml"), "--json"], capsys)
    assert code == 0
    bank = json.loads(out)
    assert bank["id"] == "mini" and len(bank["questions"]) == 3
    first = bank["questions"][0]
    for key in ("id", "seed", "aliases", "topic", "level", "prompt", "references", "concepts"):
        assert key in first
    assert first["concepts"][0] == {
        "name": "neural network",
        "weight": 1.0,
        "aliases": ["transformer", "deep network"],
    }
    assert bank["questions"][2]["concepts"] == []


def test_user_banks_in_the_data_dir_are_listed_and_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "banks").mkdir()
    (tmp_path / "banks" / "mine.yaml").write_text(
        (DATA / "banks" / "mini.yaml").read_text().replace("id: mini\n", "id: mine\n")
    )
    code, out, _ = run(["--data-dir", str(tmp_path), "bank", "list"], capsys)
    assert code == 0 and "mine" in out
    code, out, _ = run(["--data-dir", str(tmp_path), "bank", "show", "mine"], capsys)
    assert code == 0 and "What is temperature in text generation?" in out


def test_a_bank_is_found_by_its_file_name_too_when_its_id_differs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the error listed 'selfr' (the file) as a known bank, and '--bank selfr' then failed:
    # the bank inside is 'self'
    (tmp_path / "banks").mkdir()
    (tmp_path / "banks" / "selfr.yaml").write_text(
        (DATA / "banks" / "mini.yaml").read_text().replace("id: mini\n", "id: self\n")
    )
    for name in ("self", "selfr"):
        code, out, _ = run(["--data-dir", str(tmp_path), "bank", "show", name], capsys)
        assert code == 0 and "What is temperature in text generation?" in out
    code, _, err = run(["--data-dir", str(tmp_path), "bank", "show", "nope"], capsys)
    assert code == 2 and "self (file selfr)" in err


def test_unknown_bank_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["bank", "show", "no-such-bank"], capsys)
    assert code == 2 and out == ""
    assert "no-such-bank: no bank with this id or path" in err and "Traceback" not in err


def test_validate_good_file_prints_a_one_line_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["bank", "validate", str(DATA / "banks" / "mini.yaml")], capsys)
    assert code == 0 and err == ""
    assert out.strip().endswith(
        "ok: bank 'mini' v1.0, 3 questions, 3 with reference answers, 2 with rubrics"
    )


def test_validate_rubric_file_checks_it_against_its_bank(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["bank", "validate", str(DATA / "rubrics" / "mini.yaml")], capsys)
    assert code == 0 and "rubric for bank 'mini'" in out


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x9f\x92\x96", b"[1, 2", b"- a\n- b\n", b"\xff\xfe", b"id: [x]\ntitle: 1\n"],
)
def test_validate_malformed_exits_2_with_path_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    code, out, err = run(["bank", "validate", str(path)], capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"{path}:") and "Traceback" not in err


def test_validate_missing_file_and_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["bank", "validate", str(tmp_path / "nope.yaml"), str(tmp_path)], capsys)
    assert code == 2 and "nope.yaml:1: no such file" in err and "is a folder" in err


def test_import_writes_a_skeleton(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "guide.txt"
    source.write_text("My Guide\nBasics\n1. What is X?\nX is a thing.\n2. Why Y?\n")
    out_file = tmp_path / "guide.yaml"
    code, _, err = run(["bank", "import", str(source), "-o", str(out_file)], capsys)
    assert code == 0 and "wrote" in err
    text = out_file.read_text()
    assert "id: guide-001" in text and "X is a thing." in text


def test_import_without_output_adds_the_bank_to_your_banks(
    tmp_path: Path, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "guide.txt"
    source.write_text("My Guide\nBasics\n1. What is X?\nX is a thing.\n2. Why Y?\n")
    code, out, err = run(["bank", "import", str(source)], capsys)
    assert code == 0, err
    written = isolated_data_dir / "banks" / "guide.yaml"
    assert "id: guide-001" in written.read_text()
    assert "interviewer start --bank guide --mode practice" in out and str(written) in err
    code, out, _ = run(["bank", "list"], capsys)
    assert code == 0 and "guide" in out and "data dir" in out
    # a second import neither overwrites it silently nor loses the first
    source.write_text("My Guide\n1. What is Z?\nZ is another thing.\n")
    code, _, err = run(["bank", "import", str(source)], capsys)
    assert code == 2 and "you already have a bank 'guide'" in err and "--force" in err
    assert "X is a thing." in written.read_text()
    code, _, err = run(["bank", "import", str(source), "--force"], capsys)
    assert code == 0 and "Z is another thing." in written.read_text()


def test_import_never_takes_a_bundled_banks_id_and_writes_stdout_on_dash(
    tmp_path: Path, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "genai.md"
    source.write_text("# Mine\n1. What is X?\nX is a thing.\n")
    code, _, err = run(["bank", "import", str(source)], capsys)
    assert code == 2 and "a bundled bank is called 'genai'" in err and "--id" in err
    assert not (isolated_data_dir / "banks").exists()
    code, out, _ = run(["bank", "import", str(source), "-o", "-"], capsys)
    assert code == 0 and out.startswith("# Imported from genai.md") and "id: genai" in out


def test_bank_commands_do_not_import_sklearn_or_textual() -> None:
    probe = (
        "import sys\n"
        "from interviewer.cli import main\n"
        "for argv in (['--help'], ['bank', 'list'], ['bank', 'show', 'mini-missing']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(sorted(m for m in ('sklearn', 'textual', 'scipy') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr


def test_data_dir_is_accepted_after_the_command_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "banks").mkdir()
    (tmp_path / "banks" / "mine.yaml").write_text(
        (DATA / "banks" / "mini.yaml").read_text().replace("id: mini\n", "id: mine\n")
    )
    code, out, _ = run(["bank", "list", "--data-dir", str(tmp_path)], capsys)
    assert code == 0 and "mine" in out


def test_bank_list_says_one_question_and_keeps_its_columns_aligned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """play23 F14: "1 questions, 1 with reference answers", and a bank of 37,346 questions
    pushed its row out of the columns."""
    from interviewer.core.importers import parse_markdown, to_bank_yaml

    (tmp_path / "banks").mkdir()
    one = parse_markdown("# One\n\n1. What is a tensor?\nAn array of numbers.\n")
    (tmp_path / "banks" / "one.yaml").write_text(to_bank_yaml(one, "one"), encoding="utf-8")
    many = "# Many\n\n" + "".join(f"{n}. What is thing {n}?\nIt is {n}.\n" for n in range(12345))
    found = parse_markdown(many)
    (tmp_path / "banks" / "many.yaml").write_text(to_bank_yaml(found, "many"), encoding="utf-8")
    code, out, _ = run(["--data-dir", str(tmp_path), "bank", "list"], capsys)
    assert code == 0
    rows = {line.split()[0]: line for line in out.splitlines()}
    assert " 1 question, " in rows["one"] and " 1 with reference answer " in rows["one"]
    assert rows["many"].split()[3:9] == "12345 questions, 12345 with reference answers".split()
    for word in ("question", "with", rows["one"].split()[-1]):
        assert len({line.index(word) for line in rows.values() if word in line}) == 1, word
    assert rows["one"].index("One") == rows["genai"].index("Generative")


def test_dry_run_wraps_a_long_prompt_and_never_cuts_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """play23 F14: at 80 columns the prompt was shown without its final "?"."""
    monkeypatch.setenv("COLUMNS", "80")
    prompt = (
        "In a relational database with many concurrent writers, what exactly is the difference "
        "between an inner join and a left join?"
    )
    source = tmp_path / "joins.md"
    source.write_text(f"# SQL\n\n1. {prompt}\nOne keeps matches only.\n", encoding="utf-8")
    code, out, _ = run(["bank", "import", str(source), "--dry-run"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert all(len(line) < 80 for line in lines[:-1])
    start = next(n for n, line in enumerate(lines) if "question  In a relational" in line)
    shown = " ".join(line.split("question  ")[-1].strip() for line in lines[start : start + 3])
    assert prompt in shown


def test_bank_list_not_to_a_terminal_does_not_look_in_the_cache_first(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache is probed only to say "reading banks ..." on a terminal; otherwise the banks
    are read once, by `load_all`."""
    from interviewer.core.catalog import Catalog

    def probed(self: Catalog) -> None:
        raise AssertionError("load_all_cached called with stderr not a terminal")

    monkeypatch.setattr(Catalog, "load_all_cached", probed)
    code, out, err = run(["bank", "list"], capsys)
    assert code == 0 and "genai" in out and "reading banks" not in err


def test_import_never_shadows_a_bank_of_the_same_id_in_another_file(
    tmp_path: Path, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    banks = isolated_data_dir / "banks"
    banks.mkdir(parents=True)
    kept = tmp_path / "kept.txt"
    kept.write_text("Kept\n1. What is kept?\nKept is kept.\n")
    # a hand-placed `notes.yml` (not the `.yaml` the import writes) holds the bank 'notes'
    code, _, err = run(
        ["bank", "import", str(kept), "--id", "notes", "-o", str(banks / "notes.yml")], capsys
    )
    assert code == 0, err
    source = tmp_path / "notes.csv"
    source.write_text("question,answer\nWhat is new?,New is new.\n")
    code, _, err = run(["bank", "import", str(source)], capsys)
    assert code == 2 and "you already have a bank 'notes' (notes.yml)" in err
    assert "--force" in err and "--id" in err
    assert sorted(p.name for p in banks.iterdir()) == ["notes.yml"]
    # --force replaces that bank in its own file, and says what it replaced
    code, _, err = run(["bank", "import", str(source), "--force"], capsys)
    assert code == 0 and "replaced your bank 'notes'" in err and "it held 1 question)" in err
    assert sorted(p.name for p in banks.iterdir()) == ["notes.yml"]
    assert "New is new." in (banks / "notes.yml").read_text()
    # a bank in another file with `id: notes` is a holder too
    other = (banks / "notes.yml").read_text().replace("title: notes", "title: Copy")
    (banks / "copy.yaml").write_text(other)
    code, _, err = run(["bank", "import", str(source)], capsys)
    assert code == 2 and "(copy.yaml, notes.yml)" in err
    code, _, err = run(["bank", "import", str(source), "--force"], capsys)
    assert code == 2 and "2 of your bank files hold a bank 'notes'" in err


def test_bank_list_warns_of_banks_sharing_an_id(
    tmp_path: Path, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "notes.csv"
    source.write_text("question,answer\nWhat is new?,New is new.\n")
    code, _, err = run(["bank", "import", str(source)], capsys)
    assert code == 0, err
    code, _, err = run(["bank", "list"], capsys)
    assert code == 0 and "warning" not in err
    banks = isolated_data_dir / "banks"
    text = (banks / "notes.yaml").read_text()
    (banks / "notes.yml").write_text(text.replace("title: notes", "title: Later"))
    code, out, err = run(["bank", "list"], capsys)
    assert code == 0 and "Later" in out
    assert "2 banks have the id 'notes': --bank notes opens notes.yaml" in err
    assert "to open notes.yml, give it an id of its own" in err


def test_bank_show_prints_no_hidden_formatting_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "tricks.csv"
    source.write_text(
        "question,answer\nIs the loss convex? \u202eon\u202c Explain why.,It has one minimum.\n",
        encoding="utf-8",
    )
    bank_file = tmp_path / "tricks.yaml"
    code, _, err = run(["bank", "import", str(source), "-o", str(bank_file)], capsys)
    assert code == 0, err
    code, out, _ = run(["bank", "show", str(bank_file)], capsys)
    assert code == 0 and "Is the loss convex? on Explain why." in out and "\u202e" not in out
    code, out, _ = run(["bank", "show", str(bank_file), "--json"], capsys)
    assert code == 0 and "\\u202e" in out and "\u202e" not in out
    prompt = json.loads(out)["questions"][0]["prompt"]
    assert prompt == "Is the loss convex? \u202eon\u202c Explain why."
