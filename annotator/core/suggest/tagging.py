"""Spans to token tags and back, for the CRF: BIOES tags on whole-word tokens, with
the proclitic cut carried in the tag.

The tagger sees whole words (``tokens.tokenize`` without splits), because at
prediction time nobody knows yet where a name starts. A span that starts after a
proclitic inside its first word (the guideline's "لإيران" -> "إيران") gets a begin tag
with the number of proclitics to cut: "S-GPE|1". Decoding cuts them again with
``arabic.trim_proclitic``, so a predicted span has exactly the boundaries the
annotators use, whichever convention the project follows (Wojood keeps proclitics
inside: its tags never carry a cut).

BIOES rather than BIO: marking a name's last word lets a first-order CRF learn
where names end, which is where most of its boundary errors were.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.core.arabic import trim_proclitic
from annotator.core.suggest.data import SpanTuple
from annotator.core.suggest.matcher import NameMatch
from annotator.core.tokens import Aligner

__all__ = ["Encoded", "chunks", "decode_tags", "encode_spans", "gazetteer_tags", "split_tag"]

Range = tuple[int, int]
OUTSIDE = "O"
SCHEME = "bioes"
_MAX_CUT = 2  # "وب" in "وبغداد": conjunction plus preposition


@dataclass(slots=True)
class Encoded:
    """Tags for the tokens of a text, and the spans that did not fit the tokens."""

    tags: list[str]
    widened: int = 0  # spans tagged on whole tokens though they start or end inside one
    dropped: int = 0  # spans that touch no token or share a token with an earlier span


def split_tag(tag: str) -> tuple[str, str, int]:
    """("B", "GPE", 1) for "B-GPE|1"; ("O", "", 0) for "O"."""
    if tag == OUTSIDE:
        return OUTSIDE, "", 0
    prefix, _, rest = tag.partition("-")
    label, _, cut = rest.partition("|")
    return prefix, label, int(cut) if cut else 0


def _cut_of(text: str, token: Range, start: int) -> int | None:
    """How many proclitics lie between the token start and ``start`` (None: not a cut)."""
    if start == token[0]:
        return 0
    pos = token[0]
    for n in range(1, _MAX_CUT + 1):
        trimmed = trim_proclitic(text, pos, token[1])
        if trimmed is None:
            return None
        pos = trimmed[0]
        if pos == start:
            return n
    return None


def encode_spans(text: str, tokens: Sequence[Range], spans: Sequence[SpanTuple]) -> Encoded:
    """BIOES tags for non-overlapping ``spans`` (see ``data.outermost``).

    A span that starts inside its first token at a proclitic is tagged with the cut;
    one that starts or ends elsewhere inside a token is tagged on the whole token and
    counted in ``widened`` (the model cannot learn a boundary its tokens lack).
    """
    tags = [OUTSIDE] * len(tokens)
    out = Encoded(tags)
    aligner = Aligner(list(tokens))
    for start, end, label in sorted(spans):
        aligned = aligner.align(start, end)
        if aligned is None or any(t != OUTSIDE for t in tags[aligned.first:aligned.last]):
            out.dropped += 1
            continue
        first, last = aligned.first, aligned.last
        cut = _cut_of(text, tokens[first], start) if start > tokens[first][0] else 0
        if cut is None or start < tokens[first][0] or end != tokens[last - 1][1]:
            out.widened += 1
            cut = cut or 0
        suffix = f"|{cut}" if cut else ""
        if SCHEME == "bio":
            tags[first] = f"B-{label}{suffix}"
            for k in range(first + 1, last):
                tags[k] = f"I-{label}"
            continue
        if last - first == 1:
            tags[first] = f"S-{label}{suffix}"
            continue
        tags[first] = f"B-{label}{suffix}"
        for k in range(first + 1, last - 1):
            tags[k] = f"I-{label}"
        tags[last - 1] = f"E-{label}"
    return out


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str, int]]:
    """Entities (first token, last token + 1, label, cut) in BIO or BIOES tags.

    Read as conlleval and seqeval read them, imperfect sequences included: an I or E
    with no open entity of its label opens one; an entity closes after E or S, before
    B or S, and where the label changes or an O follows. ``evaluate`` counts with the
    same function, so scores equal seqeval's.
    """
    out: list[tuple[int, int, str, int]] = []
    open_at: tuple[int, str, int] | None = None  # first token, label, cut
    for k, tag in enumerate(tags):
        prefix, label, cut = split_tag(tag)
        continues = open_at is not None and prefix in ("I", "E") and label == open_at[1]
        if open_at is not None and not continues:
            out.append((open_at[0], k, open_at[1], open_at[2]))
            open_at = None
        if prefix in ("B", "S") or (prefix in ("I", "E") and open_at is None):
            open_at = (k, label, cut)
        if prefix in ("E", "S") and open_at is not None:
            out.append((open_at[0], k + 1, open_at[1], open_at[2]))
            open_at = None
    if open_at is not None:
        out.append((open_at[0], len(tags), open_at[1], open_at[2]))
    return out


def decode_tags(text: str, tokens: Sequence[Range], tags: Sequence[str]
                ) -> list[tuple[int, int, str, int, int]]:
    """Spans (start, end, label, first token, last token + 1) from tags (``chunks``),
    an entity's unpaired bracket repaired (``_balanced``).

    A begin tag's cut is applied with ``trim_proclitic``; where the word has no such
    proclitic, the span starts at the word.
    """
    out: list[tuple[int, int, str, int, int]] = []
    found = chunks(tags)
    taken = {k for first, last, _, _ in found for k in range(first, last)}
    for predicted_first, last, label, cut in found:
        first, last = _balanced(text, tokens, predicted_first, last, taken)
        if first != predicted_first:
            cut = 0  # the cut belonged to the word that no longer begins the entity
        start = tokens[first][0]
        for _ in range(cut):
            trimmed = trim_proclitic(text, start, tokens[first][1])
            if trimmed is None:
                break
            start = trimmed[0]
        out.append((start, tokens[last - 1][1], label, first, last))
    return out


_CLOSING = {"(": ")", "[": "]", "{": "}", "«": "»"}  # an opening bracket -> its closing one
_OPENING = {close: open_ for open_, close in _CLOSING.items()}


def _balanced(text: str, tokens: Sequence[Range], first: int, last: int,
              taken: set[int]) -> tuple[int, int]:
    """A predicted entity's tokens [first, last) with one unpaired bracket repaired: left
    out when it is the entity's edge, else its pair taken in when that is the next token
    outside the entity (and in no other entity).

    Annotated names almost never hold an unpaired bracket (3 of 2,312 spans in the
    Wojood sample), but the tagger, deciding word by word, ends "( 25 / 11 / 1988 )"
    after the date's closing bracket and starts it after the opening one. The repair
    raised cross-validated micro-F1 on Wojood from 0.729 to 0.751, in every fold;
    taking the pair in before leaving a stray edge out gained only half as much
    (decision 0016).
    """
    words = [text[a:b] for a, b in tokens[first:last]]
    unclosed: list[int] = []  # positions in words of opening brackets not yet closed
    unopened: list[int] = []  # closing brackets with no opening one before them
    for k, word in enumerate(words):
        if word in _CLOSING:
            unclosed.append(k)
        elif word in _OPENING:
            if unclosed and _CLOSING[words[unclosed[-1]]] == word:
                unclosed.pop()
            else:
                unopened.append(k)
    if len(unclosed) + len(unopened) != 1 or len(words) == 1:
        return first, last  # balanced, a bracket alone, or more than one stray
    if unclosed == [0]:
        return first + 1, last
    if unopened == [len(words) - 1]:
        return first, last - 1
    if unclosed:
        pair, at = _CLOSING[words[unclosed[0]]], last
    else:
        pair, at = _OPENING[words[unopened[0]]], first - 1
    if 0 <= at < len(tokens) and at not in taken and text[tokens[at][0]:tokens[at][1]] == pair:
        return min(first, at), max(last, at + 1)
    return first, last


def gazetteer_tags(tokens: Sequence[Range], matches: Sequence[NameMatch]) -> list[str]:
    """Per token, "" or the gazetteer's tag for it: "B-GPE" on a name's first word
    ("B-GPE|1" when the name starts after a proclitic inside it), "I-GPE" on the rest.
    """
    tags = [""] * len(tokens)
    aligner = Aligner(list(tokens))
    for match in matches:
        aligned = aligner.align(match.start, match.end)
        if aligned is None:
            continue
        inside = "|1" if match.start > tokens[aligned.first][0] else ""
        tags[aligned.first] = f"B-{match.label}{inside}"
        for k in range(aligned.first + 1, aligned.last):
            tags[k] = f"I-{match.label}"
    return tags
