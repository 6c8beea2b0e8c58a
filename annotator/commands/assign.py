"""`annotator assign`: give each document to N annotators, balanced."""

from __future__ import annotations

import argparse

from annotator.commands import db_option
from annotator.core.errors import UserError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("assign", help="give each document to N annotators, balanced")
    db_option(p)


def run(args: argparse.Namespace) -> int:
    raise UserError("'assign' is not built yet")
