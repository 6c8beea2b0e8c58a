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
    keys: list[QKeySequence] = []
    for given in shortcuts:
        key = given if isinstance(given, QKeySequence) else QKeySequence(given)
        # A platform's standard key may be one given besides it (Redo is Ctrl+Shift+Z on
        # X11): the same key twice on one action is ambiguous, and Qt then ignores it.
        if not key.isEmpty() and key not in keys:
            keys.append(key)
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
    find_in_project: QAction
    connect_server: QAction
    # Boundary editing (issue 16): the selected span's start or end, by word or character.
    start_earlier_word: QAction
    start_later_word: QAction
    end_earlier_word: QAction
    end_later_word: QAction
    start_earlier_char: QAction
    start_later_char: QAction
    end_earlier_char: QAction
    end_later_char: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    doc_labels: QAction
    edit_schema: QAction
    keyboard_shortcuts: QAction

    def boundary_actions(self) -> list[tuple[QAction, str, int, str]]:
        """(action, edge, direction, unit) of the boundary keys."""
        return [(self.start_earlier_word, "start", -1, "word"),
                (self.start_later_word, "start", 1, "word"),
                (self.end_earlier_word, "end", -1, "word"),
                (self.end_later_word, "end", 1, "word"),
                (self.start_earlier_char, "start", -1, "char"),
                (self.start_later_char, "start", 1, "char"),
                (self.end_earlier_char, "end", -1, "char"),
                (self.end_later_char, "end", 1, "char")]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def create_actions(win: QWidget) -> Actions:
    S = QKeySequence.StandardKey  # noqa: N806
    return Actions(
        undo=make_action(win, "actionUndo", _tr("&Undo"), QKeySequence(S.Undo)),
        redo=make_action(win, "actionRedo", _tr("&Redo"), QKeySequence(S.Redo), "Ctrl+Shift+Z",
                         "Ctrl+Y"),
        delete_span=make_action(win, "actionDeleteSpan", _tr("&Delete span"),
                                QKeySequence(S.Delete), "Backspace",
                                tip=_tr("Delete the selected span (recoverable with Undo)")),
        restore_deleted=make_action(win, "actionRestoreDeleted", _tr("Restore &deleted spans…"),
                                    "Ctrl+Shift+Backspace",
                                    tip=_tr("Bring back spans of this document deleted in "
                                        "an earlier session")),
        trim=make_action(win, "actionTrimProclitic", _tr("&Trim proclitic"), "Ctrl+T",
                         tip=_tr("Remove a leading و ف ب ل ك from the selected span")),
        add_argument=make_action(win, "actionAddArgument", _tr("Add span as &argument…"), "R",
                                 tip=_tr("Add the selected span to the current event: a menu "
                                     "lists the roles that accept its label")),
        auto_trim=make_action(win, "actionAutoTrim", _tr("Trim proclitics &automatically"),
                              tip=_tr("Trim only when the rest of the word is already a span "
                                  "text in the project"), checkable=True),
        snap=make_action(win, "actionSnapToWords", _tr("&Snap selections to words"),
                         tip=_tr("Extend selections to whole words (hold Alt for exact "
                                 "characters)"),
                         checkable=True),
        next_document=make_action(win, "actionNextDocument", _tr("&Next document"),
                                  QKeySequence(S.MoveToNextPage)),
        previous_document=make_action(win, "actionPreviousDocument", _tr("&Previous document"),
                                      QKeySequence(S.MoveToPreviousPage)),
        mark_done=make_action(win, "actionMarkDone", _tr("Mark &done and go to next"),
                              "Ctrl+Return", "Ctrl+Enter"),
        skip=make_action(win, "actionSkip", _tr("S&kip document"), "Ctrl+Shift+Return"),
        import_=make_action(win, "actionImport", _tr("&Import…"), QKeySequence(S.Open)),
        export=make_action(win, "actionExport", _tr("&Export…"), "Ctrl+E"),
        switch_schema=make_action(win, "actionSwitchSchema", _tr("Switch label &schema…"),
                                  tip=_tr("Use another schema TOML (refused if annotations "
                                      "would be orphaned)")),
        zoom_in=make_action(win, "actionZoomIn", _tr("Zoom &in"), "Ctrl+=", QKeySequence(S.ZoomIn)),
        zoom_out=make_action(win, "actionZoomOut", _tr("Zoom &out"), "Ctrl+-",
                             QKeySequence(S.ZoomOut)),
        quit=make_action(win, "actionQuit", _tr("&Quit"), QKeySequence(S.Quit)),
        # Review mode (ui/review): enabled only while it is on, so their plain keys stay
        # free in annotation.
        review_mode=make_action(win, "actionReviewMode", _tr("&Review mode"), "Ctrl+Shift+R",
                                tip=_tr("Compare every annotator's layer and adjudicate into gold"),
                                checkable=True),
        accept_unanimous=make_action(win, "actionAcceptUnanimous", _tr("Accept &unanimous"),
                                     "Ctrl+Shift+A", tip=_tr("Copy into gold what every "
                                     "annotator of the document marked identically")),
        next_disagreement=make_action(win, "actionNextDisagreement", _tr("&Next disagreement"),
                                      "F8", "J"),
        previous_disagreement=make_action(win, "actionPreviousDisagreement",
                                          _tr("&Previous disagreement"), "Shift+F8", "Shift+J"),
        accept_candidate=make_action(win, "actionAcceptCandidate", _tr("&Accept this version"),
                                     "Return", "Enter", tip=_tr(
                                         "Copy the selected candidate into gold and reject "
                                         "the other versions of the same place")),
        accept_also=make_action(win, "actionAcceptAlso", _tr("Accept also (&keep both)"),
                                "Shift+Return", "Shift+Enter", tip=_tr(
                                    "Copy the selected candidate into gold and leave the "
                                    "other versions of the same place as they are "
                                    "(for two overlapping spans on purpose)")),
        reject_candidate=make_action(win, "actionRejectCandidate", _tr("Re&ject this version"), "X",
                                     tip=_tr("Decide that the selected candidate is not in gold")),
        edit_boundary=make_action(win, "actionEditBoundary", _tr("Set gold &boundary to selection"),
                                  "E", tip=_tr("Move the selected gold span to the text selected "
                                  "in the review text")),
        compare_layer=make_action(win, "actionCompareLayer", _tr("Show &compared layer"),
                                  "Ctrl+Shift+C", tip=_tr("Draw another annotator's layer, "
                                  "read-only, over your own"), checkable=True),
        find_in_project=make_action(win, "actionFindInProject", _tr("&Find in project…"),
                                    "Ctrl+Shift+F", tip=_tr(
                                        "Search the text of every document, ignoring "
                                        "diacritics, tatweel and letter forms")),
        connect_server=make_action(win, "actionConnectServer",
                                   _tr("Connect to &team server…"), tip=_tr(
                                       "Sync this project with a team server (PostgreSQL) "
                                       "in the background")),
        **_issue16_actions(win),
    )


def _boundary(win: QWidget, name: str, text: str, key: str) -> QAction:
    return make_action(win, name, text, key, tip=_tr(
        "{0} (reading order: in Arabic the start is the right edge)").format(text))


def _issue16_actions(win: QWidget) -> dict[str, QAction]:
    """Boundary keys, Find, the Document panel, the schema editor, the key list.

    Boundary keys are in reading order, as the cursor moves in the right-to-left text:
    Right is earlier, Left later; Alt+Right/Left move the start, Alt+Up/Down the end
    (Up earlier, Down later); with Shift, by one character instead of one word.
    """
    S = QKeySequence.StandardKey  # noqa: N806
    return dict(
        start_earlier_word=_boundary(win, "actionStartEarlierWord",
                                     _tr("Start one word earlier"), "Alt+Right"),
        start_later_word=_boundary(win, "actionStartLaterWord",
                                   _tr("Start one word later"), "Alt+Left"),
        end_earlier_word=_boundary(win, "actionEndEarlierWord",
                                   _tr("End one word earlier"), "Alt+Up"),
        end_later_word=_boundary(win, "actionEndLaterWord",
                                 _tr("End one word later"), "Alt+Down"),
        start_earlier_char=_boundary(win, "actionStartEarlierChar",
                                     _tr("Start one character earlier"), "Alt+Shift+Right"),
        start_later_char=_boundary(win, "actionStartLaterChar",
                                   _tr("Start one character later"), "Alt+Shift+Left"),
        end_earlier_char=_boundary(win, "actionEndEarlierChar",
                                   _tr("End one character earlier"), "Alt+Shift+Up"),
        end_later_char=_boundary(win, "actionEndLaterChar",
                                 _tr("End one character later"), "Alt+Shift+Down"),
        find=make_action(win, "actionFind", _tr("&Find in document…"), QKeySequence(S.Find),
                         tip=_tr("Find text in this document (hamza forms, ى/ي, ة/ه, "
                                 "diacritics and tatweel ignored)")),
        find_next=make_action(win, "actionFindNext", _tr("Find &next"),
                              QKeySequence(S.FindNext)),
        find_previous=make_action(win, "actionFindPrevious", _tr("Find &previous"),
                                  QKeySequence(S.FindPrevious)),
        doc_labels=make_action(win, "actionDocumentLabels", _tr("Document &labels"),
                               "Ctrl+D", tip=_tr("Go to the Document panel: a value's key "
                                                 "sets it, Escape comes back")),
        edit_schema=make_action(win, "actionEditSchema", _tr("Label &schema…"),
                                tip=_tr("Edit labels, event types and document fields; "
                                        "saved as a new version of the project's schema")),
        keyboard_shortcuts=make_action(win, "actionKeyboardShortcuts",
                                       _tr("&Keyboard shortcuts"),
                                       QKeySequence(S.HelpContents)),
    )


@dataclass
class SuggestionActions:
    """The Suggestions menu and View → Show suggestions (ui/suggestion_controller.py).

    Return and X are review mode's keys too: these act only outside review mode and
    while a suggestion is current (the controller enables them then), so the two never
    compete. Backspace rejects through Delete span (the controller routes it)."""

    show: QAction
    next: QAction
    previous: QAction
    accept: QAction
    reject: QAction
    accept_all: QAction
    label_all: QAction
    train: QAction
    cancel_training: QAction
    least_certain_first: QAction
    import_gazetteer: QAction
    settings: QAction


def create_suggestion_actions(win: QWidget) -> SuggestionActions:
    return SuggestionActions(
        show=make_action(win, "actionShowSuggestions", _tr("Show &suggestions"),
                         "Ctrl+Shift+G", tip=_tr("Draw the model's and the gazetteers' "
                                                 "suggestions (dotted outlines)"),
                         checkable=True),
        next=make_action(win, "actionNextSuggestion", _tr("&Next suggestion"), "Tab"),
        previous=make_action(win, "actionPreviousSuggestion", _tr("&Previous suggestion"),
                             "Shift+Tab", "Shift+Backtab"),
        accept=make_action(win, "actionAcceptSuggestion", _tr("&Accept suggestion"),
                           "Return", "Enter",
                           tip=_tr("Make the current suggestion a span of your layer (a "
                                   "label key accepts it with that label)")),
        reject=make_action(win, "actionRejectSuggestion", _tr("&Reject suggestion"), "X",
                           tip=_tr("Never suggest it again in this document (also "
                                   "Backspace)")),
        accept_all=make_action(win, "actionAcceptAllSuggestions",
                               _tr("Accept a&ll suggestions in document"),
                               tip=_tr("Every suggestion of the document becomes a span "
                                       "(one undo step)")),
        label_all=make_action(win, "actionLabelAll", _tr("&Label all occurrences"),
                              "Ctrl+L", tip=_tr("Label every other occurrence of the "
                                                "selected span's text (whole words)")),
        train=make_action(win, "actionTrainModel", _tr("&Train model now"),
                          tip=_tr("Train the suggestion model on the finished documents, "
                                  "in the background")),
        cancel_training=make_action(win, "actionCancelTraining", _tr("&Cancel training")),
        least_certain_first=make_action(
            win, "actionLeastCertainFirst", _tr("Documents: least &certain first"),
            tip=_tr("Order the document list by the model's uncertainty (Next document "
                    "follows it)"), checkable=True),
        import_gazetteer=make_action(win, "actionImportGazetteer",
                                     _tr("&Import gazetteer…"),
                                     tip=_tr("A list of names with labels (TSV or CSV)")),
        settings=make_action(win, "actionSuggestionSettings", _tr("Suggestion &settings…")),
    )
