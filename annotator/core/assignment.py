"""Which annotator gets which document: a balanced, reproducible plan (no SQL).

The plan tops every document up to `per_document` distinct annotators. Documents are
taken in the order given; each one goes to the annotators with the lightest load so
far, counting assignments that already exist, so a second run evens out the first.
Ties are broken by a random draw from `seed`, which varies who works with whom (every
pair of annotators gets documents in common, which agreement needs) while the same seed
always gives the same plan.

On a fresh run the loads end up differing by at most one: each document raises the
lightest loads, which keeps every load within one of the others. With existing
assignments that were already uneven, the new ones go to the lightest first, so the
spread shrinks but cannot always reach one.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from annotator.core.errors import UserError
from annotator.core.types import GOLD


def check_users(users: Sequence[str], per_document: int) -> list[str]:
    """The user names stripped, or a UserError that says what is wrong with the request."""
    names = [u.strip() for u in users]
    if not names or any(not n for n in names):
        raise UserError("user names cannot be empty (give them as --users a,b,c)")
    if GOLD in names:
        raise UserError(f"'{GOLD}' is the adjudicated layer, not an annotator")
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise UserError(f"user named more than once: {', '.join(dupes)}")
    if per_document < 1:
        raise UserError("--per-document must be at least 1")
    if per_document > len(names):
        raise UserError(f"--per-document {per_document} needs at least {per_document} users, "
                        f"got {len(names)}")
    return names


def plan_assignment(
    document_ids: Sequence[int], users: Sequence[str], per_document: int,
    seed: int | None = None, existing: Mapping[int, set[str]] | None = None,
) -> list[tuple[int, str]]:
    """New (document id, user) pairs that bring every document to `per_document` annotators.

    `existing` maps a document to the annotators it already has (any name, listed in
    `users` or not); they count towards `per_document` and are never replaced.
    """
    names = check_users(users, per_document)
    existing = existing or {}
    rng = random.Random(seed)
    load = dict.fromkeys(names, 0)
    for assignees in existing.values():
        for name in assignees:
            if name in load:
                load[name] += 1
    plan: list[tuple[int, str]] = []
    for doc_id in document_ids:
        have = existing.get(doc_id, set())
        missing = per_document - len(have)
        if missing <= 0:
            continue
        free = [n for n in names if n not in have]
        draw = {n: rng.random() for n in free}
        free.sort(key=lambda n: (load[n], draw[n]))
        for name in free[:missing]:
            load[name] += 1
            plan.append((doc_id, name))
    return plan
