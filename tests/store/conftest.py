"""Fixtures of the store tests."""

from __future__ import annotations

import pytest

from tests.clock import StepClock


@pytest.fixture
def clock() -> StepClock:
    """One clock for every project a test opens: each edit is newer than the last."""
    return StepClock()
