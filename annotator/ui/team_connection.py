"""Connecting the window to a team server: the credentials it keeps in memory, and the
checks that this project may sync as this user. Used off the GUI thread (by the sync
worker, the connect dialog's test and Team → Progress); no widgets here.

The password is never stored: the project remembers the URL without it (its sync
state); a password given at the prompt stays in memory for the window's life.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import UserError
from annotator.operations.sync import state_problem
from annotator.operations.team import TeamProgress, team_progress
from annotator.store import sync_state
from annotator.store.repository import Repository
from annotator.store.server.connection import ServerError, TeamServer


class PasswordNeeded(ServerError):
    """The server asks for a password and none was given in this window yet."""


@dataclass
class Credentials:
    """The server URL as typed (it may hold a password) and a password given at the
    prompt: in memory only, for this window."""

    url: str = ""
    password: str | None = None

    def prompt(self, _message: str) -> str:
        if self.password is None:
            raise PasswordNeeded("the team server asks for a password")
        return self.password

    def connect(self) -> TeamServer:
        return TeamServer.connect(self.url, self.prompt)


@dataclass(frozen=True)
class Member:
    """Who the server says we are."""

    user: str
    role: str
    project_id: str
    server: str  # the URL without password


def project_problem(repo: Repository, server: TeamServer, user: str) -> str | None:
    """Why this project cannot sync with this server from a window where `user`
    annotates (the layer a sync sends is the server's name for us), or None."""
    problem = state_problem(sync_state.load(repo.db), server)
    if problem:
        return problem
    if server.user != user:
        return (f"the team server knows you as {server.user}, but you annotate here as "
                f"{user}: open the project as {server.user} (annotator --user "
                f"{server.user})")
    return None


def check_connection(credentials: Credentials, db_path: Path, user: str) -> Member:
    """Connect and check that this project may sync as `user` (off the GUI thread)."""
    server = credentials.connect()
    try:
        repo = Repository.open(db_path, user=user)
        try:
            problem = project_problem(repo, server, user)
        finally:
            repo.close()
        if problem:
            raise UserError(problem)
        return Member(server.user, server.role, server.project_id, server.url)
    finally:
        server.close()


def fetch_progress(credentials: Credentials, db_path: Path) -> TeamProgress:
    """Team → Progress: per annotator from the server, agreement from this project."""
    server = credentials.connect()
    try:
        repo = Repository.open(db_path)
        try:
            return team_progress(server, repo)
        finally:
            repo.close()
    finally:
        server.close()
