"""Property-based tests: whatever the bytes, the parsers answer with a result or a typed error.

Bounded (few examples, no deadline) so CI stays fast; `benchmarks/fuzz.py` runs many more.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank, load_bank
from interviewer.core.batch import grade_chunk
from interviewer.core.batch_input import Item, LineError, csv_records, items, jsonl_records
from interviewer.core.errors import BankError
from interviewer.core.importers import import_list, parse_markdown, to_bank_yaml

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,  # the same examples on every CI run; benchmarks/fuzz.py explores further
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

GOOD_BANK = """\
id: demo
title: Demo
questions:
  - id: demo-1
    prompt: What is a token?
    seed: 3
    time_limit: 60
    references: A piece of text the model reads.
"""

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
hostile_snippets = st.sampled_from(
    [
        "!!int notanint",
        "!!float abc",
        "9" * 5000,
        "1.7e+308",
        "[/INST]",
        "\x1b[2J",
        '"\\e]0;t\\a"',
        "&a [*a, *a]",
        "{",
        "\x00",
        "\ufeff",
        "- -",
        "? x",
        "%TAG ! tag:x,2000:",
        "!!python/object:os.system",
    ]
)


def load_or_problems(text: str | bytes) -> Bank | BankError:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bank.yaml"
        if isinstance(text, str):
            text = text.encode("utf-8", "surrogatepass")
        path.write_bytes(text)
        try:
            return load_bank(path)
        except BankError as err:
            assert err.problems and all(p.path for p in err.problems)
            assert all(p.line is None or p.line >= 1 for p in err.problems)
            return err


@SETTINGS
@given(st.binary(max_size=300))
def test_bank_loader_on_any_bytes(raw: bytes) -> None:
    load_or_problems(raw)


@SETTINGS
@given(st.integers(min_value=0, max_value=len(GOOD_BANK)), hostile_snippets, st.text(max_size=20))
def test_bank_loader_on_a_good_bank_with_hostile_text_inserted(
    at: int, snippet: str, extra: str
) -> None:
    load_or_problems(GOOD_BANK[:at] + snippet + extra + GOOD_BANK[at:])


@SETTINGS
@given(
    st.sampled_from(["id", "title", "seed", "time_limit", "prompt", "references", "topic"]),
    values,
)
def test_bank_loader_with_any_value_in_any_field(key: str, value: object) -> None:
    bank = yaml.safe_load(GOOD_BANK)
    target = bank if key in ("id", "title") else bank["questions"][0]
    target[key] = value
    result = load_or_problems(yaml.safe_dump(bank, allow_unicode=True))
    if isinstance(result, Bank):
        assert all("\x1b" not in q.prompt for q in result)


@SETTINGS
@given(st.text(max_size=400))
def test_importer_parses_any_text_or_says_why(text: str) -> None:
    try:
        found = parse_markdown(text, "g.txt")
    except BankError as err:
        assert str(err).startswith("g.txt")
        return
    assert len(found.account) == len(text.splitlines()) or not text.strip()


@SETTINGS
@given(st.binary(max_size=400))
def test_importer_reads_any_file_or_says_why(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "guide.txt"
        path.write_bytes(raw)
        with contextlib.suppress(BankError):
            to_bank_yaml(import_list(path), "g", None)


@SETTINGS
@given(st.lists(st.one_of(st.binary(max_size=60), values.map(repr).map(str.encode)), max_size=8))
def test_jsonl_parser_gives_one_record_per_non_blank_line(chunks: list[bytes]) -> None:
    raw = b"\n".join(c.replace(b"\n", b" ") for c in chunks)
    records = list(items(jsonl_records(io.BytesIO(raw))))
    text = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw  # a BOM opens the file only
    expected = [n for n, line in enumerate(text.split(b"\n"), start=1) if line.strip()]
    assert [n for n, _ in records] == expected
    assert all(isinstance(r, Item | LineError) for _, r in records)


@SETTINGS
@given(st.text(max_size=300))
def test_csv_parser_never_raises(text: str) -> None:
    raw = ("question_id,answer,question,reference\n" + text).encode("utf-8", "surrogatepass")
    for _, record in items(csv_records(io.BytesIO(raw))):
        assert isinstance(record, Item | LineError)


@settings(max_examples=15, deadline=None, derandomize=True)
@given(
    st.lists(
        st.fixed_dictionaries(
            {"question": st.text(max_size=30), "reference": st.text(max_size=40)},
            optional={"answer": st.text(max_size=40), "keywords": st.lists(st.text(max_size=8))},
        ),
        min_size=1,
        max_size=4,
    )
)
def test_grading_a_chunk_gives_one_row_per_line(records: list[dict]) -> None:
    chunk = list(items(enumerate(records, start=1)))
    rows = grade_chunk(chunk, None)
    assert [row["line"] for row in rows] == list(range(1, len(records) + 1))
    assert all(("error" in row) != ("score" in row) for row in rows)
