"""Reading `interviewer grade` input: JSON Lines or strict CSV, streamed, one record per line.

Nothing here grades: every record becomes an `Item` or a `LineError` carrying the reason, so
one bad line can never end the batch.
"""

from __future__ import annotations

from .csv_table import csv_records, header_delimiter, table_delimiter
from .fields import items, parse_item, passed_fields
from .jsonl import jsonl_lines, jsonl_records
from .records import (
    CSV_FIELDS,
    MAX_LINE_BYTES,
    Entry,
    Item,
    LineError,
    Passed,
    Record,
    answer_of,
    question_text_of,
)

__all__ = [
    "CSV_FIELDS",
    "MAX_LINE_BYTES",
    "Entry",
    "Item",
    "LineError",
    "Passed",
    "Record",
    "answer_of",
    "csv_records",
    "header_delimiter",
    "items",
    "jsonl_lines",
    "jsonl_records",
    "parse_item",
    "passed_fields",
    "question_text_of",
    "table_delimiter",
]
