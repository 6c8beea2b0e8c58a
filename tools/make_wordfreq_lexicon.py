"""Write resources/lexicon/arramooz-wordfreq.tsv from the arramooz word frequency list.

The suggestion tagger looks each word up in it (``core/suggest/lexicon.py``): whether a
word is a common Arabic word (and of which kind: noun, verb, adjective, particle...) or
a known proper noun, and how frequent it is. A word of none of these is more likely a
name. The list is derived once, here, and committed (nothing is downloaded at run time):

    pip install arramooz-pysqlite==0.4.2
    python tools/make_wordfreq_lexicon.py > resources/lexicon/arramooz-wordfreq.tsv

Each line: the word in the matching view (``arabic.normalize_for_search``), its word
types joined by "," and the order of magnitude of its highest frequency (log10, at
most 7), tab-separated, sorted by word. arramooz is GPL-3.0 (Taha Zerrouki); see
resources/lexicon/README.txt.
"""

from __future__ import annotations

import math
import sqlite3
import sys
from importlib.resources import files

from annotator.core.arabic import normalize_for_search


def main() -> int:
    source = files("arramooz") / "data" / "wordfreq.sqlite"
    words: dict[str, tuple[set[str], int]] = {}
    with sqlite3.connect(str(source)) as db:
        for word, kind, freq in db.execute(
                "SELECT unvocalized, word_type, freq FROM wordfreq"):
            key = normalize_for_search(word)
            if not key or any(ch.isspace() for ch in key):
                continue
            kinds, top = words.setdefault(key, (set(), 0))
            kinds.add(kind)
            words[key] = (kinds, max(top, int(freq)))
    out = sys.stdout
    for key in sorted(words):
        kinds, top = words[key]
        out.write(f"{key}\t{','.join(sorted(kinds))}\t{min(int(math.log10(max(top, 1))), 7)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
