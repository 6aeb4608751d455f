"""Writing the team PDF off the GUI thread: a QRunnable that reports through signals only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal


class TeamPdfSignals(QObject):
    progress = Signal(int)  # percent
    done = Signal(str, int)  # path, pages
    failed = Signal(str)  # a sentence for the user


class TeamPdfWorker(QRunnable):
    """Runs pdf_team_report.write_team_pdf (reportlab and matplotlib load here, lazily)."""

    def __init__(self, path: Path | str, instrument, outcome, lang: str, workshop=None) -> None:
        super().__init__()
        self.path, self.instrument, self.outcome, self.lang = Path(path), instrument, outcome, lang
        self.workshop = workshop  # the team's workshop result (plain data), or None
        self.signals = TeamPdfSignals()

    def run(self) -> None:
        try:
            from hype_desktop.reports.pdf_blocks import PdfProblem
            from hype_desktop.reports.pdf_team_report import write_team_pdf
        except ImportError as exc:  # pragma: no cover - a broken installation
            self.signals.failed.emit(str(exc)[:300])
            return
        try:
            pages = write_team_pdf(self.path, self.instrument, self.outcome, self.lang,
                                   progress=self.signals.progress.emit, workshop=self.workshop)
        except PdfProblem as problem:
            self.signals.failed.emit(problem.render(self.lang))
        except Exception as exc:  # noqa: BLE001 - reported in the view, never a crash
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}"[:300])
        else:
            self.signals.done.emit(str(self.path), pages)
