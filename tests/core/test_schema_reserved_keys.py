"""A label hotkey that is one of the program's own keys (R, J, X, E) is refused when a
schema file is loaded: a new project, `annotator schema --set`, File → Switch schema."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.errors import SchemaError
from annotator.core.schema import (
    RESERVED_KEYS,
    default_schema_path,
    load_schema,
    parse_schema,
    reserved_key_clashes,
)
from annotator.store.repository import Repository

DEFAULT_TOML = default_schema_path().read_text(encoding="utf-8")


def with_hotkey(old: str, new: str) -> str:
    """The default schema with the hotkey `old` given as `new` (e.g. CLAIM's L as R)."""
    line = f'\nhotkey = "{old}"\n'  # a label's own line, not a document value's key
    assert DEFAULT_TOML.count(line) == 1
    return DEFAULT_TOML.replace(line, f'\nhotkey = "{new}"\n')


def test_the_shipped_schema_takes_no_reserved_key() -> None:
    assert reserved_key_clashes(load_schema()) == []


@pytest.mark.parametrize("key", sorted(RESERVED_KEYS))
def test_loading_a_schema_that_takes_a_program_key_names_label_and_key(
        tmp_path: Path, key: str) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(with_hotkey("L", key.lower()), encoding="utf-8")
    with pytest.raises(SchemaError) as err:
        load_schema(path)
    message = str(err.value)
    assert str(path) in message
    assert f"CLAIM: hotkey '{key}' is the program's key for {RESERVED_KEYS[key]}" in message


def test_every_problem_is_listed_in_one_pass(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(with_hotkey("L", "X").replace('color = "#d62728"', 'color = "red"'),
                    encoding="utf-8")
    with pytest.raises(SchemaError) as err:
        load_schema(path)
    assert "hotkey 'X'" in str(err.value) and "color 'red'" in str(err.value)


def test_a_project_that_stored_such_a_schema_still_opens(tmp_path: Path) -> None:
    """Made before the check: its schema is read as stored, so the project opens (the
    window warns, `schema --set` fixes it)."""
    stored = parse_schema(with_hotkey("L", "R"), "old file")
    assert [c.split(":")[0] for c in reserved_key_clashes(stored)] == ["CLAIM"]
    repo = Repository.open(tmp_path / "old.db")
    try:
        repo.switch_schema(stored)
    finally:
        repo.close()
    repo = Repository.open(tmp_path / "old.db")
    try:
        assert repo.schema().label("CLAIM").hotkey == "R"
    finally:
        repo.close()


def test_schema_set_refuses_it_and_leaves_the_project_as_it_was(tmp_path: Path, cli) -> None:
    db, path = tmp_path / "p.db", tmp_path / "mine.toml"
    path.write_text(with_hotkey("A", "E"), encoding="utf-8")
    assert cli("schema", "--db", db).returncode == 0
    before = cli("schema", "--db", db).stdout
    result = cli("schema", "--db", db, "--set", path)
    assert result.returncode != 0
    assert "ATTACK: hotkey 'E' is the program's key for" in result.stderr
    assert cli("schema", "--db", db).stdout == before
