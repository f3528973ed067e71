"""The `bank` commands (list, show, validate, audit, import): banks read from a terminal.

catalog.py    what every bank command shares: the banks it sees, and `say` for bank text
listing.py    `bank list` and `bank show`: the banks a user can open, one bank's questions
checks.py     `bank validate` and `bank audit`: a bank's problems, each as path:line
importing.py  `bank import`: a question list turned into a bank
parser.py     the `bank` command's arguments, added to the `interviewer` parser
"""

from __future__ import annotations

from .catalog import open_catalog, say
from .checks import SHOWN_PROBLEMS, audit_kind_unknown, cmd_bank_audit, cmd_bank_validate
from .importing import ANNOUNCED_QUESTIONS, _id_runs, cmd_bank_import
from .listing import bank_as_json, cmd_bank_list, cmd_bank_show
from .parser import add_bank_parser

__all__ = [
    "ANNOUNCED_QUESTIONS",
    "SHOWN_PROBLEMS",
    "_id_runs",
    "add_bank_parser",
    "audit_kind_unknown",
    "bank_as_json",
    "cmd_bank_audit",
    "cmd_bank_import",
    "cmd_bank_list",
    "cmd_bank_show",
    "cmd_bank_validate",
    "open_catalog",
    "say",
]
