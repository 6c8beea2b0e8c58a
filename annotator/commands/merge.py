"""`annotator merge`: bring annotators' layers from other project files into this one."""

from __future__ import annotations

import argparse

from annotator.commands import db_option
from annotator.core.errors import UserError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("merge", help="bring in layers from other project files")
    db_option(p)


def run(args: argparse.Namespace) -> int:
    raise UserError("'merge' is not built yet")
