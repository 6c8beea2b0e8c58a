"""Which documents each annotator is given: the part of the repository for `assign`.

A mixin of Repository (which supplies db, the change log and ensure_layer).
"""

from __future__ import annotations


class AssignmentStore:
    pass
