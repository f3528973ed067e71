"""The shell every exported HTML page shares: one self-contained document whose
Content-Security-Policy lets it load nothing from anywhere and run no script, its styles inline.

Used by the report (`html.py`, which also shows its chart as a `data:` image) and the comparison
(`side_by_side_html.py`). Text from a user or a bank goes through `esc`.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape


def esc(text: object) -> str:
    """`text` as HTML text or an attribute value (quotes escaped too)."""
    return escape(str(text), quote=True)


def document(title: str, css: str, body: Iterable[str], *, images: bool = False) -> str:
    """The whole page: `title` (plain text, escaped here), `css` inline, the `body` parts (HTML,
    empty ones left out) inside `<main>`; `images`: inline `data:` images are allowed."""
    policy = "default-src 'none'; style-src 'unsafe-inline'" + ("; img-src data:" if images else "")
    return (
        "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n"
        f"<meta http-equiv='Content-Security-Policy' content=\"{policy}\">\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        f"<title>{esc(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(part for part in body if part)
        + "\n</main>\n</body>\n</html>\n"
    )
