"""`annotator agreement`: inter-annotator agreement ."""

from __future__ import annotations

import argparse

from annotator.commands import db_option
from annotator.core.errors import UserError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("agreement", help="inter-annotator agreement")
    db_option(p)


def run(args: argparse.Namespace) -> int:
    raise UserError("'agreement' is not built yet")
