"""Planning who annotates which document: balanced, N distinct each, reproducible."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from annotator.core.assignment import plan_assignment
from annotator.core.errors import UserError

DOCS = list(range(1, 38))  # 37 documents: 74 assignments do not split evenly over 3


def by_document(plan: list[tuple[int, str]]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for doc, user in plan:
        out[doc].append(user)
    return out


@pytest.mark.parametrize(("users", "n"), [(["a", "b", "c"], 2), (["a", "b", "c", "d", "e"], 3),
                                          (["a", "b"], 1), (["a", "b", "c", "d"], 4)])
def test_every_document_gets_n_distinct_users_and_loads_differ_by_at_most_one(
        users: list[str], n: int) -> None:
    plan = plan_assignment(DOCS, users, n, seed=3)
    docs = by_document(plan)
    assert sorted(docs) == DOCS
    assert all(len(set(u)) == len(u) == n for u in docs.values())
    loads = Counter(user for _, user in plan)
    assert set(loads) == set(users)
    assert max(loads.values()) - min(loads.values()) <= 1


def test_same_seed_same_plan_other_seed_other_pairs() -> None:
    users = ["a", "b", "c", "d"]
    first = plan_assignment(DOCS, users, 2, seed=11)
    assert plan_assignment(DOCS, users, 2, seed=11) == first
    assert plan_assignment(DOCS, users, 2, seed=12) != first
    # The random tie-break mixes the teams: every pair of users shares documents.
    teams = {tuple(sorted(u)) for u in by_document(first).values()}
    assert len(teams) == 6


def test_existing_assignments_are_kept_and_topped_up() -> None:
    existing = {1: {"a"}, 2: {"a", "b"}, 3: {"zoe"}, 4: {"a", "b", "c"}}
    plan = plan_assignment([1, 2, 3, 4, 5], ["a", "b", "c"], 2, seed=1, existing=existing)
    docs = by_document(plan)
    assert 2 not in docs and 4 not in docs  # already have enough; none taken away
    assert len(docs[1]) == 1 and "a" not in docs[1]
    assert len(docs[3]) == 1  # zoe counts towards the two
    assert len(docs[5]) == 2
    # Loads before: a 3, b 2, c 1; the 4 new assignments go to the lightest loads first,
    # which evens the 10 out to 4, 3, 3.
    loads = Counter({"a": 3, "b": 2, "c": 1}) + Counter(u for _, u in plan)
    assert max(loads.values()) - min(loads.values()) <= 1


@pytest.mark.parametrize(("users", "n", "message"), [
    (["a", "b"], 3, "needs at least 3 users"),
    (["a", "", "b"], 1, "cannot be empty"),
    ([" "], 1, "cannot be empty"),
    (["a", "b", "a"], 2, "more than once: a"),
    (["a", "gold"], 1, "adjudicated layer"),
    (["a", "b"], 0, "at least 1"),
])
def test_bad_requests_are_user_errors(users: list[str], n: int, message: str) -> None:
    with pytest.raises(UserError, match=message):
        plan_assignment(DOCS, users, n)
