"""A seed the dialogs cannot hold is refused by the command line too (core.limits)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.limits import MAX_SEED
from tests.conftest import SEED_FILES


@pytest.mark.parametrize("seed", ["-1", str(MAX_SEED + 1)])
def test_export_and_assign_refuse_a_seed_out_of_range_in_one_line(
        seed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "p.db")
    assert main(["import", str(SEED_FILES[0]), "--db", db]) == 0
    capsys.readouterr()
    out = tmp_path / "split"
    assert main(["export", "--format", "csv", "--split", "train=1", "--seed", seed,
                 "--db", db, "-o", str(out)]) == 2
    assert capsys.readouterr().err == f"error: --seed must be 0 to {MAX_SEED}, got {seed}\n"
    assert not out.exists()
    assert main(["assign", "--users", "a,b", "--seed", seed, "--db", db]) == 2
    assert capsys.readouterr().err == f"error: --seed must be 0 to {MAX_SEED}, got {seed}\n"


def test_the_largest_seed_the_dialogs_hold_is_accepted(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "p.db")
    assert main(["import", str(SEED_FILES[0]), "--db", db]) == 0
    assert main(["assign", "--users", "a,b", "--seed", str(MAX_SEED), "--db", db]) == 0
    assert "a: 1 new, 1 in all" in capsys.readouterr().out
