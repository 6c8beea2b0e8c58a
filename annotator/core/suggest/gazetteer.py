"""Gazetteers: lists of names with labels, from the project's layers or a file.

A gazetteer suggests every known name it finds (``matcher.NameMatcher``: whole words,
matching view, proclitic rule, longest first). Names come from two places:

- the project's done and gold layers (``Gazetteer.from_documents``): a name is kept
  only where it is usually labelled where it occurs, because a word once marked
  inside a name ("2019" in a date, "الأمن" in "مجلس الأمن") would otherwise be
  suggested everywhere;
- files the user imports (``read_gazetteer``): one name and one label per row,
  separated by a tab (TSV) or a comma (CSV, quoted fields allowed).
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import ImportFileError
from annotator.core.suggest.data import SpanTuple, TrainingDocument
from annotator.core.suggest.matcher import NameMatch, NameMatcher
from annotator.core.suggest.words import WordView, canonical_name, name_key
from annotator.core.textio import DecodeError, decode, normalize_text

__all__ = ["Gazetteer", "GazetteerEntry", "read_gazetteer"]

DEFAULT_MIN_PRECISION = 0.5


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One name and its label; ``line`` is the file line it came from, if any."""

    name: str
    label: str
    line: int | None = None


def distinct_names(entries: Iterable[GazetteerEntry]) -> dict[str, GazetteerEntry]:
    """A list's names as a project keeps them: by `name_key`, the first entry of each
    (a name written twice, or in another form of the same letters, is one name)."""
    out: dict[str, GazetteerEntry] = {}
    for entry in entries:
        key = name_key(entry.name)
        if key:
            out.setdefault(key, entry)
    return out


def read_gazetteer(path: Path, labels: Collection[str],
                   encoding: str | None = None) -> list[GazetteerEntry]:
    """All entries of one file, or ImportFileError naming the file and line.

    TSV when a line has a tab, else CSV. Blank lines and lines starting with "#" are
    skipped, and so is a first row "name, label". All-or-nothing: one bad row (no
    label, an unknown label, an empty name, a name given twice with two labels)
    rejects the file, so a list is never half imported.
    """
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(where, f"cannot read ({exc.strerror or exc})") from None
    try:
        text = normalize_text(decode(data, encoding))
    except DecodeError as exc:
        raise ImportFileError(where, str(exc)) from None
    lines = text.split("\n")
    rows = [(n, line) for n, line in enumerate(lines, 1)
            if line.strip() and not line.lstrip().startswith("#")]
    tabbed = any("\t" in line for _, line in rows)
    known = set(labels)
    entries: list[GazetteerEntry] = []
    seen: dict[str, GazetteerEntry] = {}
    for number, line in rows:
        fields = _fields(line, tabbed, where, number)
        if not entries and [f.lower() for f in fields] == ["name", "label"]:
            continue
        if len(fields) != 2:
            raise ImportFileError(where, f"expected a name and a label separated by a "
                                  f"{'tab' if tabbed else 'comma'}, got {len(fields)} "
                                  f"field{'s' if len(fields) != 1 else ''}", number)
        name, label = fields
        key = name_key(name)
        if not key:
            raise ImportFileError(where, "empty name", number)
        if label not in known:
            raise ImportFileError(where, f"unknown label '{label}' (labels: "
                                  f"{', '.join(sorted(known))})", number)
        entry = GazetteerEntry(name, label, number)
        earlier = seen.get(key)
        if earlier is not None and earlier.label != label:
            raise ImportFileError(where, f"'{name}' is {label} here but {earlier.label} on "
                                  f"line {earlier.line}", number)
        seen[key] = entry
        entries.append(entry)
    if not entries:
        raise ImportFileError(where, "no names (expected rows of a name and a label)")
    return entries


def _fields(line: str, tabbed: bool, where: str, number: int) -> list[str]:
    if tabbed:
        fields = line.split("\t")
    else:
        try:
            fields = next(csv.reader([line], strict=True))
        except csv.Error as exc:
            raise ImportFileError(where, f"cannot read the row as CSV ({exc})",
                                  number) from None
    fields = [f.strip() for f in fields]
    while len(fields) > 2 and not fields[-1]:
        fields.pop()  # trailing separators that spreadsheets write
    return fields


class Gazetteer:
    """Name keys with labels, and the matcher that finds them.

    Keys are ``words.name_key`` forms, so a name added as "إيران" is also found as
    "ايران", "لإيران" and "إِيران". Where two sources give one name two labels, the
    first one given wins (``merged`` lets a caller put imported lists first).
    """

    def __init__(self, names: Mapping[str, str], proclitic_inside: bool = False) -> None:
        self.names = dict(names)
        self.proclitic_inside = proclitic_inside
        self._matcher = NameMatcher(self.names, proclitic_inside)

    def __len__(self) -> int:
        return len(self.names)

    def __contains__(self, name: str) -> bool:
        return name_key(name) in self.names

    @classmethod
    def from_entries(cls, entries: Iterable[GazetteerEntry | tuple[str, str]],
                     proclitic_inside: bool = False) -> Gazetteer:
        names: dict[str, str] = {}
        for entry in entries:
            name, label = (entry.name, entry.label) if isinstance(
                entry, GazetteerEntry) else entry
            key = name_key(name)
            if key:
                names.setdefault(key, label)
        return cls(names, proclitic_inside)

    @classmethod
    def from_documents(cls, docs: Iterable[TrainingDocument],
                       min_precision: float = DEFAULT_MIN_PRECISION,
                       proclitic_inside: bool = False) -> Gazetteer:
        """The names labelled in ``docs`` (every span, nested ones too), each with its
        most frequent label, keeping only names that, matched back over the same
        documents, land on a span of that label at least ``min_precision`` of the time.
        """
        items = [(WordView.of(doc.text), doc.spans) for doc in docs]
        return cls.learn(items, min_precision, proclitic_inside)

    @classmethod
    def learn(cls, items: Iterable[tuple[WordView, Sequence[SpanTuple]]],
              min_precision: float = DEFAULT_MIN_PRECISION,
              proclitic_inside: bool = False) -> Gazetteer:
        """``from_documents`` on texts already tokenized: (view, spans in it). The
        tagger learns its gazetteer feature from sentences (``WordView.slice``) this
        way, without tokenizing them again."""
        parts = list(items)
        raw: list[tuple[str, str]] = []
        for view, spans in parts:
            for start, end, label in spans:
                key = name_key(view.text[start:end])
                if key:
                    raw.append((key, label))
        keys = {key for key, _ in raw}
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for key, label in raw:
            counts[canonical_name(key, keys)][label] += 1
        names = {key: c.most_common(1)[0][0] for key, c in counts.items()}
        if min_precision <= 0:
            return cls(names, proclitic_inside)
        found: Counter[str] = Counter()
        right: Counter[str] = Counter()
        matcher = NameMatcher(names, proclitic_inside)
        for view, spans in parts:
            labelled = set(spans)
            for match in matcher.find(view):
                found[match.name] += 1
                right[match.name] += (match.start, match.end, match.label) in labelled
        kept = {key: label for key, label in names.items()
                if found[key] and right[key] / found[key] >= min_precision}
        return cls(kept, proclitic_inside)

    def merged(self, other: Gazetteer) -> Gazetteer:
        """This gazetteer's names, then ``other``'s names this one lacks."""
        names = dict(other.names)
        names.update(self.names)
        return Gazetteer(names, self.proclitic_inside)

    def find(self, text: str | WordView) -> list[NameMatch]:
        """Every known name in ``text`` (see ``NameMatcher.find``)."""
        return self._matcher.find(text)
