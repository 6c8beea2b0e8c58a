"""Application operations the command line and the window share.

Each is one function over an open Repository: importing files (importing.py), exporting
a layer (exporting.py), the agreement report (agreement.py). No Qt and no SQL: they
combine core (formats, rules) with the store, report progress through a callback
(annotator.core.progress) and stop when it raises Cancelled. The CLI's subcommands
(annotator/commands) and the window's background jobs call them with the same values.
"""
