"""Where a bank's questions came from and under which licence (`origin:` and `licence:`): an
imported public list keeps its source and its terms, shown by `bank show` and `bank list`."""

from __future__ import annotations

MAX_ORIGIN_CHARS = 300
"""An origin is a link or a short citation ("github.com/h5bp/... (commit 8a922ee5)")."""
MAX_LICENCE_CHARS = 80
"""A licence is a name ("MIT", "CC BY 4.0", "unknown"), not the licence's text."""

ATTRIBUTION_KEYS = {"origin": MAX_ORIGIN_CHARS, "licence": MAX_LICENCE_CHARS}
"""The bank's keys, each with its length limit; `license` is read as `licence`."""


def attribution_problem(key: str, text: str) -> str | None:
    """Why `text` cannot be the bank's `key` (origin or licence), or None when it can: one
    line, not empty, at most its limit."""
    limit = ATTRIBUTION_KEYS[key]
    if not text.strip():
        return f"{key} must not be empty"
    if "\n" in text.strip() or "\r" in text:
        return f"{key} must be one line (a link or a name, not the licence's text)"
    if len(text.strip()) > limit:
        return f"{key} is {len(text.strip()):,} characters; the limit is {limit}"
    return None


def attribution_line(origin: str, licence: str) -> str:
    """A report's line naming the source and the licence ("Questions from X (licence: MIT)"),
    or '' when the bank names neither."""
    if origin:
        return f"Questions from {origin}" + (f" (licence: {licence})" if licence else "")
    return f"Questions under licence {licence}" if licence else ""
