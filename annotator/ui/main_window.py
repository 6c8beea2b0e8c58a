"""The annotation window: document list, right-to-left text, palette, span table.

An assembly of parts: the Session owns the open document (`core.document_state`) and
publishes one Change per action; the views observe the document and the controllers
(edits, events, review, compare, Team menu) get the session and the few callables
they need. It holds no SQL and no text logic of its own.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.changes import Change
from annotator.core.document_state import OpenDocument
from annotator.core.errors import UserError
from annotator.core.schema import load_schema, reserved_key_clashes
from annotator.core.span_index import SpanIndex
from annotator.core.types import Status
from annotator.operations.importing import import_files
from annotator.store.repository import Repository
from annotator.ui.actions import create_actions, create_suggestion_actions
from annotator.ui.bidi import LRM, isolate
from annotator.ui.dialogs.export_dialog import ExportDialog, ExportRequest, ExportRun
from annotator.ui.dialogs.import_dialog import ImportDialog, ImportRequest
from annotator.ui.dialogs.schema_editor import SchemaEditorDialog
from annotator.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from annotator.ui.dialogs.team_menu import TeamMenu
from annotator.ui.doc_labels_controller import DocLabelsController
from annotator.ui.edit_controller import EditController
from annotator.ui.event_controller import EventController
from annotator.ui.find_bar import FindBar
from annotator.ui.i18n import language_menu
from annotator.ui.i18n.core_messages import core_message
from annotator.ui.i18n.messages import change_message, status_name, store_message
from annotator.ui.models.document_model import (
    REVIEW_COLUMN,
    STATUS_COLUMN,
    STATUS_ROLE,
    DocumentListModel,
)
from annotator.ui.models.span_model import SpanTableModel
from annotator.ui.names import shown_labels
from annotator.ui.review.compare import CompareController
from annotator.ui.review.controller import ReviewController
from annotator.ui.search_indexer import SearchIndexer
from annotator.ui.session import Session
from annotator.ui.suggestion_controller import SuggestionController
from annotator.ui.suggestion_project import SuggestionProject
from annotator.ui.team_sync import TeamSync
from annotator.ui.text_view import TextView
from annotator.ui.widgets.doc_labels_panel import DocumentLabelsPanel
from annotator.ui.widgets.document_panel import DocumentPanel
from annotator.ui.widgets.event_panel import EventPanel
from annotator.ui.widgets.find_panel import FindPanel
from annotator.ui.widgets.guidelines import GuidelinesPanel, guidelines_html
from annotator.ui.widgets.label_palette import LabelPalette
from annotator.ui.widgets.span_table import SpanTable
from annotator.ui.widgets.sync_indicator import SyncIndicator
from annotator.ui.workers import BackgroundJob

DEFAULT_FONT_SIZE = 16.0
MAX_SECONDS_PER_VISIT = 30 * 60


class MainWindow(QMainWindow):
    languageChosen = Signal(str)  # View → Language (ui/app.py switches)

    def __init__(self, repo: Repository, db_path: Path, user: str, font_family: str = "") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.repo = repo
        self.db_path = db_path
        self.session = Session(repo, user)
        self.session.setParent(self)
        self.document: OpenDocument = self.session.document
        self.schema = repo.schema()
        self._generation = 0  # counts documents opened: deferred view updates check it
        self.visit = QElapsedTimer()
        self.jobs: list[BackgroundJob] = []
        self.settings = QSettings("annotator", "annotator")
        self.setWindowTitle(f"annotator — {db_path.name} — {user}")
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        self.text_view = TextView()
        self.text_view.setAcceptDrops(False)
        if font_family:
            font = QFont(self.text_view.font())
            font.setFamilies([font_family, "DejaVu Sans", "Noto Sans"])
            self.text_view.setFont(font)
        all_labels = self.schema.all_labels
        self.text_view.set_labels(
            {lb.name: lb.color for lb in all_labels},
            {lb.hotkey: lb.name for lb in all_labels if lb.hotkey},
        )
        size = float(str(self.settings.value("view/fontSize", DEFAULT_FONT_SIZE)))
        self.text_view.set_font_size(size)

        self.empty_page = self._empty_page()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.text_view)
        self.setCentralWidget(self.stack)

        self.doc_model = DocumentListModel(repo, self.session.layer, load=False)
        self.doc_panel = DocumentPanel(self.doc_model)
        self.span_model = SpanTableModel()
        self.span_model.colors = {lb.name: lb.color for lb in self.schema.all_labels}
        self.span_model.label_names[:] = [lb.name for lb in self.schema.labels]
        self.span_model.shown_labels = shown_labels(self.schema.all_labels)
        self.span_table = SpanTable(self.span_model)
        self.palette_widget = LabelPalette(all_labels)
        self.guidelines = GuidelinesPanel(self.schema)
        self.event_panel = EventPanel(self.schema)
        self.find_panel = FindPanel(repo.find_in_project)
        self.doc_labels_panel = DocumentLabelsPanel(self.schema)
        self._docks()
        self._find_dock()
        # The window's own views first: the controllers' observers find them filled.
        self.document.opened.connect(self._document_opened)
        self.document.subscribe(self._document_changed)
        self.document.selection.connect(self._selection_changed)
        self.events = EventController(self.session, self.event_panel, self.text_view,
                                      self.show_message,
                                      lambda span: self.edits.delete_span(span), self)

        self.span_info = QLabel()
        self.span_info.setObjectName("spanInfo")
        self.span_info.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_label = QLabel(self.tr("✓ All changes saved"))
        self.saved_label.setObjectName("savedIndicator")
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.span_info, 1)
        self.statusBar().addPermanentWidget(self.saved_label)

        self.menu_actions = create_actions(self)
        self.edits = EditController(self.session, self.text_view, self.events,
                                    self.show_message, self.menu_actions.auto_trim.isChecked, self)
        self.review = ReviewController(self.session, self.menu_actions, self.text_view,
                                       self.stack.setCurrentWidget, self.open_document,
                                       self.show_message, self)
        self.stack.addWidget(self.review.view)
        self.review.view.text.setFont(QFont(self.text_view.font()))
        self.compare = CompareController(self.session, self.text_view,
                                         self.menu_actions.compare_layer, self.show_message, self)
        self.doc_labels = DocLabelsController(self.session, self.doc_labels_panel, self)
        self.find_bar = FindBar(lambda: self.review.view.text if self.review.active
                                else self.text_view, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.find_bar)
        self.suggestion_actions = create_suggestion_actions(self)
        self.suggestions = SuggestionController(
            self.session, self.text_view, self.suggestion_actions,
            self.menu_actions.review_mode, self.show_message, self.run_job, self)
        self.suggest_project = SuggestionProject(
            self.session, db_path, self.suggestion_actions, self.suggestions, self.doc_model,
            self.statusBar(), self.show_message, self)
        self._wire()
        self._menus()
        self.team = TeamMenu(self, self.menuBar().addMenu(self.tr("&Team")), self.session,
                             self.run_job)
        self._team_server()
        self._warn_reserved_keys()
        # New documents wait in the search index's queue; index them in the background.
        self.search_indexer = SearchIndexer(db_path, user, self)
        self.search_indexer.left.connect(self.find_panel.set_indexing)
        self.search_indexer.titles.connect(repo.parts.search.adopt)
        QTimer.singleShot(0, self, self.search_indexer.start)
        geometry = self.settings.value("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        state = self.settings.value(self._state_key())
        if state:
            self.restoreState(state)
        self.refresh_documents()
        # What exists now (modules, widgets, their wrappers) lives as long as the window:
        # keep it out of Python's full collections, which otherwise walked it all in the
        # middle of a page step (50 ms; docs/decisions/0006, window at scale).
        gc.collect()
        gc.freeze()

    def _team_server(self) -> None:
        """The team server: File → Connect, the status bar's indicator, a background sync
        (ui/team_sync.py) and Team → Progress."""
        self.sync_indicator = SyncIndicator()
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.team_sync = TeamSync(
            self, self.session, self.db_path, self.sync_indicator,
            lambda: self.review.active or self.menu_actions.compare_layer.isChecked(),
            self.text_view)
        self.menu_actions.connect_server.triggered.connect(self.team_sync.connect_dialog)
        self.team.team_sync = self.team_sync

    def _warn_reserved_keys(self) -> None:
        """A project made before schemas were checked may give a label one of the
        program's keys: say so (the key does the program's action) instead of hiding it."""
        clashes = reserved_key_clashes(self.schema)
        if not clashes:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Label schema"), self.tr(
            "The project's label schema gives labels keys the program uses itself; those "
            "keys do the program's action, not the label. Switch to a schema with other "
            "keys (File → Switch label schema).") + "\n\n" + "\n".join(clashes),
            QMessageBox.StandardButton.Ok, self)
        box.setObjectName("reservedKeysWarning")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ------------------------------------------------------------------ layout
    def _empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        hint = QLabel(self.tr("This project has no documents yet.\n\n"
                              "Import .txt files, folders or JSONL (File → Import, Ctrl+O),\n"
                              "or drop files and folders on this window."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setObjectName("emptyHint")
        button = QPushButton(self.tr("Import files…"))
        button.setObjectName("emptyImportButton")
        button.clicked.connect(self.import_dialog)
        layout.addWidget(hint)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return page

    def _dock(self, title: str, name: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _tab(self, title: str, name: str, widget: QWidget, beside: QDockWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.tabifyDockWidget(beside, dock)
        beside.raise_()
        return dock

    def _state_key(self) -> str:
        """Docks are kept per direction: a layout arranged in English must not undo the
        Arabic window's mirrored one."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return "window/state-rtl" if rtl else "window/state"

    def _docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # QMainWindow does not mirror its dock areas; the documents go to the right,
            # where a right-to-left reader starts.
            left, right = right, left
        self.doc_dock = self._dock(self.tr("Documents"), "documentsDock", self.doc_panel, left)
        self.palette_dock = self._dock(self.tr("Labels"), "labelsDock", self.palette_widget, right)
        self.span_dock = self._dock(self.tr("Spans"), "spansDock", self.span_table, right)
        # Spans and Events are stacked, not tabbed: tabifying them left a stale second
        # tab bar on screen (Qt 6.11).
        self.guide_dock = self._tab(self.tr("Guidelines"), "guidelinesDock", self.guidelines,
                                    self.palette_dock)
        self.event_dock = self._dock(self.tr("Events"), "eventsDock", self.event_panel, right)
        self.doc_labels_dock = self._dock(self.tr("Document"), "documentLabelsDock",
                                          self.doc_labels_panel, left)
        # Wide enough for a title of a few words beside Status and Spans (the labels need less).
        self.resizeDocks([self.doc_dock, self.palette_dock], [340, 280], Qt.Orientation.Horizontal)

    def _find_dock(self) -> None:
        """Edit → Find in project: a dock under the text, hidden until asked for."""
        self.find_dock = self._dock(self.tr("Find in project"), "findInProjectDock",
                                    self.find_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.find_dock.hide()

    def _menus(self) -> None:
        a = self.menu_actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a.import_, a.export, a.switch_schema])
        file_menu.addSeparator()
        file_menu.addAction(a.connect_server)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([a.undo, a.redo])
        edit.addSeparator()
        edit.addActions([a.delete_span, a.restore_deleted, a.trim, a.add_argument])
        boundary = edit.addMenu(self.tr("Span &boundary"))
        boundary.setObjectName("boundaryMenu")
        boundary.addActions([action for action, *_ in a.boundary_actions()])
        edit.addSeparator()
        edit.addActions([a.find, a.find_next, a.find_previous, a.find_in_project])
        edit.addSeparator()
        edit.addActions([a.snap, a.auto_trim])
        edit.addSeparator()
        edit.addAction(a.edit_schema)
        doc = bar.addMenu(self.tr("&Document"))
        doc.addActions([a.previous_document, a.next_document, a.mark_done, a.skip])
        doc.addSeparator()
        doc.addAction(a.doc_labels)
        view = bar.addMenu(self.tr("&View"))
        view.addActions([a.zoom_in, a.zoom_out])
        view.addMenu(self.compare.menu)
        view.addMenu(language_menu(self, self.languageChosen.emit))
        view.addSeparator()
        for dock in (self.doc_dock, self.palette_dock, self.guide_dock, self.span_dock,
                     self.event_dock, self.doc_labels_dock, self.find_dock):
            view.addAction(dock.toggleViewAction())
        review = bar.addMenu(self.tr("&Review"))
        review.setObjectName("reviewMenu")
        review.addActions([a.review_mode, a.accept_unanimous])
        review.addSeparator()
        review.addActions([a.next_disagreement, a.previous_disagreement, a.accept_candidate,
                           a.accept_also, a.reject_candidate, a.edit_boundary])
        self._suggestion_menus(view)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(a.keyboard_shortcuts)

    def _suggestion_menus(self, view: QMenu) -> None:
        """View → Show suggestions, and the Suggestions menu."""
        s = self.suggestion_actions
        view.addSeparator()
        view.addAction(s.show)
        menu = self.menuBar().addMenu(self.tr("S&uggestions"))
        menu.setObjectName("suggestionsMenu")
        menu.addActions([s.label_all])
        menu.addSeparator()
        menu.addActions([s.next, s.previous, s.accept, s.reject, s.accept_all])
        menu.addSeparator()
        menu.addActions([s.least_certain_first, s.train, s.cancel_training,
                         s.import_gazetteer, s.settings])

    def _wire(self) -> None:
        a, s = self.menu_actions, self.session
        a.undo.triggered.connect(s.undo_stack.undo)
        a.redo.triggered.connect(s.undo_stack.redo)
        s.undo_stack.canUndoChanged.connect(a.undo.setEnabled)
        s.undo_stack.canRedoChanged.connect(a.redo.setEnabled)
        s.undo_stack.undoTextChanged.connect(self._undo_text)
        s.undo_stack.redoTextChanged.connect(self._redo_text)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        e = self.edits
        a.delete_span.triggered.connect(self._delete_key)
        a.restore_deleted.triggered.connect(e.restore_deleted_dialog)
        a.trim.triggered.connect(e.trim_selected_span)
        a.add_argument.triggered.connect(e.role_menu_at_span)
        self.text_view.contextMenuRequestedAt.connect(e.role_menu_at)
        a.snap.setChecked(True)
        a.snap.toggled.connect(lambda on: setattr(self.text_view, "snap", on))
        a.auto_trim.setChecked(self.repo.setting("auto_trim") == "1")
        a.auto_trim.toggled.connect(lambda on: self.repo.set_setting("auto_trim", "1" if on
                                                                     else "0"))
        a.next_document.triggered.connect(lambda: self.step_document(1))
        a.previous_document.triggered.connect(lambda: self.step_document(-1))
        a.mark_done.triggered.connect(self.mark_done)
        a.skip.triggered.connect(self.skip_document)
        a.import_.triggered.connect(self.import_dialog)
        a.export.triggered.connect(self.export_dialog)
        a.switch_schema.triggered.connect(self.switch_schema_dialog)
        a.zoom_in.triggered.connect(lambda: self.zoom(1.0))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1.0))
        a.quit.triggered.connect(self.close)
        a.find_in_project.triggered.connect(self.find_in_project)
        self.find_panel.hitActivated.connect(self.show_hit)
        s.changed.connect(self._changed)
        self.text_view.labelKeyPressed.connect(self.apply_label)
        self.text_view.spanSelected.connect(self.document.select)
        self.palette_widget.labelChosen.connect(self.apply_label)
        self.doc_panel.documentActivated.connect(self.open_document)
        self.span_table.selectionModel().currentRowChanged.connect(self._span_row_chosen)
        self.span_model.relabelRequested.connect(e.relabel_from_table)
        self._wire_issue16()

    def _wire_issue16(self) -> None:
        """Boundary keys and edge drags, Find, the Document panel, the schema editor."""
        a, e = self.menu_actions, self.edits
        for action, edge, direction, unit in a.boundary_actions():
            action.triggered.connect(
                lambda _=False, x=(edge, direction, unit): e.move_selected_edge(*x))
        self.text_view.edgeDragged.connect(e.move_span_to)
        self.text_view.edgeDragging.connect(self._show_dragged_edge)
        a.find.triggered.connect(self.find_bar.open_bar)
        a.find_next.triggered.connect(lambda: self.find_bar.step(1))
        a.find_previous.triggered.connect(lambda: self.find_bar.step(-1))
        self.document.opened.connect(lambda _doc: self.find_bar.search())
        a.doc_labels.triggered.connect(self.focus_doc_labels)
        self.doc_labels_panel.leaveRequested.connect(self.text_view.setFocus)
        a.review_mode.toggled.connect(self.doc_labels.set_review)
        a.review_mode.toggled.connect(self._boundary_keys_on)
        a.review_mode.toggled.connect(lambda _on: self.find_bar.search())
        a.edit_schema.triggered.connect(self.schema_editor)
        a.keyboard_shortcuts.triggered.connect(self.keyboard_shortcuts)

    def _boundary_keys_on(self, review: bool) -> None:
        """Boundary keys edit the user's own layer: off in review mode."""
        for action, *_ in self.menu_actions.boundary_actions():
            action.setEnabled(not review)

    def focus_doc_labels(self) -> None:
        """Ctrl+D: the Document panel takes the keys (a value's key sets it)."""
        self.doc_labels_dock.show()
        self.doc_labels_dock.raise_()
        self.doc_labels_panel.setFocus()

    def _show_dragged_edge(self, _span_id: int, start: int, end: int) -> None:
        """While an edge is dragged: the exact text and offsets it would have."""
        text = self.document.text[start:end]
        self.span_info.setText(f"{LRM}«{isolate(text)}»  [{start}, {end})  "
                               + self.tr("{0} characters").format(end - start))

    def keyboard_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.menuBar(), self.repo.schema(), self)
        dialog.show()
        return dialog

    def schema_editor(self) -> SchemaEditorDialog:
        """Edit → Label schema: saved as a new version, one undo step."""
        dialog = SchemaEditorDialog(self.repo.schema(), self.repo.label_usage(),
                                    self.repo.doc_label_usage(), self.session.push_schema_edit,
                                    self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _schema_changed(self) -> None:
        """The schema was edited (or the edit undone): labels, colours and keys anew."""
        self.schema = schema = self.repo.schema()
        labels = schema.all_labels
        colors = {lb.name: lb.color for lb in labels}
        hotkeys = {lb.hotkey: lb.name for lb in labels if lb.hotkey}
        self.text_view.set_labels(colors, hotkeys)
        self.review.view.text.set_labels(colors, hotkeys)
        self.review.view.model.colors = colors
        self.review.view.model.shown_labels = shown_labels(labels)
        self.span_model.colors = colors
        self.span_model.label_names[:] = [lb.name for lb in schema.labels]
        self.span_model.shown_labels = shown_labels(labels)
        self.palette_widget.set_labels(labels)
        self.event_panel.schema = schema
        self.guidelines.setHtml(guidelines_html(schema))
        self.doc_labels_panel.set_schema(schema)

    def _delete_key(self) -> None:
        """Delete or Backspace: rejects the current suggestion, else deletes the span."""
        if not self.suggestions.take_delete_key():
            self.edits.delete_selected_span()

    def _undo_text(self, text: str) -> None:
        self.menu_actions.undo.setText(self.tr("&Undo {0}").format(text).strip())

    def _redo_text(self, text: str) -> None:
        self.menu_actions.redo.setText(self.tr("&Redo {0}").format(text).strip())

    # --------------------------------------------------------------- documents
    def refresh_documents(self) -> None:
        self.doc_model.reload()
        has_docs = self.doc_model.rowCount() > 0
        self.stack.setCurrentWidget(self.review.central() if has_docs else self.empty_page)
        if has_docs and self.document_id is None:
            # The document this user had open last time, if it is still listed.
            last = self.repo.setting(self._last_document_key)
            row = self.doc_model.row_of(int(last)) if last and last.isdigit() else -1
            self.doc_panel.select_row(max(row, 0))

    @property
    def _last_document_key(self) -> str:
        """A project setting per user (window state is QSettings'; this is the project's)."""
        return f"last_document:{self.session.user}"

    @property
    def document_id(self) -> int | None:
        """The open document (the session's state holds it)."""
        return self.document.id

    def open_document(self, document_id: int) -> None:
        if document_id == self.document_id:
            return
        self._record_time()
        self.repo.set_setting(self._last_document_key, str(document_id))
        self.session.open_document(document_id)
        self.visit.start()
        self.stack.setCurrentWidget(self.review.central())
        self.doc_panel.select_document(document_id, emit=False)
        self.team_sync.document_switched()
        status = self.document.status
        self.span_info.setText(f"{LRM}«{isolate(self.document.title)}»  ·  "
                               f"{status_name(status)}")

    def _document_opened(self, doc: OpenDocument) -> None:
        self._generation += 1
        self.text_view.set_text(doc.text)
        # Each view its own copy of the columns; Spans are built for what is shown. The
        # table after the first paint: it counts every span, which reads them all.
        self.text_view.set_index(doc.spans.copy())
        self.span_model.set_index(SpanIndex())
        self._later_here(lambda: self.span_model.set_index(self.document.spans.copy()))

    def _record_time(self) -> None:
        if self.document_id is None or not self.visit.isValid():
            return
        seconds = min(self.visit.elapsed() / 1000.0, MAX_SECONDS_PER_VISIT)
        if seconds >= 0.5:  # a reviewer's time is the gold layer's
            layer = self.review.status_layer() or self.session.layer
            self.repo.add_time(self.document_id, layer, seconds)
        self.visit.invalidate()

    def step_document(self, delta: int) -> None:
        row = self.doc_panel.view.currentIndex().row()
        self.doc_panel.select_row(max(0, row + delta))

    def mark_done(self) -> None:
        if self.document_id is None:
            return
        self.session.push_status(self.document_id, Status.DONE, self.review.status_layer())
        self._open_next_not_done()

    def skip_document(self) -> None:
        if self.document_id is None:
            return
        self.session.push_status(self.document_id, Status.SKIPPED, self.review.status_layer())
        self._open_next_not_done()

    def _open_next_not_done(self) -> None:
        model = self.doc_model
        start = model.row_of(self.document_id) if self.document_id is not None else -1
        n = model.rowCount()
        column = REVIEW_COLUMN if self.review.active else STATUS_COLUMN
        for k in range(1, n + 1):
            row = (start + k) % n
            if model.data(model.index(row, column), STATUS_ROLE) not in ("done", "skipped"):
                self.doc_panel.select_row(row)
                return
        self.statusBar().showMessage(self.tr("Every document in the list is done."), 5000)

    # ---------------------------------------------------------- find in project
    def find_in_project(self) -> FindPanel:
        """Show the Find in project panel with its query box ready for typing."""
        self.find_dock.show()
        self.find_dock.raise_()
        self.find_panel.focus_query()
        return self.find_panel

    def show_hit(self, document_id: int, start: int, end: int) -> None:
        """Open a document with exactly [start, end) of its stored text selected (not
        snapped to words: a label key then labels those characters)."""
        self.open_document(document_id)
        if self.document_id != document_id:
            return
        view = self.text_view
        view.set_selection(start, end)
        view.exact_selection = True
        view.ensureCursorVisible()
        view.setFocus()

    # ------------------------------------------------------------------- edits
    def apply_label(self, label: str) -> None:
        """A label key or palette click: review decides in review mode, else an edit."""
        if self.review.active:
            self.review.apply_label(label)
        elif not self.suggestions.take_label_key(label):
            self.edits.apply_label(label)

    def show_message(self, message: str, msecs: int = 6000) -> None:
        self.statusBar().showMessage(message, msecs)

    # ------------------------------------------------- reactions to the session
    def _changed(self, change: Change) -> None:
        """One action's notice: the status bar, the document list, and (for an undo
        made in another document) that document. The open document's views follow
        from its own notices (_document_changed)."""
        if not change.ok:
            self.show_message(store_message(change.message), 6000)
            return
        if change.message:
            text = self.tr("✓ Saved: {0}").format(change_message(change, self.schema))
            self._later(lambda: self.saved_label.setText(text))
        if change.schema:
            self._schema_changed()
        if change.documents:
            self.search_indexer.start()  # the new documents, into the search index
            was_open = self.document_id is not None
            self.refresh_documents()  # opens the last document if none was open
            if was_open:
                self.session.reload_document()
            return
        for other in change.other_documents:  # label all in the project
            self._later(partial(self.doc_model.refresh_document, other))
        doc = change.document_id
        if doc is None:
            return
        if change.gold and not self.doc_model.has_review:
            self.refresh_documents()  # the first gold decision: show the Review column
        elif change.status is not None:
            self.doc_model.refresh_document(doc)  # Mark done looks for the next one now
        else:
            self._later(lambda: self.doc_model.refresh_document(doc, self._open_count(doc)))
        if not change.gold and change.layer == self.session.layer and doc != self.document_id:
            # Undo or redo of an edit made in another document: show it there.
            self.open_document(doc)
            self.document.select(change.select)

    def _open_count(self, doc: int) -> int | None:
        """The open document's span count in the list's layer, if `doc` is open in it."""
        state = self.document
        if doc == state.id and state.layer == self.doc_model.layer and state.spans.complete:
            return len(state.spans)
        return None

    def _document_changed(self, change: Change) -> None:
        """A change of the open document: the text in this frame (a label key shows its
        span at once); rows inserted or removed in the span table one event-loop turn
        later, a row that only changed (relabel, trim) at once."""
        self.text_view.apply(change)
        if change.spans_added or change.spans_removed:
            self._later_here(lambda: self.span_model.apply(change))
        elif change.spans_modified:
            self.span_model.apply(change)
        selected = self.document.selected
        if selected is not None and any(s.id == selected for s in change.spans_modified):
            self._later_here(lambda: self._show_selected_span(selected))  # new label/extent

    def _selection_changed(self, span_id: int | None) -> None:
        if self.text_view.selected_span_id != span_id:
            self.text_view.select_span(span_id, scroll=span_id is not None)
        self._later_here(lambda: self._show_selected_span(span_id))

    def _later(self, fn: Callable[[], object]) -> None:
        QTimer.singleShot(0, self, fn)

    def _later_here(self, fn: Callable[[], object]) -> None:
        """Later, unless another document has been opened by then."""
        generation = self._generation
        self._later(lambda: fn() if generation == self._generation else None)

    def _show_selected_span(self, span_id: int | None) -> None:
        span = self.document.span(span_id)
        if span is None:
            self.span_table.clearSelection()
            return
        self.span_info.setText(f"{LRM}{span.label}  «{isolate(span.text)}»  "
                               f"[{span.start}, {span.end})  "
                               + self.tr("{0} characters").format(len(span.text)))
        self.span_table.blockSignals(True)
        self.span_table.select_span(span_id)
        self.span_table.blockSignals(False)

    def _span_row_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        span_id = self.span_model.spans[current.row()].id
        if span_id != self.text_view.selected_span_id:
            self.text_view.select_span(span_id, scroll=True)

    # --------------------------------------------------------- import / export
    def import_dialog(self) -> ImportDialog:
        """Open the Import dialog without blocking the event loop; OK starts the import."""
        dialog = ImportDialog(self, self.repo.layers())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._import_request(dialog.request()))
        dialog.open()
        return dialog

    def _import_request(self, r: ImportRequest) -> None:
        self.import_paths(r.paths, r.fmt, r.layer, r.encoding)

    def import_paths(self, paths: list[Path], fmt: str = "auto", layer: str = "imported",
                     encoding: str | None = None) -> BackgroundJob:
        """Import in a background job (the arguments of `annotator import`)."""
        def job(repo: Repository, progress) -> str:
            summary = import_files(repo, paths, fmt=fmt, encoding=encoding, layer=layer,
                                   progress=progress)
            if summary.errors or summary.warnings:  # shown in a message box, not only a status
                raise UserError("\n".join([summary.line(), "", *summary.errors,
                                           *(self.tr("warning: {0}").format(w)
                                             for w in summary.warnings)]))
            return summary.line()

        return self.run_job(self.tr("Importing…"), job, self._after_import)

    def _after_import(self, ok: bool, message: str) -> None:
        self.session.publish(Change(documents=True))
        if ok:
            self.statusBar().showMessage(message, 8000)
        else:
            QMessageBox.warning(self, self.tr("Import"), message)

    def export_dialog(self) -> None:
        """Open the Export dialog without blocking the event loop; OK starts export_to."""
        dialog = ExportDialog(self, self.repo.layers())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.export_to(dialog.request()))
        dialog.open()

    def export_to(self, request: ExportRequest) -> BackgroundJob:
        """Export in a background job (the request `annotator export` builds)."""
        run = ExportRun(self, request)
        return self.run_job(self.tr("Exporting…"), run.job, run.finished)

    def switch_schema_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Switch label schema"), "",
                                              self.tr("Schema (*.toml)"))
        if not path:
            return
        try:
            self.repo.switch_schema(load_schema(path))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Switch schema"), core_message(str(exc)))
            return
        QMessageBox.information(self, self.tr("Switch schema"), self.tr(
            "The new schema is stored in the project; reopen the window to use its labels."))

    def run_job(self, title: str, fn, after) -> BackgroundJob:
        """Run fn(repo, progress) off the GUI thread with a progress dialog and Cancel."""
        job = BackgroundJob(self, title, self.db_path, self.session.user, fn)
        job.done.connect(after)
        job.done.connect(lambda *_: self.jobs.remove(job))
        self.jobs.append(job)
        job.start()
        return job

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -------------------------------------------------------------------- view
    def zoom(self, delta: float) -> None:
        size = min(48.0, max(8.0, self.text_view.font().pointSizeF() + delta))
        self.text_view.set_font_size(size)
        self.review.view.text.set_font_size(size)
        self.settings.setValue("view/fontSize", size)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        gc.unfreeze()  # what the window kept alive may be collected again
        self.search_indexer.stop()
        self.suggest_project.close()
        for job in list(self.jobs):
            job.worker.cancelled = True
            job.wait()
        self.team_sync.shutdown()
        self._record_time()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue(self._state_key(), self.saveState())
        super().closeEvent(event)
