"""Suggestions: label-all, gazetteers and a CRF tagger trained on the project.

Pure Python (no Qt, no SQL): the store hands over texts and spans, and gets back
spans to offer. Every suggestion is an exact [start, end) range of the stored text.

- ``words``: whole words in the matching view, the proclitic rule, name keys.
- ``matcher``: the Aho–Corasick name matcher both of the next two use.
- ``label_all``: the other occurrences of a span's name (``LabelAll``).
- ``gazetteer``: name lists from layers or TSV/CSV files (``Gazetteer``).
- ``model``: the CRF (``train_model``, ``CrfModel``), its features (``features``,
  ``lexicon``) and tags (``tagging``).
- ``held_out``: training with held-out scores kept in the model (``train_with_held_out``).
- ``evaluate``: exact-span P/R/F1 per label and micro, as seqeval counts.
- ``data``: training documents, outermost spans, the held-out split.
"""
