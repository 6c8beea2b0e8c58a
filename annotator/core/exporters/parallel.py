"""A writer's per-document work done in worker processes, in document order.

Why: the token exports (conll, hf, spacy) spend their time turning each document into
its output (tokens, tags, lines, spaCy's arrays), all in Python and independent from
document to document, while reading the project and writing the file are cheap. So
the documents are handed in chunks to a few worker processes, and their outputs come
back in the order the documents were read: the file is the same, byte for byte.
Their outputs come back as UTF-8 bytes, not text: unpickling text decodes it, and the
parent (the one process every document passes through) would then encode it again.

- Small exports (fewer than `Workers.threshold` documents, the GUI's usual case) and
  one-CPU machines stay in this process: a pool costs a second or so to start.
- Only a few chunks are in flight at a time, so memory stays bounded however many
  documents stream past.
- The workers are started with "spawn" (a fresh interpreter), which is safe from any
  thread, the window's export thread included ("fork" is not, in a threaded process).
- They ignore Ctrl+C: the parent gets it, stops handing out chunks and waits for the
  few running ones. An error in a worker (a span that does not fit its text) is raised
  in the parent for the first document that has it, as it would be without workers,
  and the writer's file is never put in place. A worker ends when its parent does,
  even when the parent is killed.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any, TypeVar

T = TypeVar("T")
C = TypeVar("C")
R = TypeVar("R")

# Environment: the number of worker processes for exports (0 or 1: none).
WORKERS_ENV = "ANNOTATOR_EXPORT_WORKERS"
_MAX_WORKERS = 4


@dataclass(frozen=True)
class Workers:
    """How an export's documents are spread over processes."""

    count: int  # worker processes; below 2, every document is done in this process
    threshold: int = 400  # documents an export must have before a pool is started
    chunk: int = 50  # documents handed to a worker at a time
    ahead: int = 2  # chunks in flight per worker (bounds memory)


def default_workers() -> Workers:
    """min(CPUs, 4) workers, or what the environment's ANNOTATOR_EXPORT_WORKERS says."""
    given = os.environ.get(WORKERS_ENV, "").strip()
    count = int(given) if given.isdigit() else min(os.cpu_count() or 1, _MAX_WORKERS)
    return Workers(count)


def ordered_map(fn: Callable[[T, C], R], items: Iterable[T], context: C,
                workers: Workers | None = None,
                setup: Callable[[], None] | None = None,
                codec: tuple[Callable[[T], Any], Callable[[Any], T]] | None = None,
                ) -> Iterator[R]:
    """`fn(item, context)` for each item, in order, in worker processes when worth it.

    `fn` (and `setup`, and `codec`'s functions) must be module-level functions and
    `context` and the items picklable. `setup` is called once in each worker before
    its first item: what the caller set up in this process for `fn` (the spaCy export's
    pipeline). `codec` (pack, unpack): an item is sent to a worker as `pack(item)` and
    given to `fn` as `unpack` of that (plain tuples pickle several times faster than
    objects such as a record's spans).
    """
    workers = workers or default_workers()
    stream = iter(items)
    if workers.count < 2:
        for item in stream:
            yield fn(item, context)
        return
    head = list(islice(stream, workers.threshold))
    if len(head) < workers.threshold:
        for item in head:
            yield fn(item, context)
        return
    yield from _pooled(fn, chain(head, stream), context, workers, setup, codec)


def _pooled(fn: Callable[[T, C], R], items: Iterator[T], context: C, workers: Workers,
            setup: Callable[[], None] | None,
            codec: tuple[Callable[[T], Any], Callable[[Any], T]] | None) -> Iterator[R]:
    pack, unpack = codec or (None, None)
    pool = ProcessPoolExecutor(workers.count, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=(setup,))
    pending: deque[Future[list[R]]] = deque()
    try:
        while chunk := list(islice(items, workers.chunk)):
            sent = chunk if pack is None else list(map(pack, chunk))
            pending.append(pool.submit(_run_chunk, fn, sent, context, unpack))
            while len(pending) > workers.count * workers.ahead:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_chunk(fn: Callable[[T, C], R], chunk: list[Any], context: C,
               unpack: Callable[[Any], T] | None) -> list[R]:
    items = chunk if unpack is None else map(unpack, chunk)
    return [fn(item, context) for item in items]


def _start_worker(setup: Callable[[], None] | None) -> None:
    # Ctrl+C reaches every process of the terminal's group: only the parent acts on it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    if setup is not None:
        setup()


def _exit_with_parent() -> None:
    """A worker whose export was killed (kill -9, the machine's OOM killer) ends too,
    instead of waiting forever for work (and holding the terminal's pipes)."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()
        os._exit(1)
