"""The team server: a shared project on PostgreSQL (14 or later) that local projects sync
with. Every PostgreSQL statement of annotator lives in this package (the SQLite ones in
the rest of `annotator.store`); psycopg is imported only by it, and only when a command
uses a server. docs/decisions/0014 has the design.

- connection.py: connecting (credentials the libpq way), versions, one-line errors
- migrations.py: the schema, group roles, grants and row-level security
- admin.py: init, members, schema, documents, assignments, progress
- push.py / pull.py: the two halves of a sync on the server's side
"""
