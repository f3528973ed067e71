"""What every `bank` command shares: the banks it sees (the catalog) and how it prints bank or
user text."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ..core.safe_text import screen_text

if TYPE_CHECKING:
    from ..core.catalog import Catalog


def open_catalog(args: argparse.Namespace) -> Catalog:
    """The banks the command sees: bundled, and the data dir's (--data-dir or the default)."""
    from ..core.catalog import Catalog
    from ..paths import cache_dir, data_dir

    return Catalog(data_dir(args.data_dir), cache_dir(args.data_dir))


def say(text: object, *, file: TextIO | None = None) -> None:
    """Print bank or user text (to stdout, or `file`): control characters (terminal commands)
    are shown, not obeyed."""
    print(screen_text(str(text)), file=file)
