"""The fixed lines of core, store and operations that the window shows translated.

Each is English exactly as core writes it, with {0}, {1}... for its values; lupdate
extracts them (context "CoreMessage") and `core_messages.core_message` matches them.
A template is also a place ("event {0}, role {1}") or a reason ("takes one span
only") of a "PLACE: REASON" line, or one part of a "PART; PART" line.
"""

from __future__ import annotations

from annotator.ui.i18n.noop import QT_TRANSLATE_NOOP

SEPARATOR = QT_TRANSLATE_NOOP("CoreMessage", "; ")
TEMPLATES = (
    QT_TRANSLATE_NOOP("CoreMessage", "imported {0} document(s), {1} span(s)"),
    QT_TRANSLATE_NOOP("CoreMessage", "added layers to {0} existing document(s)"),
    QT_TRANSLATE_NOOP("CoreMessage", "skipped {0} already in the project"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} file(s) failed"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} warning(s)"),
    QT_TRANSLATE_NOOP("CoreMessage", "cancelled"),
    QT_TRANSLATE_NOOP("CoreMessage", "no importable files (.txt, .jsonl, .json) found"),
    QT_TRANSLATE_NOOP("CoreMessage", "no such file or folder"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot read ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "empty file"),
    QT_TRANSLATE_NOOP("CoreMessage", "empty file (only white space)"),
    QT_TRANSLATE_NOOP("CoreMessage", "looks like {0}, not plain text: pass --format {1} to import its records, or --format txt to import the file as one text"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "cannot import ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "a Label Studio export is a JSON array of tasks"),
    QT_TRANSLATE_NOOP("CoreMessage", "task {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "no tasks"),
    QT_TRANSLATE_NOOP("CoreMessage", "no records"),
    QT_TRANSLATE_NOOP("CoreMessage", "no tokens"),
    QT_TRANSLATE_NOOP("CoreMessage", "record {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "line {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "expected a token and at least one tag"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot read tag {0} (expected O or B-, I-, L-, U-, E-, S- and a label)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "unknown label {0} in tag {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "a record must be a JSON object"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} must be an integer, got {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} {1} is out of range"),
    QT_TRANSLATE_NOOP("CoreMessage", "'text' is missing or empty"),
    QT_TRANSLATE_NOOP("CoreMessage", "'text' contains NUL characters (U+0000)"),
    QT_TRANSLATE_NOOP("CoreMessage", "'text_sha256' does not match the text"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown label {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "span 'text' must be a string"),
    QT_TRANSLATE_NOOP("CoreMessage", "'label' must be a list"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot read span {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "'spans' must be a list"),
    QT_TRANSLATE_NOOP("CoreMessage", "each span must be an object"),
    QT_TRANSLATE_NOOP("CoreMessage", "a record with spans, events or doc_labels needs a 'layer'"),
    QT_TRANSLATE_NOOP("CoreMessage", "'layer' must be a non-empty string"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown status {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "'spans' and 'events' must be lists"),
    QT_TRANSLATE_NOOP("CoreMessage", "'doc_labels' must be an object"),
    QT_TRANSLATE_NOOP("CoreMessage", "span id {0} is used twice"),
    QT_TRANSLATE_NOOP("CoreMessage", "each event must be an object"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown event type {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "event {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "event {0}, role {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "trigger {0} is not a span id of this record"),
    QT_TRANSLATE_NOOP("CoreMessage", "its trigger span is labelled {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "'arguments' must be a list"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown role in {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "span {0} is not a span id of this record"),
    QT_TRANSLATE_NOOP("CoreMessage", "'attributes' must be an object"),
    QT_TRANSLATE_NOOP("CoreMessage", "invalid JSON ({0} at column {1})"),
    QT_TRANSLATE_NOOP("CoreMessage", "invalid JSON ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "invalid JSON (nested too deeply to read)"),
    QT_TRANSLATE_NOOP("CoreMessage", "span [{0}, {1}) text {2} does not match the document ({3})"),
    QT_TRANSLATE_NOOP("CoreMessage", "span [{0}, {1}) is out of range for a text of {2} characters"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "span offsets must be integers, got {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "id {0} is also the id of {1}, with a different text (both imported)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "unknown import format '{0}' (use {1})"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown export format '{0}' (use {1})"),
    QT_TRANSLATE_NOOP("CoreMessage", "wrote {0} record(s), {1} span(s) to {2}"),
    QT_TRANSLATE_NOOP("CoreMessage", "widened {0} span(s) to whole tokens"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} problem(s)"),
    QT_TRANSLATE_NOOP("CoreMessage", "... {0} more"),
    QT_TRANSLATE_NOOP("CoreMessage", "covers no token; left out"),
    QT_TRANSLATE_NOOP("CoreMessage", "not on token boundaries; widened to {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "label {0} is not in the label list; left out"),
    QT_TRANSLATE_NOOP("CoreMessage", "triggers no event; Label Studio reads it as one"),
    QT_TRANSLATE_NOOP("CoreMessage", "merged {0}: nothing new ({1})"),
    QT_TRANSLATE_NOOP("CoreMessage", "merged {0}: {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} documents matched, {1} added"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} document matched, {1} added"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} spans added, {1} updated (newer), {2} deleted"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} span added, {1} updated (newer), {2} deleted"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} events added, {1} updated (newer), {2} deleted"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} event added, {1} updated (newer), {2} deleted"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} statuses updated"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} status updated"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} document labels updated"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} document label updated"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} conflicts kept local"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} conflict kept local"),
    QT_TRANSLATE_NOOP("CoreMessage", "this is the project itself; merge another annotator's file"),
    QT_TRANSLATE_NOOP("CoreMessage", "its label schema differs from the project's ({0}); nothing merged"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "it lacks {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "it has {0}, which the project lacks"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} is defined differently"),
    QT_TRANSLATE_NOOP("CoreMessage", "label {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "event attribute {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "document field {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "database problem ({0}); nothing merged"),
    QT_TRANSLATE_NOOP("CoreMessage", "no such file"),
    QT_TRANSLATE_NOOP("CoreMessage", "not a file"),
    QT_TRANSLATE_NOOP("CoreMessage", "not an annotator project file"),
    QT_TRANSLATE_NOOP("CoreMessage", "not an annotator project file ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "not an annotator project file (no label schema)"),
    QT_TRANSLATE_NOOP("CoreMessage", "made by an older version of annotator; open it once with this version to upgrade it (annotator stats --db {0})"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "made by a newer version of annotator: upgrade annotator to open it ({0} is unknown to annotator {1})"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "migration {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "table {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "column {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "the team server was made by a newer version of annotator: upgrade annotator (migration {0} is unknown to annotator {1})"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "no such folder: {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot open as a project database ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "invalid schema:"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot read schema ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "schema is not UTF-8"),
    QT_TRANSLATE_NOOP("CoreMessage", "not valid TOML: {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{0}' must be a string"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{0}' is missing"),
    QT_TRANSLATE_NOOP("CoreMessage", "must be a table"),
    QT_TRANSLATE_NOOP("CoreMessage", "must be a name or a table"),
    QT_TRANSLATE_NOOP("CoreMessage", "name must start with a letter and use only A-Z, 0-9, _ or -"),
    QT_TRANSLATE_NOOP("CoreMessage", "category '{0}' is not one of actor, location, other"),
    QT_TRANSLATE_NOOP("CoreMessage", "color '{0}' is not of the form #rrggbb"),
    QT_TRANSLATE_NOOP("CoreMessage", "hotkey '{0}' must be one ASCII letter or digit, or Shift+digit"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "type '{0}' is not 'choice' or 'integer'"),
    QT_TRANSLATE_NOOP("CoreMessage", "'values' must be a non-empty list of strings"),
    QT_TRANSLATE_NOOP("CoreMessage", "'values' has duplicates"),
    QT_TRANSLATE_NOOP("CoreMessage", "default '{0}' is not one of its values"),
    QT_TRANSLATE_NOOP("CoreMessage", "default must be an integer"),
    QT_TRANSLATE_NOOP("CoreMessage", "must be a list of tables"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} '{1}' is defined twice"),
    QT_TRANSLATE_NOOP("CoreMessage", "[schema] must be a table"),
    QT_TRANSLATE_NOOP("CoreMessage", "'version' must be a positive integer"),
    QT_TRANSLATE_NOOP("CoreMessage", "the schema needs at least one label"),
    QT_TRANSLATE_NOOP("CoreMessage", "[[event_types]] must be a list of tables"),
    QT_TRANSLATE_NOOP("CoreMessage", "'roles' must be a list of tables"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} role '{1}'"),
    QT_TRANSLATE_NOOP("CoreMessage", "'labels' must list the allowed labels"),
    QT_TRANSLATE_NOOP("CoreMessage", "attribute '{0}' is already defined for every event"),
    QT_TRANSLATE_NOOP("CoreMessage", "hotkey '{0}' is already used by {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "hotkey '{0}' is the program's key for {1}; choose another key"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "event type {0}, role {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "names unknown label '{0}'"),
    QT_TRANSLATE_NOOP("CoreMessage", "expecting value"),
    QT_TRANSLATE_NOOP("CoreMessage", "extra data"),
    QT_TRANSLATE_NOOP("CoreMessage", "expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("CoreMessage", "expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("CoreMessage", "expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("CoreMessage", "unterminated string starting"),
    QT_TRANSLATE_NOOP("CoreMessage", "invalid control character"),
    QT_TRANSLATE_NOOP("CoreMessage", "nothing to restore"),
    QT_TRANSLATE_NOOP("CoreMessage", "a span to restore needs its document and layer"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown event type '{0}'"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown label '{0}'"),
    QT_TRANSLATE_NOOP("CoreMessage", "the document labels are already so"),
    QT_TRANSLATE_NOOP("CoreMessage", "Gold already has every document label all annotators agree on."),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "Gold already has everything all annotators marked identically."),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "cannot rename {0} to {1}: {1} is already a label (rename it first, in another save)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "cannot rename {0} to {1}: the new schema has no {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot rename {0} to {1}: layer {2} has both on [{3}, {4}) of document {5}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "the schema cannot be saved, existing annotations would be orphaned:"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "no suggestion to accept"),
    QT_TRANSLATE_NOOP("CoreMessage", "nothing to accept: the layer has those places labelled"),
    QT_TRANSLATE_NOOP("CoreMessage", "no other occurrence to label"),
    QT_TRANSLATE_NOOP("CoreMessage", "nothing to remove"),
    QT_TRANSLATE_NOOP("CoreMessage", "no span with id {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "no event with id {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "the same span ({0} [{1}, {2})) is already in layer {3}"),
    QT_TRANSLATE_NOOP("CoreMessage", "the span is the trigger of an event: delete the event first"),
    QT_TRANSLATE_NOOP("CoreMessage", "the trigger of a {0} event must be a {0} span, not {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "gold already has this {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "gold has this {0}: undo or delete it instead"),
    QT_TRANSLATE_NOOP("CoreMessage", "span"),
    QT_TRANSLATE_NOOP("CoreMessage", "event"),
    QT_TRANSLATE_NOOP("CoreMessage", "Add span as argument"),
    QT_TRANSLATE_NOOP("CoreMessage", "Next disagreement (review)"),
    QT_TRANSLATE_NOOP("CoreMessage", "Reject this version (review) or the current suggestion"),
    QT_TRANSLATE_NOOP("CoreMessage", "Set gold boundary to selection (review)"),
    QT_TRANSLATE_NOOP("CoreMessage", "gold's {0} «{1}» is part of a gold event and stays: accept this version as well (keep both) instead"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "events enter gold by accepting an annotator's event"),
    QT_TRANSLATE_NOOP("CoreMessage", "only gold spans are edited in review mode"),
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': expected e.g. {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': '{1}' is not NAME=FRACTION"),
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': unknown split '{1}' (use {2})"),
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': '{1}' is given twice"),
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': {1}={2} is not a fraction between 0 and 1"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': a train fraction above 0 is required"),
    QT_TRANSLATE_NOOP("CoreMessage", "bad --split '{0}': the fractions add up to {1}, not 1"),
    QT_TRANSLATE_NOOP("CoreMessage", "give the JSONL file (e.g. {0}.jsonl); the .spacy DocBin is written beside it"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "file is not a database"),
    QT_TRANSLATE_NOOP("CoreMessage", "no team project on this server: run annotator server init --server URL"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "the team server needs upgrading to this version of annotator: its admin runs annotator server init --server URL"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "the team server connection failed: {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "the team server refused it: {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "not a PostgreSQL connection URL: {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} is not a member of this team project: ask its admin to run annotator server add-user {1}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "wrong password for the team server ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "the team server ({0}) asks for a password: give it in the URL, PGPASSWORD, ~/.pgpass or a service file"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "no such user on the team server ({0}): ask its admin to add you"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "cannot reach the team server ({0}): {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "the team server's label schema cannot hold this project's annotations: {0}"),  # noqa: E501
    # Editing: events, roles and attributes, spans
    QT_TRANSLATE_NOOP("CoreMessage", "the trigger cannot be its own argument"),
    QT_TRANSLATE_NOOP("CoreMessage", "does not accept a {0} span (only {1})"),
    QT_TRANSLATE_NOOP("CoreMessage", "takes one span only"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown role {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown attribute '{0}' (known: {1})"),
    QT_TRANSLATE_NOOP("CoreMessage", "attribute '{0}' must be a whole number (0 or more), got {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "attribute '{0}' is {1}, not one of {2}"),
    QT_TRANSLATE_NOOP("CoreMessage", "event triggers are made with the event key on a text selection; delete the event to change its trigger"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "«{0}» is the {1} of a {2} event, which does not accept {3}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} is not an event type of the schema"),
    QT_TRANSLATE_NOOP("CoreMessage", "an argument must be a span of the same document and layer"),
    QT_TRANSLATE_NOOP("CoreMessage", "a span boundary splits a line ending or a letter from its combining mark, so its offsets cannot survive normalization"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "span [{0}, {1}) is empty after normalization"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown document field '{0}'"),
    QT_TRANSLATE_NOOP("CoreMessage", "a text value must be a string"),
    QT_TRANSLATE_NOOP("CoreMessage", "text longer than {0} characters"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{0}' is not one of its values ({1})"),
    QT_TRANSLATE_NOOP("CoreMessage", "a multiple choice is a list of value names"),
    QT_TRANSLATE_NOOP("CoreMessage", "a value is given twice"),
    # Team server: sync refusals and conflicts
    QT_TRANSLATE_NOOP("CoreMessage", "layer {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "document {0}, layer {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "your {0} lost to the newer {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "deleted {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} event"),
    QT_TRANSLATE_NOOP("CoreMessage", "document label {0} = {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "the {0} event from the server was not brought in: its trigger span is deleted here"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "the team server has a span labelled {0}, which this project's schema lacks"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "the team server has an event this project refuses: {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "the team server has a document label this project refuses: {0}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "document {0} on the team server"),
    QT_TRANSLATE_NOOP("CoreMessage", "its text does not match its stored hash"),
    QT_TRANSLATE_NOOP("CoreMessage", "span {0} is in layer {1} here but in {2} on the team server"),
    QT_TRANSLATE_NOOP("CoreMessage", "this project syncs with another team project ({0}); sync a new project with this server instead"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "this project syncs as {0}, not {1}: connect as {0}, or sync a new project"),  # noqa: E501
    # Export: targets and report lines
    QT_TRANSLATE_NOOP("CoreMessage", "folder {0} does not exist"),
    QT_TRANSLATE_NOOP("CoreMessage", "exists and is not a folder"),
    QT_TRANSLATE_NOOP("CoreMessage", "exists and is not a folder (--split writes a folder)"),
    QT_TRANSLATE_NOOP("CoreMessage", "is a folder; give a file name"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot create a temporary file"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot create a temporary folder"),
    QT_TRANSLATE_NOOP("CoreMessage", "the project changed while it was exported; export again"),
    QT_TRANSLATE_NOOP("CoreMessage", "the {0} export writes labels.json beside its file; give a file name"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "the label schema has no single- or multiple-choice document field: nothing to export as text classification"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "not on token boundaries (tokens {0}); in the JSONL with character offsets only, not in the .spacy DocBin"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "starts with a line break, which a brat fragment cannot hold"),
    QT_TRANSLATE_NOOP("CoreMessage", "ends with a line break, which a brat fragment cannot hold"),
    QT_TRANSLATE_NOOP("CoreMessage", "has only whitespace, which brat does not accept as a span text"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "left out"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} event left out: its trigger span {1} is left out"),
    QT_TRANSLATE_NOOP("CoreMessage", "argument {0} left out: its span {1} is left out"),
    QT_TRANSLATE_NOOP("CoreMessage", "no {0}, written with label null"),
    # Suggestions: the model and gazetteers
    QT_TRANSLATE_NOOP("CoreMessage", "nothing to learn from: {0} document(s) with no label that has {1} or more spans"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "not a stored suggestion model"),
    QT_TRANSLATE_NOOP("CoreMessage", "damaged suggestion model ({0})"),
    QT_TRANSLATE_NOOP("CoreMessage", "the suggestion model was made by another version (model {0}, features {1}; this version reads {2}, {3}): train it again"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "no document is marked done yet: nothing to train on (mark documents done, or train on a layer: --layer gold|NAME)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "no document has the layer '{0}': nothing to train on"),
    QT_TRANSLATE_NOOP("CoreMessage", "empty name"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown label '{0}' (labels: {1})"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{0}' is {1} here but {2} on line {3}"),
    QT_TRANSLATE_NOOP("CoreMessage", "no names (expected rows of a name and a label)"),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot read the row as CSV ({0})"),
    # Import: encodings, Label Studio, spaCy and JSON values
    QT_TRANSLATE_NOOP("CoreMessage", "cannot detect the encoding (not UTF-8, UTF-16 or Windows-1256)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "binary file (contains NUL bytes), not text"),
    QT_TRANSLATE_NOOP("CoreMessage", "if it is UTF-16 text, pass --encoding {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "binary file (control characters), not text"),
    QT_TRANSLATE_NOOP("CoreMessage", "not valid {0}: the file ends in the middle of a character at column {1} (byte offset {2}); it looks truncated"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "not valid {0} at column {1} (byte offset {2}: {3}, {4}); if the file is in another encoding, pass --encoding"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "not valid {0} (byte {1})"),
    QT_TRANSLATE_NOOP("CoreMessage", "unknown encoding '{0}'"),
    QT_TRANSLATE_NOOP("CoreMessage", "a task must be an object with a 'data' object"),
    QT_TRANSLATE_NOOP("CoreMessage", "'data.text' is missing or empty"),
    QT_TRANSLATE_NOOP("CoreMessage", "'data.text' contains NUL characters (U+0000)"),
    QT_TRANSLATE_NOOP("CoreMessage", "'data.text' contains an unpaired surrogate escape"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{0}' must be a list, got {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "each annotation needs a 'result' list"),
    QT_TRANSLATE_NOOP("CoreMessage", "a 'labels' result needs a 'value' object"),
    QT_TRANSLATE_NOOP("CoreMessage", "offsets must be integers, got {0}, {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "offsets [{0}, {1}) are out of range"),
    QT_TRANSLATE_NOOP("CoreMessage", "UTF-16 offsets [{0}, {1}) fall inside a character or past the end of the text"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "region [{0}, {1}) has no labels"),
    QT_TRANSLATE_NOOP("CoreMessage", "relation {0} -> {1} has no role label"),
    QT_TRANSLATE_NOOP("CoreMessage", "region {0}"),
    QT_TRANSLATE_NOOP("CoreMessage", "an attribute needs a from_name and a value object"),
    QT_TRANSLATE_NOOP("CoreMessage", "attribute {0} needs exactly one choice, got {1}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} is nested more than {1} levels deep"),
    QT_TRANSLATE_NOOP("CoreMessage", "'tokens' must be a list"),
    QT_TRANSLATE_NOOP("CoreMessage", "token {0} must be an object"),
    QT_TRANSLATE_NOOP("CoreMessage", "token {0} has offsets {1}, {2} outside the text"),
    QT_TRANSLATE_NOOP("CoreMessage", "token {0} text {1} does not match the text ({2})"),
    QT_TRANSLATE_NOOP("CoreMessage", "span [{0}, {1}) does not match the document text"),
    # Opening a project, switching its schema
    QT_TRANSLATE_NOOP("CoreMessage", "the project is read-only here (no permission to write the file or its folder)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "cannot be read in this read-only folder: {0} holds changes not yet in the file (open it once where it can be written)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "made by an older version of annotator and read-only here: open it once where it can be written"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "{0} span(s) labelled {1}, which the new schema lacks"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} {1} argument(s) in role {2}, which the new schema lacks"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} events with {1}={2}, not allowed by the new schema"),
    QT_TRANSLATE_NOOP("CoreMessage", "{0} document label(s) in field {1}, which the new schema lacks"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "{0} document(s) with {1} = {2}, which the new schema does not allow"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessage", "is a folder, not a project file"),
    QT_TRANSLATE_NOOP("CoreMessage", "the team server has no database {0} ({1}): check the database name in the URL"),  # noqa: E501
)
