"""The team server's schema: versioned migrations, roles, grants and row-level security.

Everything lives in the schema `annotator` of the team's database. Each migration is a
name and its statements, applied once in order and recorded in
`annotator.server_migrations`; a server with a migration this version does not know was
made by a newer annotator and is refused. Add a migration for every change; never edit one.

Rights are PostgreSQL's, not the client's (docs/decisions/0014): three group roles
(annotator_annotator, annotator_reviewer, annotator_admin) hold the table privileges, and
row-level security decides rows from `annotator.members`, the project's own list of who
has which role. Group roles belong to the whole PostgreSQL cluster, so one login can be an
admin of one team project and an annotator of another: the policies ask this database's
members table, never the group roles.
"""

from __future__ import annotations

GROUPS = {"annotator": "annotator_annotator", "reviewer": "annotator_reviewer",
          "admin": "annotator_admin"}
_ALL = ", ".join(GROUPS.values())

_ROLE = "(SELECT annotator.role_of(current_user))"
# Who may read or write a row of a layer (spans, events, statuses) of a document.
_READ_LAYER = (f"{_ROLE} IN ('reviewer', 'admin') OR ({_ROLE} = 'annotator' AND "
               "layer = current_user AND annotator.is_assigned(document_id, current_user))")
_WRITE_LAYER = (f"{_ROLE} = 'admin' OR ({_ROLE} = 'reviewer' AND layer IN ('gold', "
                f"current_user)) OR ({_ROLE} = 'annotator' AND layer = current_user AND "
                "annotator.is_assigned(document_id, current_user))")
_MEMBER = f"{_ROLE} IS NOT NULL"
_ADMIN = f"{_ROLE} = 'admin'"


def _layer_table(name: str) -> list[str]:
    return [
        f"ALTER TABLE annotator.{name} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY read ON annotator.{name} FOR SELECT USING ({_READ_LAYER})",
        f"CREATE POLICY write ON annotator.{name} FOR INSERT WITH CHECK ({_WRITE_LAYER})",
        f"CREATE POLICY change ON annotator.{name} FOR UPDATE USING ({_WRITE_LAYER}) "
        f"WITH CHECK ({_WRITE_LAYER})",
        f"CREATE POLICY remove ON annotator.{name} FOR DELETE USING ({_ADMIN})",
        f"CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.{name} "
        "FOR EACH ROW EXECUTE FUNCTION annotator.stamp()",
        f"CREATE INDEX {name}_txid ON annotator.{name} (txid)",
        f"GRANT SELECT, INSERT, UPDATE ON annotator.{name} TO {_ALL}",
        f"GRANT DELETE ON annotator.{name} TO annotator_admin",
    ]


def _admin_table(name: str, read: str) -> list[str]:
    """A table every member reads (as `read` allows) and only an admin writes."""
    return [
        f"ALTER TABLE annotator.{name} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY read ON annotator.{name} FOR SELECT USING ({read})",
        f"CREATE POLICY admin ON annotator.{name} FOR ALL USING ({_ADMIN}) WITH CHECK ({_ADMIN})",
        f"GRANT SELECT ON annotator.{name} TO {_ALL}",
        f"GRANT INSERT, UPDATE, DELETE ON annotator.{name} TO annotator_admin",
    ]


_INITIAL = [
    # The change sequence: every row carries the id of the transaction that last wrote it
    # (xid8: 64 bits, never wraps). A pull reads rows whose txid is at least its cursor.
    """CREATE FUNCTION annotator.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN NEW.txid := pg_current_xact_id(); RETURN NEW; END $$""",
    """CREATE TABLE annotator.project (
        key text PRIMARY KEY,
        value text NOT NULL
    )""",
    """CREATE TABLE annotator.members (
        name text PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('annotator', 'reviewer', 'admin')),
        added_at timestamptz NOT NULL DEFAULT now(),
        txid xid8 NOT NULL DEFAULT pg_current_xact_id()
    )""",
    """CREATE TABLE annotator.documents (
        id bigserial PRIMARY KEY,
        text_sha256 text NOT NULL UNIQUE,
        external_id text NOT NULL,
        title text NOT NULL,
        text text NOT NULL,
        source text NOT NULL DEFAULT '',
        meta text NOT NULL DEFAULT '{}',
        created_at text NOT NULL,
        txid xid8 NOT NULL
    )""",
    """CREATE TABLE annotator.assignments (
        document_id bigint NOT NULL REFERENCES annotator.documents (id),
        annotator text NOT NULL REFERENCES annotator.members (name),
        assigned_at text NOT NULL,
        txid xid8 NOT NULL,
        PRIMARY KEY (document_id, annotator)
    )""",
    "CREATE INDEX assignments_annotator ON annotator.assignments (annotator, document_id)",
    # A deleted span or event stays as a tombstone (deleted = true), so the deletion
    # travels through the change sequence like any edit. updated_at: when this version
    # was made (for a tombstone, when it was deleted); the newer one wins (core/sync.py).
    """CREATE TABLE annotator.spans (
        uid text PRIMARY KEY,
        document_id bigint NOT NULL REFERENCES annotator.documents (id),
        layer text NOT NULL,
        start integer NOT NULL,
        "end" integer NOT NULL,
        label text NOT NULL,
        text text NOT NULL,
        origin text NOT NULL,
        created_at text NOT NULL,
        updated_at text NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        provenance text,
        txid xid8 NOT NULL,
        CHECK (start >= 0 AND "end" > start AND char_length(text) = "end" - start)
    )""",
    "CREATE INDEX spans_document ON annotator.spans (document_id, layer)",
    """CREATE TABLE annotator.events (
        uid text PRIMARY KEY,
        document_id bigint NOT NULL REFERENCES annotator.documents (id),
        layer text NOT NULL,
        type text NOT NULL,
        trigger_uid text NOT NULL,
        attributes text NOT NULL DEFAULT '{}',
        arguments text NOT NULL DEFAULT '[]',
        created_at text NOT NULL,
        updated_at text NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        provenance text,
        txid xid8 NOT NULL
    )""",
    "CREATE INDEX events_document ON annotator.events (document_id, layer)",
    """CREATE TABLE annotator.statuses (
        document_id bigint NOT NULL REFERENCES annotator.documents (id),
        layer text NOT NULL,
        status text NOT NULL CHECK (status IN ('new', 'in_progress', 'done', 'skipped')),
        seconds double precision NOT NULL DEFAULT 0,
        updated_at text NOT NULL,
        txid xid8 NOT NULL,
        PRIMARY KEY (document_id, layer)
    )""",
    # An edit that lost to a newer one elsewhere: what was kept and what was not.
    """CREATE TABLE annotator.conflicts (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        document_id bigint REFERENCES annotator.documents (id),
        layer text NOT NULL,
        entity text NOT NULL,
        uid text NOT NULL,
        kept text NOT NULL,
        rejected text NOT NULL,
        by text NOT NULL DEFAULT current_user
    )""",
    # Helpers of the policies. SECURITY DEFINER: they read members and assignments as the
    # owner, without those tables' own policies (no recursion); the caller is passed in.
    """CREATE FUNCTION annotator.role_of(who text) RETURNS text LANGUAGE sql STABLE
       SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
       $$ SELECT role FROM annotator.members WHERE name = who $$""",
    """CREATE FUNCTION annotator.is_assigned(doc bigint, who text) RETURNS boolean
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
       $$ SELECT EXISTS (SELECT 1 FROM annotator.assignments
                         WHERE document_id = doc AND annotator = who) $$""",
    "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA annotator FROM PUBLIC",
    f"GRANT EXECUTE ON FUNCTION annotator.role_of(text), "
    f"annotator.is_assigned(bigint, text) TO {_ALL}",
    f"GRANT USAGE ON SCHEMA annotator TO {_ALL}",
    f"GRANT SELECT ON annotator.server_migrations TO {_ALL}",
    *_admin_table("project", _MEMBER),
    *_admin_table("members", _MEMBER),
    *_admin_table("documents", f"{_ROLE} IN ('reviewer', 'admin') OR "
                               "annotator.is_assigned(id, current_user)"),
    "CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.documents "
    "FOR EACH ROW EXECUTE FUNCTION annotator.stamp()",
    "CREATE INDEX documents_txid ON annotator.documents (txid)",
    "GRANT USAGE ON SEQUENCE annotator.documents_id_seq TO annotator_admin",
    *_admin_table("assignments", f"{_ROLE} IN ('reviewer', 'admin') OR "
                                 f"({_MEMBER} AND annotator = current_user)"),
    "CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.assignments "
    "FOR EACH ROW EXECUTE FUNCTION annotator.stamp()",
    "CREATE INDEX assignments_txid ON annotator.assignments (txid)",
    "CREATE TRIGGER stamp BEFORE UPDATE ON annotator.members "
    "FOR EACH ROW EXECUTE FUNCTION annotator.stamp()",
    *_layer_table("spans"),
    *_layer_table("events"),
    *_layer_table("statuses"),
    "ALTER TABLE annotator.conflicts ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY read ON annotator.conflicts FOR SELECT USING ({_ROLE} IN "
    "('reviewer', 'admin') OR layer = current_user)",
    f"CREATE POLICY write ON annotator.conflicts FOR INSERT WITH CHECK ({_MEMBER} AND "
    "by = current_user)",
    f"GRANT SELECT, INSERT ON annotator.conflicts TO {_ALL}",
    f"GRANT USAGE ON SEQUENCE annotator.conflicts_id_seq TO {_ALL}",
]

_REVIEWERS = f"{_ROLE} IN ('reviewer', 'admin')"

# A reviewer's decisions on candidates (the local review_decisions), so a reviewer on two
# machines, or two reviewers, see the same decided and open disagreements. One row per
# (document, kind, key); a withdrawn decision (an undo) stays as decision NULL, so it
# travels like a deletion. Only reviewers and admins read or write them.
_DECISIONS = [
    """CREATE TABLE annotator.decisions (
        document_id bigint NOT NULL REFERENCES annotator.documents (id),
        entity text NOT NULL CHECK (entity IN ('span', 'event')),
        key text NOT NULL,
        decision text CHECK (decision IN ('accepted', 'rejected')),
        decided_by text NOT NULL,
        updated_at text NOT NULL,
        txid xid8 NOT NULL,
        PRIMARY KEY (document_id, entity, key)
    )""",
    "ALTER TABLE annotator.decisions ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY read ON annotator.decisions FOR SELECT USING ({_REVIEWERS})",
    f"CREATE POLICY write ON annotator.decisions FOR INSERT WITH CHECK ({_REVIEWERS})",
    f"CREATE POLICY change ON annotator.decisions FOR UPDATE USING ({_REVIEWERS}) "
    f"WITH CHECK ({_REVIEWERS})",
    f"CREATE POLICY remove ON annotator.decisions FOR DELETE USING ({_ADMIN})",
    "CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.decisions "
    "FOR EACH ROW EXECUTE FUNCTION annotator.stamp()",
    "CREATE INDEX decisions_txid ON annotator.decisions (txid)",
    f"GRANT SELECT ON annotator.decisions TO {_ALL}",
    "GRANT INSERT, UPDATE ON annotator.decisions TO annotator_reviewer, annotator_admin",
    "GRANT DELETE ON annotator.decisions TO annotator_admin",
]



def _assigned(table: str, column: str = "document_id") -> str:
    """The row's document is assigned to the current user: an index probe of assignments
    (under its own row security: an annotator sees their own), planned with the query,
    instead of a SECURITY DEFINER function called per row (with its search_path set on
    each call). At 100,000 documents an annotator's first pull read the documents table
    in 1.25 s with the function and in 0.19 s with this (tests/bench/bench_team.py)."""
    return (f"EXISTS (SELECT 1 FROM annotator.assignments a WHERE a.document_id = "
            f"{table}.{column} AND a.annotator = current_user)")


def _layer_read(name: str) -> str:
    """Who reads a row of a layer of a document: reviewers and admins; an annotator their
    own layer of the documents assigned to them."""
    return (f"{_ROLE} IN ('reviewer', 'admin') OR ({_ROLE} = 'annotator' AND "
            f"layer = current_user AND {_assigned(name)})")


def _layer_write(name: str) -> str:
    """Who writes one: an admin any; a reviewer gold and their own layer; an annotator
    their own layer of the documents assigned to them."""
    return (f"{_ROLE} = 'admin' OR ({_ROLE} = 'reviewer' AND layer IN ('gold', "
            f"current_user)) OR ({_ROLE} = 'annotator' AND layer = current_user AND "
            f"{_assigned(name)})")


def _layer_policies(name: str) -> list[str]:
    read, write = _layer_read(name), _layer_write(name)
    return [
        f"ALTER POLICY read ON annotator.{name} USING ({read})",
        f"ALTER POLICY write ON annotator.{name} WITH CHECK ({write})",
        f"ALTER POLICY change ON annotator.{name} USING ({write}) WITH CHECK ({write})",
    ]


# The same rights, decided faster on a large project (decision 0014, "Scale").
_AT_SCALE = [
    *_layer_policies("spans"),
    *_layer_policies("events"),
    *_layer_policies("statuses"),
    f"ALTER POLICY read ON annotator.documents USING ({_ROLE} IN ('reviewer', 'admin') "
    f"OR {_assigned('documents', 'id')})",
]

# Document labels (the schema's document fields, local m009) and how a suggested span
# was made (local m008's origin_detail), so both travel as spans do. A document label is
# one row per (document, layer, field); a cleared field stays as value NULL, so the
# clearing travels like a deletion. Rights as for spans: an annotator their own layer of
# their documents, a reviewer gold, an admin any.
_DOC_LABELS = [
    "ALTER TABLE annotator.spans ADD COLUMN origin_detail text NOT NULL DEFAULT ''",
    """CREATE TABLE annotator.doc_labels (
        document_id bigint NOT NULL REFERENCES annotator.documents (id),
        layer text NOT NULL,
        field text NOT NULL,
        value text,
        updated_by text NOT NULL,
        updated_at text NOT NULL,
        txid xid8 NOT NULL,
        PRIMARY KEY (document_id, layer, field)
    )""",
    "ALTER TABLE annotator.doc_labels ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY read ON annotator.doc_labels FOR SELECT USING ({_layer_read('doc_labels')})",
    "CREATE POLICY write ON annotator.doc_labels FOR INSERT WITH CHECK "
    f"({_layer_write('doc_labels')})",
    f"CREATE POLICY change ON annotator.doc_labels FOR UPDATE USING "
    f"({_layer_write('doc_labels')}) WITH CHECK ({_layer_write('doc_labels')})",
    f"CREATE POLICY remove ON annotator.doc_labels FOR DELETE USING ({_ADMIN})",
    "CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.doc_labels "
    "FOR EACH ROW EXECUTE FUNCTION annotator.stamp()",
    "CREATE INDEX doc_labels_txid ON annotator.doc_labels (txid)",
    f"GRANT SELECT, INSERT, UPDATE ON annotator.doc_labels TO {_ALL}",
    "GRANT DELETE ON annotator.doc_labels TO annotator_admin",
]

# The team's name lists for suggestions (local gazetteer_entries of an imported list):
# one row per list, its entries as JSON [[name, label], ...] in file order; a removed
# list stays as deleted, so the removal travels. Every member reads them; an admin
# writes them (annotator gazetteer import FILE --server URL).
_GAZETTEERS = [
    """CREATE TABLE annotator.gazetteers (
        source text PRIMARY KEY,
        entries text NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        updated_at text NOT NULL,
        txid xid8 NOT NULL
    )""",
    *_admin_table("gazetteers", _MEMBER),
    "CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.gazetteers "
    "FOR EACH ROW EXECUTE FUNCTION annotator.stamp()",
]

# (name, statements), in order. Never edit an applied one: add the next.
MIGRATIONS: list[tuple[str, list[str]]] = [
    ("s001_initial", _INITIAL),
    ("s002_review_decisions", _DECISIONS),
    ("s003_policies_at_scale", _AT_SCALE),
    ("s004_document_labels", _DOC_LABELS),
    ("s005_gazetteers", _GAZETTEERS),
]

# Run before any migration (idempotent): the schema, the bookkeeping table, the groups.
BOOTSTRAP = [
    "CREATE SCHEMA IF NOT EXISTS annotator",
    "REVOKE ALL ON SCHEMA annotator FROM PUBLIC",
    """CREATE TABLE IF NOT EXISTS annotator.server_migrations (
        name text PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
    )""",
    *(f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN
                CREATE ROLE {group} NOLOGIN;
            END IF;
          END $$""" for group in GROUPS.values()),
]


def known() -> list[str]:
    return [name for name, _ in MIGRATIONS]
