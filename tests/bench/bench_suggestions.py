"""Suggestions on the Wojood sample: model F1 on val, learning curve, gazetteer and
label-all F1, training and suggestion times, memory.

Run from the repository root (not collected by pytest; tests/bench is ignored):

    python tests/bench/bench_suggestions.py                 # ../shared/data/wojood-sample
    python tests/bench/bench_suggestions.py --data DIR      # another copy of the sample
    python tests/bench/bench_suggestions.py --quick         # no baseline, no curve

Data: the Wojood sample (train.txt about 1,100 sentences and 20,000 tokens, val.txt
about 160 sentences; nested Arabic NER, MIT, see its README), read with the project's
CoNLL reader under the schema ``wojood.toml`` beside it, as ``annotator import`` reads
it: one document per file, a sentence per line. Without the shared folder the
300-sentence excerpt in tests/data/wojood is used (figures then are not the targets').

What runs, in the engine (core level):

- model: ``train_model`` on all of train, ``CrfModel.predict`` on the text of val,
  ``evaluate`` against val's outermost spans (exact match, seqeval's counting);
- learning curve: the same on 10% and 30% of train's sentences (fixed random seed);
- baseline (same run, for the ratios): a plain python-crfsuite CRF with the features
  of FACTS.md (normalized word, 1-3 character prefixes and suffixes, proclitic and
  article flags, a +-2 word window; BIO), as the issue's "plain CRF" reference;
- gazetteer: ``Gazetteer.from_documents(train)`` matched over val; label-all: every
  name labelled in train run through ``LabelAll`` over val (naive memorization), and
  within val, the share of what label-all adds from a labelled span that is gold;
- suggestion time: ``predict`` on articles of about 3,000 characters made of val
  sentences (median over the articles, warm), against tokenizing the same article;
- memory: the process's peak resident size, and tracemalloc's peak for one training.

Then through the application (tests/bench/suggestions_app.py; ``--no-app`` skips it):

- the commands: a project made with `annotator schema --set wojood.toml`, `import
  train.txt --layer gold`, `import val.txt --layer val_gold`; `annotator train --layer
  gold`, `suggest --source crf` and `--source gazetteer` into layers, and `evaluate
  --gold val_gold --pred LAYER` (only val has the val_gold layer), each a fresh process;
- the window while it trains the model (a child process): the gaps between the ticks
  of a 5 ms timer on the GUI thread, against the idle window;
- accepting a suggestion (Return) in bench_text_view.py's 57,000-character document
  with 5,000 spans, against a label key and a plain repaint.

Targets (issue 14): model micro-F1 on val at least 0.75; training on all of train
within 15 s; suggesting for a 3,000-character article within 20 ms; no gap over 50 ms
on the GUI thread while training; accepting a suggestion costs no more than a label key.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path

import pycrfsuite

from annotator.core.arabic import normalize_for_search, tokens_with_offsets
from annotator.core.importers import read_file
from annotator.core.schema import load_schema
from annotator.core.suggest.data import TrainingDocument, outermost
from annotator.core.suggest.evaluate import Evaluation, evaluate
from annotator.core.suggest.gazetteer import Gazetteer
from annotator.core.suggest.label_all import LabelAll
from annotator.core.suggest.model import CrfModel, detect_proclitic_inside, train_model

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data" / "wojood-sample"
EXCERPT = ROOT / "tests" / "data" / "wojood"
F1_TARGET = 0.75
TRAIN_TARGET_S = 15.0
SUGGEST_TARGET_MS = 20.0
ARTICLE_CHARS = 3000


def require(condition: bool, message: str) -> None:
    """An assert that `python -O` keeps."""
    if not condition:
        raise AssertionError(message)


def load(folder: Path, name: str) -> TrainingDocument:
    schema = load_schema(folder / "wojood.toml")
    records = read_file(folder / name, schema, fmt="conll", layer="gold")
    require(len(records) == 1, f"{name}: expected one document, got {len(records)}")
    record = records[0]
    return TrainingDocument.of(record.text, [(s.start, s.end, s.label)
                                             for s in record.layers[0].spans])


def sentence_subset(doc: TrainingDocument, share: float, seed: int) -> TrainingDocument:
    """A document of a random ``share`` of the sentences (lines), in their order."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in doc.text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    keep = sorted(random.Random(seed).sample(range(len(lines)),
                                             max(1, round(share * len(lines)))))
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    size = 0
    for k in keep:
        a, b = lines[k]
        if text_parts:
            text_parts.append("\n")
            size += 1
        spans += [(s - a + size, e - a + size, lb) for s, e, lb in doc.spans
                  if a <= s and e <= b]
        text_parts.append(doc.text[a:b])
        size += b - a
    return TrainingDocument.of("".join(text_parts), spans)


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def score(val: TrainingDocument, spans: Sequence[tuple[int, int, str]]) -> Evaluation:
    return evaluate([outermost(val.spans)], [list(spans)])


def line(name: str, result: Evaluation) -> str:
    m = result.micro
    return (f"  {name:<34} P {m.precision:.3f}  R {m.recall:.3f}  F1 {m.f1:.3f}  "
            f"({m.correct} of {m.support} gold, {m.predicted} predicted)")


# ------------------------------------------------------------------ plain CRF baseline
def _plain_features(words: list[str]) -> list[list[str]]:
    norms = [normalize_for_search(w) for w in words]
    out = []
    for i, n in enumerate(norms):
        f = ["w=" + n, "pro=" + str(n[:1] in "وفبلك" and len(n) > 3),
             "al=" + str(n.startswith("ال") or n[1:3] == "ال")]
        f += [f"p{k}=" + n[:k] for k in (1, 2, 3)] + [f"s{k}=" + n[-k:] for k in (1, 2, 3)]
        for d in (-2, -1, 1, 2):
            j = i + d
            f.append(f"w{d}=" + (norms[j] if 0 <= j < len(norms) else "<edge>"))
        out.append(f)
    return out


def _sentences(doc: TrainingDocument) -> list[tuple[list[tuple[int, int]], list[str]]]:
    """(tokens, BIO tags) per line, outermost spans, whole tokens."""
    out = []
    spans = outermost(doc.spans)
    pos = 0
    for text_line in doc.text.split("\n"):
        tokens = [(a + pos, b + pos) for a, b in tokens_with_offsets(text_line)]
        tags = ["O"] * len(tokens)
        for s, e, label in spans:
            inside = [k for k, (a, b) in enumerate(tokens) if s <= a and b <= e]
            for n, k in enumerate(inside):
                tags[k] = ("B-" if n == 0 else "I-") + label
        out.append((tokens, tags))
        pos += len(text_line) + 1
    return out


def plain_crf(train: TrainingDocument, val: TrainingDocument) -> tuple[float, Evaluation]:
    """The issue's reference: a CRF with word, affix, flag and window features."""
    def fit() -> pycrfsuite.Tagger:
        trainer = pycrfsuite.Trainer(verbose=False)
        for tokens, tags in _sentences(train):
            trainer.append(_plain_features([train.text[a:b] for a, b in tokens]), tags)
        trainer.set_params({"c1": 0.1, "c2": 0.05, "max_iterations": 100})
        path = Path(__file__).with_name(".plain-crf.crfsuite")
        try:
            trainer.train(str(path))
            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(path.read_bytes())
        finally:
            path.unlink(missing_ok=True)
        return tagger

    seconds, tagger = timed(fit)
    predicted = []
    for tokens, _ in _sentences(val):
        tags = tagger.tag(_plain_features([val.text[a:b] for a, b in tokens]))
        start = label = None
        for k, tag in enumerate([*tags, "O"]):
            if start is not None and not (tag.startswith("I-") and tag[2:] == label):
                predicted.append((tokens[start][0], tokens[k - 1][1], label))
                start = None
            if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                start, label = k, tag[2:]
    return seconds, score(val, predicted)


# ------------------------------------------------------------------ matching baselines
def label_all_everywhere(train: TrainingDocument, val: TrainingDocument,
                         inside: bool) -> Evaluation:
    """Every name labelled in train, label-all'ed over val, one name at a time."""
    found: set[tuple[int, int, str]] = set()
    names = {(train.text[s:e], label) for s, e, label in train.spans}
    for name, label in sorted(names):
        finder = LabelAll(name, label, proclitic_inside=inside)
        found.update((m.start, m.end, m.label) for m in finder.find(val.text))
    return score(val, sorted(found))


def label_all_within(val: TrainingDocument, inside: bool) -> tuple[int, int]:
    """Label-all from each gold span of val over val: (gold, all) of what it adds."""
    gold = set(val.spans)
    right = total = 0
    seen: set[tuple[str, str]] = set()
    for s, e, label in val.spans:
        if (val.text[s:e], label) in seen:
            continue
        seen.add((val.text[s:e], label))
        for m in LabelAll(val.text[s:e], label, proclitic_inside=inside).find(
                val.text, [(s, e, label)]):
            total += 1
            right += (m.start, m.end, m.label) in gold
    return right, total


def articles(val: TrainingDocument) -> list[str]:
    """Texts of about 3,000 characters from consecutive val sentences."""
    out: list[str] = []
    current: list[str] = []
    for text_line in val.text.split("\n"):
        current.append(text_line)
        if sum(len(x) + 1 for x in current) >= ARTICLE_CHARS:
            out.append("\n".join(current))
            current = []
    return out


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    p.add_argument("--data", type=Path, default=None, help="folder with train.txt, "
                   "val.txt and wojood.toml (default: the shared Wojood sample)")
    p.add_argument("--runs", type=int, default=5, help="timed passes over the articles")
    p.add_argument("--quick", action="store_true", help="skip the baseline and the curve")
    p.add_argument("--no-app", action="store_true",
                   help="skip the commands and the window (engine figures only)")
    p.add_argument("--reps", type=int, default=20, help="repetitions of the accept timing")
    args = p.parse_args(argv)
    folder = args.data or (SHARED if (SHARED / "train.txt").exists() else EXCERPT)
    print(f"bench_suggestions: Python {platform.python_version()}, {platform.machine()}, "
          f"python-crfsuite {metadata.version('python-crfsuite')}, "
          f"pyahocorasick {metadata.version('pyahocorasick')}")
    if folder == EXCERPT:
        print("  (shared Wojood sample not found: using the 300-sentence excerpt; the "
              "targets are for the full sample)")
    train, val = load(folder, "train.txt"), load(folder, "val.txt")
    inside = detect_proclitic_inside([train])
    print(f"data: {folder}\n  train {len(train.text.splitlines())} sentences, "
          f"{len(train.spans)} spans; val {len(val.text.splitlines())} sentences, "
          f"{len(outermost(val.spans))} outermost spans; proclitics inside names: {inside}")

    cpu0 = time.process_time()
    seconds, model = timed(lambda: train_model([train]))
    cpu = time.process_time() - cpu0
    assert isinstance(model, CrfModel)
    prediction = model.predict(val.text)
    result = score(val, [(s.start, s.end, s.label) for s in prediction.suggestions])
    info = model.info
    print(f"\nmodel: {info.tokens} tokens, {info.sentences} sentences, {info.spans} spans, "
          f"labels {len(info.labels)} (skipped, too few spans: "
          f"{', '.join(info.skipped_labels) or 'none'}); {len(model.to_bytes()):,} bytes")
    print(line("model on val", result))
    print(f"  F1 target >= {F1_TARGET}: {'met' if result.micro.f1 >= F1_TARGET else 'MISSED'}")
    print("  per label:\n    " + result.table().replace("\n", "\n    "))

    if not args.quick:
        print("\nlearning curve (share of train's sentences, same val):")
        for share in (0.1, 0.3):
            part = sentence_subset(train, share, seed=14)
            t, m = timed(lambda part=part: train_model([part]))
            assert isinstance(m, CrfModel)
            r = score(val, [(s.start, s.end, s.label) for s in m.predict(val.text).suggestions])
            print(f"  {share:4.0%}  F1 {r.micro.f1:.3f}  ({t:5.1f} s)")
        print(f"  100%  F1 {result.micro.f1:.3f}  ({seconds:5.1f} s)")

    names = Gazetteer.from_documents([train], proclitic_inside=inside)
    print(f"\nmatching (train's names over val; {len(names)} names kept by the gazetteer):")
    print(line("gazetteer (precision filter)",
               score(val, [(m.start, m.end, m.label) for m in names.find(val.text)])))
    print(line("label-all of every train name", label_all_everywhere(train, val, inside)))
    right, total = label_all_within(val, inside)
    print(f"  label-all within val: {total} spans added from labelled ones, {right} gold "
          f"({right / total if total else 0:.1%})")

    texts = articles(val)
    model.predict(texts[0])  # warm: lexicon and caches
    per_article: list[float] = []
    per_tokenize: list[float] = []
    cpu0 = time.process_time()
    for _ in range(args.runs):
        for text in texts:
            per_article.append(timed(lambda text=text: model.predict(text))[0])
            per_tokenize.append(timed(lambda text=text: tokens_with_offsets(text))[0])
    cpu_article_ms = (time.process_time() - cpu0) / (args.runs * len(texts)) * 1000
    suggest_ms = statistics.median(per_article) * 1000
    tokenize_ms = statistics.median(per_tokenize) * 1000
    sizes = [len(t) for t in texts]
    print(f"\ntimes ({platform.node()}; load average "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}):")
    print(f"  training on all of train: {seconds:.1f} s wall, {cpu:.1f} s CPU "
          f"(target <= {TRAIN_TARGET_S:.0f} s: "
          f"{'met' if seconds <= TRAIN_TARGET_S else 'MISSED'})")
    print(f"  suggesting, {len(texts)} articles of {min(sizes)}-{max(sizes)} characters: "
          f"median {suggest_ms:.1f} ms (target <= {SUGGEST_TARGET_MS:.0f} ms: "
          f"{'met' if suggest_ms <= SUGGEST_TARGET_MS else 'MISSED'}); "
          f"{suggest_ms / tokenize_ms:.1f}x tokenizing the same text ({tokenize_ms:.1f} ms); "
          f"CPU per article, tokenizing included: {cpu_article_ms:.1f} ms")
    if not args.quick:
        base_seconds, base = plain_crf(train, val)
        print(f"  baseline plain CRF: trained in {base_seconds:.1f} s "
              f"(ours {seconds / base_seconds:.2f}x); {line('its F1 on val', base).strip()}")

    tracemalloc.start()
    train_model([sentence_subset(train, 0.3, seed=14)])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nmemory: peak resident {rss:.0f} MB (whole run); Python allocations while "
          f"training on 30% of train: peak {peak / 2**20:.0f} MB (crfsuite's own memory "
          "is not traced)")
    require(all(val.text[s.start:s.end] == s.text for s in prediction.suggestions),
            "a suggestion's text differs from the stored text at its offsets")
    if not args.no_app:
        app_figures(folder, args.reps)
    return 0


def app_figures(folder: Path, reps: int) -> None:
    """The commands, then the window (offscreen unless a display is chosen)."""
    import suggestions_app

    figures = suggestions_app.cli_path(folder)
    print(f"  model F1 on val through the commands: {figures['crf']:.3f} (target >= "
          f"{F1_TARGET}: {'met' if figures['crf'] >= F1_TARGET else 'MISSED'}); "
          f"gazetteer {figures['gazetteer']:.3f}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    suggestions_app.isolate_settings()
    suggestions_app.window_frames(folder)
    suggestions_app.window_accept(max(5, reps))


if __name__ == "__main__":
    sys.exit(main())
