"""Agreement on document labels: Cohen's kappa and Krippendorff's alpha per field.

Compared, as for spans (docs/decisions/0008): the annotator layers of documents that two
or more annotators marked done. A field an annotator left unset on a document is
missing there (not a value), so a field nobody looked at does not look agreed.

- single choice: one unit per document, the value name as a nominal value.
- multiple choice: one unit per document and value name, chosen or not (binary), over
  the documents where the annotator set the field.
- free text: the share of pairs that wrote exactly the same text; kappa and alpha are
  not defined for it (None).

Kappa is the mean over pairs of annotators (each pair on the units both gave a value);
alpha is computed over all annotators at once (nominal). Undefined is None, never 0.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Any

import numpy as np

from annotator.core.agreement import NO_TAG, cohen_kappa, krippendorff_alpha, tag_table
from annotator.core.document_fields import MULTIPLE, TEXT, DocLabels, DocumentField

# document id -> annotator -> that annotator's document labels
Votes = Mapping[int, Mapping[str, DocLabels]]


def _units(fld: DocumentField, votes: Votes, names: list[str]) -> np.ndarray:
    """Coders x units value codes (NO_TAG where a coder gave no value)."""
    columns: list[list[int]] = []
    codes = {v: i for i, v in enumerate(fld.value_names)}
    for by_layer in votes.values():
        if fld.type == MULTIPLE:
            for v in fld.value_names:
                columns.append([
                    NO_TAG if by_layer.get(n, {}).get(fld.name) is None
                    else int(v in by_layer[n][fld.name]) for n in names])
        else:
            values = [by_layer.get(n, {}).get(fld.name) for n in names]
            columns.append([codes.get(v, NO_TAG) if isinstance(v, str) else NO_TAG
                            for v in values])
    if not columns:
        return np.zeros((len(names), 0), dtype=np.int64)
    return np.array(columns, dtype=np.int64).T


def _pair_kappas(data: np.ndarray, codes: int) -> list[float | None]:
    out = []
    for i, j in combinations(range(len(data)), 2):
        both = (data[i] != NO_TAG) & (data[j] != NO_TAG)
        if both.any():
            out.append(cohen_kappa(tag_table(data[i][both], data[j][both], codes)))
    return out


def _observed(data: np.ndarray) -> float | None:
    """Share of coder pairs on a unit that gave the same value."""
    same = total = 0
    for i, j in combinations(range(len(data)), 2):
        both = (data[i] != NO_TAG) & (data[j] != NO_TAG)
        total += int(both.sum())
        same += int((data[i][both] == data[j][both]).sum())
    return same / total if total else None


def _text_agreement(fld: DocumentField, votes: Votes) -> tuple[float | None, int]:
    same = total = units = 0
    for by_layer in votes.values():
        given = [lv[fld.name] for lv in by_layer.values() if lv.get(fld.name) is not None]
        units += len(given) >= 2
        for a, b in combinations(given, 2):
            total += 1
            same += a == b
    return (same / total if total else None), units


def field_agreement(fld: DocumentField, votes: Votes) -> dict[str, Any]:
    """The figures of one field (keys: type, units, observed_agreement, cohen_kappa,
    krippendorff_alpha)."""
    if fld.type == TEXT:
        observed, units = _text_agreement(fld, votes)
        return {"type": fld.type, "units": units, "observed_agreement": observed,
                "cohen_kappa": None, "krippendorff_alpha": None}
    names = sorted({n for by_layer in votes.values() for n in by_layer})
    data = _units(fld, votes, names)
    codes = 2 if fld.type == MULTIPLE else max(len(fld.values), 1)
    rated = (data != NO_TAG).sum(axis=0) >= 2 if data.size else np.zeros(0, dtype=bool)
    data = data[:, rated] if data.size else data
    kappas = [k for k in _pair_kappas(data, codes) if k is not None] if data.size else []
    return {
        "type": fld.type,
        "units": int(data.shape[1]) if data.size else 0,
        "observed_agreement": _observed(data) if data.size else None,
        "cohen_kappa": sum(kappas) / len(kappas) if kappas else None,
        "krippendorff_alpha": krippendorff_alpha(data) if data.size else None,
    }


def document_label_agreement(fields: Sequence[DocumentField], votes: Votes
                             ) -> dict[str, dict[str, Any]]:
    """Per document field (in schema order), its agreement figures."""
    return {fld.name: field_agreement(fld, votes) for fld in fields}
