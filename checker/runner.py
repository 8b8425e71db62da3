"""Run checks over many files, each in a worker process with a time and memory limit.

One pathological file (a PDF whose page tree loops, a decompression bomb) must neither hang nor
kill the run: each document is checked in a worker process; a worker that exceeds its time limit
is killed and the document reported as `timeout`; a worker that dies (memory limit, crash) gives
`worker_crashed`. The other documents go on. Results come back in input order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from checker.extract import DEFAULT_MAX_BYTES
from checker.results import DocumentReport

DEFAULT_TIMEOUT = 120.0  # seconds per document
DEFAULT_MEMORY_MB = 1536  # address-space limit per worker


@dataclass(frozen=True)
class Limits:
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB


def _error(shown: str, code: str, message: str) -> DocumentReport:
    return DocumentReport(path=shown, status="error", error={"code": code, "message": message})


def _init_worker(memory_mb: int) -> None:
    try:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def _check_one(path: str, shown: str, max_bytes: int) -> DocumentReport:
    from checker.api import check_document

    return check_document(Path(path), max_bytes=max_bytes, display_path=shown)


def check_files(
    files: Sequence[tuple[Path, str]],
    jobs: int | None = None,
    limits: Limits = Limits(),
    progress: Callable[[DocumentReport], None] | None = None,
) -> list[DocumentReport]:
    """Check `files` ((path, how to show it) pairs) in `jobs` worker processes.

    `jobs=0` checks in this process without isolation (for tests and debugging).
    """
    if jobs == 0:
        out = []
        for path, shown in files:
            report = _check_one(str(path), shown, limits.max_bytes)
            out.append(report)
            if progress:
                progress(report)
        return out
    jobs = jobs or os.cpu_count() or 1
    results: list[DocumentReport | None] = [None] * len(files)
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    pending = list(enumerate(files))
    suspects: list[tuple[int, tuple[Path, str]]] = []
    while pending:
        pending, crashed = _run_pool(pending, results, jobs, limits, context, progress)
        suspects.extend(crashed)
    # A crash takes down every document in flight; rerun those alone to find the culprit.
    for item in suspects:
        rest, crashed = _run_pool([item], results, 1, limits, context, progress)
        for i, (_, shown) in crashed + rest:
            results[i] = _error(
                shown, "worker_crashed",
                "Het bestand liet de verwerking vastlopen (geheugen- of andere grens overschreden).",
            )
            if progress:
                progress(results[i])
    return [r for r in results if r is not None]


def _run_pool(pending, results, jobs, limits, context, progress):
    """Run `pending` in one pool. Returns (not yet run, crashed) after a timeout or crash
    forced the pool down; documents that finished keep their result."""
    executor = ProcessPoolExecutor(
        max_workers=min(jobs, len(pending)), mp_context=context,
        initializer=_init_worker, initargs=(limits.memory_mb,),
    )
    futures = [
        (i, item, executor.submit(_check_one, str(item[0]), item[1], limits.max_bytes)) for i, item in pending
    ]
    not_run: list = []
    crashed: list = []
    stop = False
    try:
        for i, item, future in futures:
            if stop:
                if future.done() and not future.cancelled() and future.exception() is None:
                    _store(results, i, future.result(), progress)
                elif future.done() and isinstance(future.exception(), BrokenProcessPool):
                    crashed.append((i, item))
                else:
                    not_run.append((i, item))
                continue
            try:
                _store(results, i, future.result(timeout=limits.timeout), progress)
            except FutureTimeout:
                _store(results, i, _error(item[1], "timeout",
                       f"Het lezen duurde langer dan {limits.timeout:.0f} seconden en is afgebroken."), progress)
                stop = True  # the worker is stuck: tear the pool down, rerun the rest
            except BrokenProcessPool:
                crashed.append((i, item))
                stop = True
    finally:
        if stop:
            for process in list(getattr(executor, "_processes", {}).values()):
                process.kill()
        executor.shutdown(wait=not stop, cancel_futures=True)
    return not_run, crashed


def _store(results, i, report, progress) -> None:
    results[i] = report
    if progress:
        progress(report)
