"""The team's name lists travel through the server: an admin imports or removes one
(`annotator gazetteer import FILE --server URL`), every member's project takes it at its
next sync, and PostgreSQL refuses anyone else's writes."""

from __future__ import annotations

from psycopg import errors

from annotator.store.repository import Repository
from tests.server.test_rights import refused
from tests.server.test_sync_rules import project, run  # noqa: F401


def test_an_admins_list_reaches_every_member_and_its_removal_too(project, tmp_path,  # noqa: F811
                                                                 clock, cli):
    team = project
    lead, amina_url = team.url("lead"), team.url("amina")
    names = tmp_path / "groups.tsv"
    names.write_text("كتائب حزب الله\tARMED_GROUP\nالحشد الشعبي\tARMED_GROUP\n",
                     encoding="utf-8")
    done = cli("gazetteer", "import", names, "--server", lead)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "groups.tsv: 2 name(s) imported"
    assert cli("gazetteer", "list", "--server", amina_url).stdout == "groups.tsv: 2 name(s)\n"

    amina = Repository.open(tmp_path / "amina.db", user="amina", clock=clock)
    first = run(team, amina, "amina")
    assert amina.parts.gazetteers.sources() == [("groups.tsv", 2)]
    assert "1 name list(s)" in first.line()
    assert run(team, amina, "amina").received.gazetteers == 0  # taken once

    names.write_text("كتائب حزب الله\tARMED_GROUP\nالحشد الشعبي\tARMED_GROUP\n"
                     "البنتاغون\tORG\n", encoding="utf-8")
    assert cli("gazetteer", "import", names, "--server", lead).returncode == 0
    run(team, amina, "amina")
    assert amina.parts.gazetteers.sources() == [("groups.tsv", 3)]

    # Only an admin writes them: the command says so, and PostgreSQL refuses it too.
    theirs = cli("gazetteer", "import", names, "--server", amina_url)
    assert theirs.returncode != 0 and "permission denied" in theirs.stderr
    with team.connect("amina") as conn:
        refused(conn, "INSERT INTO annotator.gazetteers (source, entries, updated_at) "
                      "VALUES ('mine.tsv', '[]', 'now')")
    with team.connect("amina") as conn:
        try:  # refused by the grant, or changes no row (row security)
            changed = conn.execute("UPDATE annotator.gazetteers SET entries = '[]'").rowcount
        except errors.InsufficientPrivilege:
            changed = 0
        assert changed == 0
    assert cli("gazetteer", "list", "--server", lead).stdout == "groups.tsv: 3 name(s)\n"

    gone = cli("gazetteer", "remove", "groups.tsv", "--server", lead)
    assert gone.returncode == 0, gone.stderr
    run(team, amina, "amina")
    assert amina.parts.gazetteers.sources() == []
    missing = cli("gazetteer", "remove", "groups.tsv", "--server", lead)
    assert missing.returncode == 2 and "no list named 'groups.tsv'" in missing.stderr
    amina.close()
