"""An admin switches the team project's label schema on the server (`annotator schema
--set FILE --server URL`); members take it at their next sync. Refused while an
annotation on the server needs the old schema, and by PostgreSQL for anyone but an
admin."""

from __future__ import annotations

from pathlib import Path

from annotator.core.schema import default_schema_path
from annotator.store.repository import Repository
from tests.server.test_sync_rules import project, run  # noqa: F401

VEHICLE = '''
[[labels]]
name = "VEHICLE"
category = "other"
ar = "مركبة"
en = "Vehicle"
color = "#123456"
description = "A vehicle: دبابة، مسيّرة."
'''


def schema_file(folder: Path, version: int, extra: str = "") -> Path:
    text = default_schema_path().read_text(encoding="utf-8")
    path = folder / f"v{version}.toml"
    path.write_text(text.replace("version = 1", f"version = {version}", 1) + extra,
                    encoding="utf-8")
    return path


def test_an_admin_switches_the_team_schema_and_members_take_it(project, tmp_path,  # noqa: F811
                                                               clock, cli):
    team = project
    lead = team.url("lead")
    done = cli("schema", "--set", schema_file(tmp_path, 2, VEHICLE), "--server", lead)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("team schema is now default v2; members get it at their "
                                   "next sync")
    assert 'name = "VEHICLE"' in cli("schema", "--server", lead).stdout

    amina = Repository.open(tmp_path / "amina.db", user="amina", clock=clock)
    run(team, amina, "amina")
    assert "VEHICLE" in amina.schema().label_names()
    doc = amina.assigned_document_ids("amina")[0]
    span = amina.add_span(doc, "amina", 0, 3, "VEHICLE")
    run(team, amina, "amina")

    # Back to the default without VEHICLE: refused while amina's span needs it.
    v3 = schema_file(tmp_path, 3)
    refused = cli("schema", "--set", v3, "--server", lead)
    assert refused.returncode == 2
    assert refused.stderr.splitlines() == [
        "error: cannot switch schema, existing annotations would be orphaned:",
        "  1 span(s) labelled VEHICLE, which the new schema lacks"]
    assert 'version = 2' in cli("schema", "--server", lead).stdout  # unchanged

    # Only an admin: PostgreSQL refuses an annotator.
    theirs = cli("schema", "--set", v3, "--server", team.url("amina"))
    assert theirs.returncode != 0 and "permission denied" in theirs.stderr

    amina.delete_span(span.id)
    run(team, amina, "amina")
    assert cli("schema", "--set", v3, "--server", lead).returncode == 0
    run(team, amina, "amina")
    assert "VEHICLE" not in amina.schema().label_names()
    assert amina.schema().version == 3
    amina.close()
