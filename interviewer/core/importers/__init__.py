"""Importers for question lists people really have: Markdown and plain text, CSV/TSV, JSON Lines.

`import_list(path)` reads a file (size capped, UTF-8 or UTF-16 with a BOM) and returns an
`ImportedList` whose account says what became of every source line; `to_bank_yaml` turns it into
a bank.
"""

from __future__ import annotations

from pathlib import Path

from ..safe_text import without_escape_sequences
from .jsonl import parse_jsonl
from .markdown import parse_markdown
from .model import ImportedList, ImportedQuestion, LineAccount, repeated_questions
from .reading import MAX_INPUT_BYTES, decode_source, read_source
from .tabular import parse_table
from .text import clean_inline, repair_text
from .to_bank import check_bank_id, slugify, to_bank_yaml

__all__ = [
    "MAX_INPUT_BYTES",
    "ImportedList",
    "ImportedQuestion",
    "LineAccount",
    "check_bank_id",
    "clean_inline",
    "decode_source",
    "import_list",
    "parse_jsonl",
    "parse_markdown",
    "parse_table",
    "read_source",
    "repair_text",
    "slugify",
    "to_bank_yaml",
]


def parse_text(text: str, source: str) -> ImportedList:
    """Parse text by the source name's suffix (.csv, with the separator it uses; .tsv; .jsonl;
    anything else is Markdown);
    questions that repeat an earlier one are warnings (`bank validate` would warn too).
    Terminal escape sequences (a list copied from a coloured terminal) are removed whole
    first: "\x1b[1mWhat is NF4?\x1b[0m" is the question "What is NF4?" (none holds a newline,
    so line numbers stay)."""
    text = without_escape_sequences(text)
    suffix = source.lower().rsplit(".", 1)[-1] if "." in source else ""
    if suffix == "csv":
        found = parse_table(text, source)
    elif suffix == "tsv":
        found = parse_table(text, source, "\t")
    elif suffix in ("jsonl", "ndjson"):
        found = parse_jsonl(text, source)
    else:
        found = parse_markdown(text, source)
    found.warnings.extend(repeated_questions(found))
    found.warnings.sort(key=lambda problem: problem.line or 0)
    return found


def import_list(path: Path) -> ImportedList:
    """Read and parse a question list file."""
    return parse_text(read_source(path), str(path))
