"""The window's QActions, with standard shortcuts and the object names tests rely on."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def make_action(parent: QWidget, name: str, text: str, *shortcuts: QKeySequence | str,
                tip: str = "", checkable: bool = False) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    keys = [s if isinstance(s, QKeySequence) else QKeySequence(s) for s in shortcuts]
    keys = [k for k in keys if not k.isEmpty()]
    if keys:
        action.setShortcuts(keys)
    action.setToolTip(tip or text)
    action.setStatusTip(tip or text)
    action.setCheckable(checkable)
    parent.addAction(action)
    return action


@dataclass
class Actions:
    undo: QAction
    redo: QAction
    delete_span: QAction
    restore_deleted: QAction
    trim: QAction
    add_argument: QAction
    auto_trim: QAction
    snap: QAction
    next_document: QAction
    previous_document: QAction
    mark_done: QAction
    skip: QAction
    import_: QAction
    export: QAction
    switch_schema: QAction
    zoom_in: QAction
    zoom_out: QAction
    quit: QAction
    review_mode: QAction
    accept_unanimous: QAction
    next_disagreement: QAction
    previous_disagreement: QAction
    accept_candidate: QAction
    accept_also: QAction
    reject_candidate: QAction
    edit_boundary: QAction
    compare_layer: QAction
    connect_server: QAction


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def create_actions(win: QWidget) -> Actions:
    S = QKeySequence.StandardKey  # noqa: N806
    return Actions(
        undo=make_action(win, "actionUndo", "&Undo", QKeySequence(S.Undo)),
        redo=make_action(win, "actionRedo", "&Redo", QKeySequence(S.Redo), "Ctrl+Shift+Z"),
        delete_span=make_action(win, "actionDeleteSpan", "&Delete span",
                                QKeySequence(S.Delete), "Backspace",
                                tip="Delete the selected span (recoverable with Undo)"),
        restore_deleted=make_action(win, "actionRestoreDeleted", "Restore &deleted spans…",
                                    "Ctrl+Shift+Backspace",
                                    tip="Bring back spans of this document deleted in "
                                        "an earlier session"),
        trim=make_action(win, "actionTrimProclitic", "&Trim proclitic", "Ctrl+T",
                         tip="Remove a leading و ف ب ل ك from the selected span"),
        add_argument=make_action(win, "actionAddArgument", "Add span as &argument…", "R",
                                 tip="Add the selected span to the current event: a menu "
                                     "lists the roles that accept its label"),
        auto_trim=make_action(win, "actionAutoTrim", "Trim proclitics &automatically",
                              tip="Trim only when the rest of the word is already a span "
                                  "text in the project", checkable=True),
        snap=make_action(win, "actionSnapToWords", "&Snap selections to words",
                         tip="Extend selections to whole words (hold Alt for exact characters)",
                         checkable=True),
        next_document=make_action(win, "actionNextDocument", "&Next document",
                                  QKeySequence(S.MoveToNextPage)),
        previous_document=make_action(win, "actionPreviousDocument", "&Previous document",
                                      QKeySequence(S.MoveToPreviousPage)),
        mark_done=make_action(win, "actionMarkDone", "Mark &done and go to next", "Ctrl+Return",
                              "Ctrl+Enter"),
        skip=make_action(win, "actionSkip", "S&kip document", "Ctrl+Shift+Return"),
        import_=make_action(win, "actionImport", "&Import…", QKeySequence(S.Open)),
        export=make_action(win, "actionExport", "&Export…", "Ctrl+E"),
        switch_schema=make_action(win, "actionSwitchSchema", "Switch label &schema…",
                                  tip="Use another schema TOML (refused if annotations "
                                      "would be orphaned)"),
        zoom_in=make_action(win, "actionZoomIn", "Zoom &in", "Ctrl+=", QKeySequence(S.ZoomIn)),
        zoom_out=make_action(win, "actionZoomOut", "Zoom &out", "Ctrl+-",
                             QKeySequence(S.ZoomOut)),
        quit=make_action(win, "actionQuit", "&Quit", QKeySequence(S.Quit)),
        # Review mode (ui/review): enabled only while it is on, so their plain keys stay
        # free in annotation.
        review_mode=make_action(win, "actionReviewMode", "&Review mode", "Ctrl+Shift+R",
                                tip="Compare every annotator's layer and adjudicate into gold",
                                checkable=True),
        accept_unanimous=make_action(win, "actionAcceptUnanimous", "Accept &unanimous",
                                     "Ctrl+Shift+A", tip="Copy into gold what every "
                                     "annotator of the document marked identically"),
        next_disagreement=make_action(win, "actionNextDisagreement", "&Next disagreement",
                                      "F8", "J"),
        previous_disagreement=make_action(win, "actionPreviousDisagreement",
                                          "&Previous disagreement", "Shift+F8", "Shift+J"),
        accept_candidate=make_action(win, "actionAcceptCandidate", "&Accept this version",
                                     "Return", "Enter", tip=_tr(
                                         "Copy the selected candidate into gold and reject "
                                         "the other versions of the same place")),
        accept_also=make_action(win, "actionAcceptAlso", _tr("Accept also (&keep both)"),
                                "Shift+Return", "Shift+Enter", tip=_tr(
                                    "Copy the selected candidate into gold and leave the "
                                    "other versions of the same place as they are "
                                    "(for two overlapping spans on purpose)")),
        reject_candidate=make_action(win, "actionRejectCandidate", "Re&ject this version", "X",
                                     tip="Decide that the selected candidate is not in gold"),
        edit_boundary=make_action(win, "actionEditBoundary", "Set gold &boundary to selection",
                                  "E", tip="Move the selected gold span to the text selected "
                                  "in the review text"),
        compare_layer=make_action(win, "actionCompareLayer", "Show &compared layer",
                                  "Ctrl+Shift+C", tip="Draw another annotator's layer, "
                                  "read-only, over your own", checkable=True),
        connect_server=make_action(win, "actionConnectServer",
                                   _tr("Connect to &team server…"), tip=_tr(
                                       "Sync this project with a team server (PostgreSQL) "
                                       "in the background")),
    )
