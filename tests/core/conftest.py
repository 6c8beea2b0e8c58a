"""Fixtures of the training-data tests: the schema and the shared gold fixture."""

from __future__ import annotations

import pytest

from annotator.core.importers import read_file
from annotator.core.schema import Schema, load_schema
from annotator.core.types import DocumentRecord
from tests.core.training_fixture import GOLD


@pytest.fixture(scope="module")
def schema() -> Schema:
    return load_schema()


@pytest.fixture(scope="module")
def gold(schema: Schema) -> list[DocumentRecord]:
    return read_file(GOLD, schema)
