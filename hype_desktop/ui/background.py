"""The one way to run slow work without freezing the window (in the manner of Anki's QueryOp).

``Background(parent).run(work, success, failure, progress)`` runs ``work`` on the global
QThreadPool and calls ``success`` (or ``failure``) and ``progress`` back on the GUI thread,
because widgets may only be touched there. ``work`` gets a :class:`Progress` to report a
percentage with and must not touch widgets itself.

When the work raises, the user is told in plain words in their language:

* a known problem (``StoreProblem``, ``FileProblem``, a collation's ``ReleaseRefused``, a PDF's
  ``PdfProblem``, ``OSError``, a locked or full database)
  in its own message, naming the file where there is one;
* anything else is a bug: it is logged with its traceback (type and code locations, never
  its message, which may carry a user's text) and shown as "something went wrong; the
  details are in the log".

Without a ``failure`` callback that text appears in a message box over ``parent``; with one,
the callback gets the exception and can show :meth:`Background.describe` of it where it fits.
An exception raised by ``success`` itself is handled the same way, so no bug is silent.

Tests set ``Background.synchronous = True`` (the ``sync_background`` fixture) to run the work
inline, in the order the code reads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from hype_desktop import APP_NAME
from hype_desktop.collation.refusals import ReleaseRefused
from hype_desktop.domain.instrument import LANGUAGES
from hype_desktop.formats.errors import FileProblem
from hype_desktop.logs import log_exception, log_file, logger
from hype_desktop.messages import message
from hype_desktop.store.errors import StoreProblem, disk_problem, io_reason

T = TypeVar("T")


class Progress:
    """Handed to the work: ``progress(percent)`` (or ``progress.report(percent)``) from its thread."""

    def __init__(self, emit: Callable[[int], None]) -> None:
        self._emit = emit

    def __call__(self, percent: int) -> None:
        self._emit(max(0, min(100, int(percent))))

    report = __call__


def current_language() -> str:
    """The UI language now: the language controller keeps QLocale's default in step with it."""
    lang = QLocale().name()[:2]
    return lang if lang in LANGUAGES else "en"


class _SaysItself(Protocol):
    def render(self, lang: str) -> str: ...


def _rendered_problems() -> tuple[type[_SaysItself], ...]:
    """The problems that say themselves with ``render(lang)``. A PDF's (PdfProblem) counts once
    the PDF code is loaded, which it is whenever one was raised: importing it here would load
    reportlab into every start-up."""
    import sys

    kinds: tuple[type[_SaysItself], ...] = (StoreProblem, FileProblem, ReleaseRefused)
    pdf = sys.modules.get("hype_desktop.reports.pdf_blocks")
    if pdf is not None:
        kinds += (pdf.PdfProblem,)
    return kinds


def is_known_problem(exc: BaseException) -> bool:
    """A problem of the data or the disk the user can act on, not a bug in the app."""
    return isinstance(exc, (*_rendered_problems(), OSError)) or io_reason(exc) is not None


def describe(exc: BaseException, lang: str | None = None) -> str:
    """One plain sentence for the user about ``exc``, in ``lang`` (the UI language by default)."""
    lang = lang or current_language()
    if isinstance(exc, _rendered_problems()):
        return exc.render(lang)
    if isinstance(exc, OSError) and exc.filename:  # a full or read-only disk, named plainly
        return disk_problem(exc, None, lang) or ""
    reason = io_reason(exc)
    if reason is not None:
        return message("app.io_problem", lang, reason=reason)
    return message("background.bug", lang, path=log_file() or "hype.log")


class _Relay(QObject, Generic[T]):
    """One run's messages from the worker thread. It lives on the GUI thread, so the signals,
    emitted from the worker, reach its slots as queued calls on the GUI thread."""

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, owner: Background, success: Callable[[T], None],
                 failure: Callable[[BaseException], None] | None,
                 progress: Callable[[int], None] | None) -> None:
        super().__init__()
        self.owner = owner
        self.success = success
        self.failure = failure
        self.progress = progress
        self.finished = threading.Event()
        self.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)
        self.job: QRunnable | None = None

    def work(self, work: Callable[[Progress], T], emit_progress: Callable[[int], None]) -> None:
        try:
            result = work(Progress(emit_progress))
        except BaseException as exc:  # noqa: BLE001 - every outcome goes back to the GUI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.set()

    @Slot(int)
    def _on_progress(self, percent: int) -> None:
        if self.progress is not None and self.owner.alive():
            self.progress(percent)

    @Slot(object)
    def _on_success(self, result: T) -> None:
        self.owner.done(self)
        if not self.owner.alive():
            logger.info("background work finished after its window closed")
            return
        try:
            self.success(result)
        except Exception as exc:  # noqa: BLE001 - a bug in the callback is reported like one in the work
            self._on_failure(exc)

    @Slot(object)
    def _on_failure(self, exc: BaseException) -> None:
        self.owner.done(self)
        self.owner.report(exc, self.failure)


class _Job(QRunnable):
    def __init__(self, relay: _Relay[T], work: Callable[[Progress], T]) -> None:
        super().__init__()
        self.relay = relay
        self.fn = work

    def run(self) -> None:
        self.relay.work(self.fn, self.relay.progressed.emit)


class Background(QObject):
    """Runs work off the GUI thread for ``parent`` (the widget its messages appear over)."""

    synchronous: ClassVar[bool] = False  # tests: run inline, callbacks before run() returns

    def __init__(self, parent: QObject | None = None, *, lang: str | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._lang = lang
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[_Relay[Any]] = set()

    @property
    def busy(self) -> bool:
        """Whether work started here has not reported back yet."""
        return bool(self._running)

    @property
    def lang(self) -> str:
        return self._lang or current_language()

    def describe(self, exc: BaseException) -> str:
        return describe(exc, self.lang)

    def run(self, work: Callable[[Progress], T], success: Callable[[T], None],
            failure: Callable[[BaseException], None] | None = None,
            progress: Callable[[int], None] | None = None) -> None:
        relay: _Relay[T] = _Relay(self, success, failure, progress)
        self._running.add(relay)  # kept alive until it reports back
        if self.synchronous:
            try:
                result = work(Progress(relay._on_progress))
            except BaseException as exc:  # noqa: BLE001 - reported below, as from a thread
                relay._on_failure(exc)
            else:
                relay._on_success(result)
            relay.finished.set()
            return
        relay.job = _Job(relay, work)
        relay.job.setAutoDelete(False)  # the relay keeps it until it has reported back
        self._pool.start(relay.job)

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the work started here has finished and reported back (at quit, when no
        event loop delivers the results). False if it was still running after ``timeout_s``."""
        for relay in list(self._running):
            if not relay.finished.wait(timeout_s):
                return False
        QCoreApplication.sendPostedEvents()  # the queued success/failure calls
        return not self._running

    # called by the relays, on the GUI thread
    def alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def done(self, relay: _Relay[T]) -> None:
        self._running.discard(relay)

    def report(self, exc: BaseException, failure: Callable[[BaseException], None] | None) -> None:
        """Log a bug with its traceback; then let ``failure`` or a message box tell the user."""
        if not is_known_problem(exc):
            log_exception("background work failed", exc)
        else:
            logger.info("background work stopped: %s", type(exc).__name__)
        if not self.alive():
            return
        if failure is not None:
            try:
                failure(exc)
                return
            except Exception as bug:  # noqa: BLE001 - the failure callback failed: say so plainly
                log_exception("background failure callback failed", bug)
                exc = bug
        self.show_message(self.describe(exc))

    def show_message(self, text: str) -> None:
        """The outcome as a plain-text message over the parent window, not blocking it."""
        parent = self._parent if isinstance(self._parent, QWidget) else None
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "", parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
