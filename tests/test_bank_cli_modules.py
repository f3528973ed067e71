"""The `bank` commands as a package, one module per idea (catalog, listing, checks, importing,
parser): the parser each action is registered by, and the names callers import from
`interviewer.bank_cli` kept where they were."""

from __future__ import annotations

import argparse

import pytest

import interviewer.bank_cli as bank_cli
from interviewer.bank_cli import add_bank_parser
from interviewer.bank_cli.checks import cmd_bank_audit, cmd_bank_validate
from interviewer.bank_cli.importing import cmd_bank_import
from interviewer.bank_cli.listing import cmd_bank_list, cmd_bank_show


@pytest.mark.parametrize(
    ("argv", "handler"),
    [
        (["bank", "list", "--json"], cmd_bank_list),
        (["bank", "show", "genai"], cmd_bank_show),
        (["bank", "validate", "a.yaml", "b.yaml", "--strict"], cmd_bank_validate),
        (["bank", "audit", "genai", "--kind", "claim", "--all"], cmd_bank_audit),
        (["bank", "import", "list.md", "--dry-run", "--id", "mine"], cmd_bank_import),
    ],
)
def test_each_bank_action_is_parsed_to_its_handler(argv: list[str], handler: object) -> None:
    parser = argparse.ArgumentParser(prog="interviewer")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS)
    add_bank_parser(parser.add_subparsers(), common)
    assert parser.parse_args([*argv, "--data-dir", "d"]).handler is handler
    assert parser.parse_args([*argv, "--data-dir", "d"]).data_dir == "d"


def test_a_bank_action_is_required() -> None:
    parser = argparse.ArgumentParser(prog="interviewer")
    add_bank_parser(parser.add_subparsers(), argparse.ArgumentParser(add_help=False))
    with pytest.raises(SystemExit):
        parser.parse_args(["bank"])


def test_the_names_callers_import_from_bank_cli_are_the_modules_own() -> None:
    """`from interviewer.bank_cli import say` (tui/launch.py) and the rest keep working: each
    name re-exported by the package is the object its module defines."""
    from interviewer.bank_cli import catalog, checks, importing, listing, parser

    modules = (catalog, checks, importing, listing, parser)
    for name in bank_cli.__all__:
        homes = [module for module in modules if name in vars(module)]
        assert homes and all(getattr(m, name) is getattr(bank_cli, name) for m in homes), name
