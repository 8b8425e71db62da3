"""Run checks over many files, each in a worker process with a time and memory limit.

One pathological file (a PDF whose page tree loops, a decompression bomb, a scan that takes OCR
for ever) must neither hang nor kill the run. Each worker process checks one document at a time,
so every failure is pinned on exactly one document:

- a document that takes longer than `Limits.timeout` is reported as `timeout`; its worker (and
  the worker's own children, such as a Tesseract process) is killed and replaced;
- a worker that dies (its address-space limit `Limits.memory_mb` was hit inside C code, a
  crash) reports its document as `worker_crashed`; a MemoryError in Python becomes `too_large`;
- any other exception in a worker becomes `internal_error` for that document only.

The other documents go on. Results come back in input order; `progress` is called as each
document finishes. Workers are started with `fork` where there is one (the parent loads the
language model once and the workers share it), are recycled after `MAX_TASKS_PER_WORKER`
documents, die with the parent (PR_SET_PDEATHSIG on Linux), and are always joined: no
zombies are left behind, also not after Ctrl-C.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path

from checker.extract import DEFAULT_MAX_BYTES
from checker.results import DocumentReport

DEFAULT_TIMEOUT = 300.0  # seconds per document (OCR of a long scan needs minutes)
DEFAULT_MEMORY_MB = 1536  # address-space limit per worker
MAX_TASKS_PER_WORKER = 200  # a fresh worker after this many documents (bounds slow leaks)

MSG_TIMEOUT = "Het lezen duurde langer dan {seconds:.0f} seconden en is afgebroken."
MSG_CRASHED = "Het bestand liet de verwerking vastlopen (geheugen- of andere grens overschreden)."
MSG_MEMORY = "Het bestand vraagt te veel geheugen om te lezen."
MSG_INTERNAL = "Het bestand kon niet worden verwerkt door een interne fout ({name})."


@dataclass(frozen=True)
class Limits:
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB
    ocr: str = "auto"  # "auto" | "never" | "always", see checker.extract.pdf


# A check: (path, how to show it, limits) -> report. Must be a module-level function.
Check = Callable[[str, str, Limits], DocumentReport]


def _error(shown: str, code: str, message: str) -> DocumentReport:
    return DocumentReport(path=shown, status="error", error={"code": code, "message": message})


def check_one(path: str, shown: str, limits: Limits) -> DocumentReport:
    """The default check: `checker.api.check_document` with the limits' options."""
    from checker.api import check_document

    return check_document(Path(path), max_bytes=limits.max_bytes, display_path=shown, ocr=limits.ocr)


def check_files(
    files: Sequence[tuple[Path, str]],
    jobs: int | None = None,
    limits: Limits = Limits(),
    progress: Callable[[DocumentReport], None] | None = None,
    check: Check = check_one,
) -> list[DocumentReport]:
    """Check `files` ((path, how to show it) pairs) in `jobs` worker processes.

    `jobs=0` checks in this process without isolation or time limit (for tests and debugging).
    `check` replaces the per-document function (tests use it to inject a document that hangs
    or crashes); it must be importable by name when workers are not forked.
    """
    files = list(files)
    if jobs == 0:
        out = []
        for path, shown in files:
            report = _safe_check(check, str(path), shown, limits)
            out.append(report)
            if progress:
                progress(report)
        return out
    if not files:
        return []
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(files)))
    if check is check_one and len(files) > 1:
        # Load once before forking so the workers share it. A single document is checked by a
        # single worker that loads what it needs itself (no reader for a format it lacks).
        _warm_up()
    pool = _Pool(jobs, limits, check)
    results: list[DocumentReport | None] = [None] * len(files)
    try:
        pool.run(files, results, progress)
    finally:
        pool.close()
    lost = MSG_INTERNAL.format(name="lost")
    return [
        r if r is not None else _error(files[i][1], "internal_error", lost) for i, r in enumerate(results)
    ]


def _warm_up() -> None:
    """Load the language model and requirements once, before the workers fork."""
    try:
        from checker.api import check_extracted
        from checker.document import Block, Document

        check_extracted(Document(path="-", format="txt", blocks=[Block("Samenwerkingsovereenkomst.")]))
        import checker.extract.docx  # noqa: F401 - the readers too, so no worker imports them again
        import checker.extract.pdf  # noqa: F401
    except Exception:  # noqa: BLE001 - the workers will load it themselves and report any failure
        pass
    # Keep the garbage collector off the loaded model and tables: it would touch every object
    # in every forked worker and so copy the pages they share with the parent. Once per process:
    # a long-running caller (the web app warms up per request) must not freeze later garbage.
    global _FROZEN
    if not _FROZEN:
        gc.freeze()
        _FROZEN = True


_FROZEN = False


def _safe_check(check: Check, path: str, shown: str, limits: Limits) -> DocumentReport:
    try:
        return check(path, shown, limits)
    except MemoryError:
        return _error(shown, "too_large", MSG_MEMORY)
    except Exception as exc:  # noqa: BLE001 - one document must never end the batch
        return _error(shown, "internal_error", MSG_INTERNAL.format(name=type(exc).__name__))


# ---------------------------------------------------------------------------------------------
# Workers


def _worker_main(conn, memory_mb: int, check: Check, limits: Limits) -> None:
    """Loop in a worker: receive (index, path, shown), send (index, report); stop on None."""
    _limit_self(memory_mb)
    try:
        from checker.extract import ocr

        ocr.PARALLEL = 1  # the pool already uses the cores
    except Exception:  # noqa: BLE001
        pass
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path, shown = task
        report = _safe_check(check, path, shown, limits)
        try:
            conn.send((index, report))
        except Exception as exc:  # noqa: BLE001 - e.g. a report that cannot be pickled
            conn.send((index, _error(shown, "internal_error", MSG_INTERNAL.format(name=type(exc).__name__))))


def _limit_self(memory_mb: int) -> None:
    try:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crash leaves no core file
    except (ImportError, ValueError, OSError):
        pass
    try:
        os.setpgid(0, 0)  # own process group: a timeout kills the worker and its children
    except OSError:
        pass
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the parent
    except Exception:  # noqa: BLE001 - Linux only
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    import faulthandler

    faulthandler.disable()  # a crash is reported as worker_crashed, not as a dump on stderr


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: object  # the parent's end of the pipe
    done: int = 0  # documents checked
    task: tuple[int, str] | None = None  # (index, shown) being checked
    deadline: float = 0.0


class _Pool:
    def __init__(self, jobs: int, limits: Limits, check: Check):
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.jobs = jobs
        self.limits = limits
        self.check = check
        self.workers: list[_Worker] = []

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe(duplex=True)
        process = self.context.Process(
            target=_worker_main, args=(child, self.limits.memory_mb, self.check, self.limits), daemon=True
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self.workers.append(worker)
        return worker

    def _stop(self, worker: _Worker, kill: bool) -> None:
        if worker in self.workers:
            self.workers.remove(worker)
        process = worker.process
        if kill and process.pid is not None:
            try:
                os.killpg(process.pid, signal.SIGKILL)  # the worker and e.g. its Tesseract
            except OSError:
                pass
            process.kill()
        else:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        process.join(timeout=None if kill else 5)
        if process.is_alive():
            process.kill()
            process.join()
        worker.conn.close()
        try:
            process.close()
        except ValueError:
            pass

    def run(self, files, results, progress) -> None:
        todo = list(enumerate(files))
        todo.reverse()  # pop() takes them in input order
        timeout = self.limits.timeout

        def finish(index: int, report: DocumentReport) -> None:
            results[index] = report
            if progress:
                progress(report)

        while todo or any(w.task for w in self.workers):
            # give every idle worker a document; start workers up to `jobs`
            while todo and len([w for w in self.workers if w.task]) < self.jobs:
                worker = next((w for w in self.workers if w.task is None), None)
                if worker is not None and not worker.process.is_alive():
                    self._stop(worker, kill=True)
                    worker = None
                worker = worker or self._start()
                index, (path, shown) = todo.pop()
                try:
                    worker.conn.send((index, str(path), shown))
                except OSError:  # the worker died between tasks
                    self._stop(worker, kill=True)
                    todo.append((index, (path, shown)))
                    continue
                worker.task = (index, shown)
                worker.deadline = time.monotonic() + timeout
            busy = [w for w in self.workers if w.task]
            if not busy:
                continue
            now = time.monotonic()
            wait_for = max(0.0, min(w.deadline for w in busy) - now)
            handles = {w.conn: w for w in busy} | {w.process.sentinel: w for w in busy}
            ready = wait(list(handles), timeout=wait_for)
            seen: set[int] = set()
            for handle in ready:
                worker = handles[handle]
                if id(worker) in seen or worker.task is None:
                    continue
                seen.add(id(worker))
                index, shown = worker.task
                try:
                    got_index, report = worker.conn.recv() if worker.conn.poll() else (None, None)
                except (EOFError, OSError):
                    got_index, report = None, None
                if got_index == index and report is not None:
                    worker.task = None
                    worker.done += 1
                    finish(index, report)
                    if worker.done >= MAX_TASKS_PER_WORKER:
                        self._stop(worker, kill=False)
                    continue
                # no report: the worker died while checking this document
                worker.task = None
                self._stop(worker, kill=True)
                finish(index, _error(shown, "worker_crashed", MSG_CRASHED))
            now = time.monotonic()
            for worker in [w for w in self.workers if w.task and w.deadline <= now]:
                index, shown = worker.task
                if worker.conn.poll():  # it finished just in time
                    continue
                worker.task = None
                self._stop(worker, kill=True)
                finish(index, _error(shown, "timeout", MSG_TIMEOUT.format(seconds=timeout)))

    def close(self) -> None:
        """Stop every worker (killing busy ones) and reap them all."""
        for worker in list(self.workers):
            self._stop(worker, kill=worker.task is not None)
