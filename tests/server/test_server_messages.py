"""What `annotator server init` and a missing database say to the people who meet them:
an admin member re-running init, a URL naming a database the server does not have."""

from __future__ import annotations

import pytest

from annotator.core.schema import default_schema_path
from annotator.store.server.migrations import known


@pytest.fixture
def lead(team):
    team.add("lead", "admin")
    return team


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def migrations(team) -> list[str]:
    with team.connect() as conn:
        return [r[0] for r in conn.execute(
            "SELECT name FROM annotator.server_migrations ORDER BY name")]


def test_an_admin_running_init_on_an_up_to_date_project_is_told_so(lead, cli):
    r = cli("server", "init", "--server", lead.url("lead"))
    assert (r.returncode, r.stderr) == (0, ""), r.stderr
    assert r.stdout.startswith("team project already up to date; project ")
    assert migrations(lead) == known()
    # A schema given to a project that exists is not quietly dropped.
    schema = default_schema_path()
    r = cli("server", "init", "--server", lead.url("lead"), "--schema", schema)
    assert r.returncode == 2 and one_line(r) == (
        f"error: {schema}: not used: the team project was there already (an admin "
        "switches its schema with annotator schema --set FILE --server URL)")


def test_an_admin_cannot_upgrade_and_is_told_who_can(lead, cli):
    last = known()[-1]
    with lead.connect() as conn:
        conn.execute("DELETE FROM annotator.server_migrations WHERE name = %s", [last])
    r = cli("server", "init", "--server", lead.url("lead"))
    assert r.returncode != 0 and r.stdout == ""
    line = one_line(r)
    assert line.startswith("error: permission denied: upgrading the team project "
                           f"({last} to apply) needs its owner"), line
    assert "creating" not in line
    assert migrations(lead) == known()[:-1]  # nothing applied


@pytest.mark.parametrize("database", ["nosuchdb", "team_roles"])  # holds "role"
def test_a_database_the_server_lacks_is_named(postgres, cli, tmp_path, database):
    url = postgres.uri(database)
    line = one_line(cli("stats", "--server", url))
    assert line.startswith(f"error: the team server has no database {database} ("), line
    assert line.endswith("): check the database name in the URL")
    first = one_line(cli("sync", "--server", url, "--db", tmp_path / "a.db"))
    assert first.startswith(f"error: the team server has no database {database} (")
    assert not (tmp_path / "a.db").exists()
