"""Text from banks and users is shown, never obeyed: control characters are neutralised."""

from __future__ import annotations

import json
import re

CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 and C1 control characters (and DEL), except tab and newline: ESC starts terminal commands."""

REPLACEMENT = "\ufffd"


def neutralise(text: str, keep: str = "") -> str:
    """`text` with every control character but tab, newline and `keep` replaced by U+FFFD."""
    if not keep:
        return CONTROL_CHARACTERS.sub(REPLACEMENT, text)
    return CONTROL_CHARACTERS.sub(lambda m: m.group() if m.group() in keep else REPLACEMENT, text)


def control_character_lines(text: str) -> list[int]:
    """The line numbers (1-based, ascending, each once) holding a control character.

    Carriage returns are line ends here, not control characters (files written on Windows).
    """
    lines: list[int] = []
    for match in CONTROL_CHARACTERS.finditer(text):
        if match.group() == "\r":
            continue
        line = text.count("\n", 0, match.start()) + 1
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines


def neutralise_document(text: str) -> str:
    """`text` for a document a terminal may show (a Markdown or HTML report): Windows line
    ends made `\\n`, then every other control character (a lone carriage return too, which
    lets a line overwrite the one before it) replaced by U+FFFD."""
    return neutralise(text.replace("\r\n", "\n"))


_RAW_IN_JSON = re.compile("[\x7f-\x9f]")


def json_text(value: object, *, indent: int | None = None) -> str:
    """`value` as JSON with UTF-8 kept as is, but no raw control character: `json.dumps`
    escapes C0 ones (`\\u001b`) and this escapes DEL and C1 ones too, so the text is exact
    and safe to print."""
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
