"""File → Connect to team server: the server's URL, a test of the connection (who the
server says you are, and your role), and how often the window syncs.

The test and the connection run off the GUI thread (a server that does not answer takes
seconds to fail). When the server asks for a password that the URL, PGPASSWORD,
~/.pgpass or a service file did not give, a password dialog asks for it; it is kept in
memory for this window and never stored. Connect is accepted only after a successful
test of the URL shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.team_connection import Credentials, Member, PasswordNeeded, check_connection
from annotator.ui.thread_task import ThreadTask, run_task


class ConnectDialog(QDialog):
    """`url()`, `password` and `seconds()` once accepted."""

    def __init__(self, parent: QWidget | None, db_path: Path, user: str, url: str,
                 seconds: int) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to team server"))
        self.db_path, self.user = db_path, user
        self.password: str | None = None
        self.member: Member | None = None
        self.tested_url = ""
        self.accept_after_test = False
        self.task: ThreadTask | None = None
        self.password_dialog: QInputDialog | None = None

        intro = QLabel(self.tr(
            "The team server's PostgreSQL URL, e.g. "
            "postgresql://you@db.example/team?sslmode=require (or service=team). "
            "The password is never stored: give it when the server asks, or keep it in "
            "~/.pgpass."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.url_edit = QLineEdit(url)
        self.url_edit.setObjectName("serverUrl")
        self.url_edit.setPlaceholderText("postgresql://you@db.example/team")
        self.url_edit.textChanged.connect(self._url_changed)
        self.seconds_box = QSpinBox()
        self.seconds_box.setObjectName("syncSeconds")
        self.seconds_box.setRange(1, 3600)
        self.seconds_box.setValue(seconds)
        self.seconds_box.setSuffix(self.tr(" s"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test)
        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Server URL:"), self.url_edit)
        form.addRow(self.tr("Sync every:"), self.seconds_box)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result_label, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def url(self) -> str:
        return self.url_edit.text().strip()

    def seconds(self) -> int:
        return self.seconds_box.value()

    def _url_changed(self) -> None:
        self.member = None
        self.result_label.clear()

    # ------------------------------------------------------------------- test
    def test(self) -> None:
        """Connect off the GUI thread; the result shows who the server says we are."""
        url = self.url()
        if not url:
            self.result_label.setText(self.tr("Give the server's URL first."))
            self.accept_after_test = False
            return
        if self.task is not None:
            return
        self._busy(True)
        self.result_label.setText(self.tr("Connecting…"))
        credentials = Credentials(url, self.password)
        self.task = run_task(lambda: check_connection(credentials, self.db_path, self.user),
                             lambda ok, value: self._tested(url, ok, value))

    def _tested(self, url: str, ok: bool, value: object) -> None:
        self.task = None
        self._busy(False)
        if not ok:
            self.member = None
            if isinstance(value, PasswordNeeded):
                self.result_label.setText(self.tr("The server asks for a password."))
                self.ask_password()
                return
            if "wrong password" in str(value):
                self.password = None
            self.accept_after_test = False
            self.result_label.setText(str(value))
            return
        assert isinstance(value, Member)
        self.member, self.tested_url = value, url
        self.result_label.setText(self.tr("Connected: you are {0} ({1}) in team project {2}.")
                            .format(value.user, value.role, value.project_id[:8]))
        if self.accept_after_test:
            self.accept()

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)

    def ask_password(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName("passwordDialog")
        dialog.setWindowTitle(self.tr("Team server password"))
        dialog.setLabelText(self.tr("Password for the team server:"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(self._password_given)
        dialog.rejected.connect(lambda: setattr(self, "accept_after_test", False))
        dialog.open()
        self.password_dialog = dialog
        return dialog

    def _password_given(self, password: str) -> None:
        self.password = password
        self.test()

    # ----------------------------------------------------------------- accept
    def accept(self) -> None:
        """Connect: accepted once the URL shown has been tested successfully."""
        if self.member is not None and self.tested_url == self.url():
            super().accept()
            return
        self.accept_after_test = True
        self.test()
