"""The report as JSON, following the versioned schema in docs/report-format.md (shipped as
interviewer/schemas/report.schema.json)."""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from datetime import datetime
from importlib import resources
from typing import Any

from ..safe_text import json_text
from .model import Report

SCHEMA_ID = "interviewer-report/1"
"""The `schema` value of every JSON report; the number changes only on incompatible changes."""


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that `to_json` output follows."""
    text = resources.files("interviewer").joinpath("schemas/report.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def to_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-able data: `{"schema": "interviewer-report/1", ...}` with every
    field of `Report` (timestamps as ISO 8601 strings)."""
    data = {"schema": SCHEMA_ID, **_plain(report)}
    del data["command"]  # how this machine runs the program: not part of the session
    del data["bank_gone"]  # whether this machine has the bank: not part of the session
    data["finished"] = report.finished
    data["regrade_suggested"] = report.regrade_suggested
    return data


def to_json(report: Report) -> str:
    """The report as JSON text (keys in a fixed order, UTF-8 kept as is, control characters
    escaped)."""
    return json_text(to_dict(report), indent=2) + "\n"
