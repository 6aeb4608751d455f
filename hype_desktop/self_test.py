"""`hype-desktop --self-test`: the real window walks a reflection into a temporary folder.

Installers run this after installing. It drives the widgets with synthetic key presses
(the same path a keyboard user takes), then reopens the database from disk and checks
that every answer, the next step and the scores are there.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from hype_desktop.messages import message

if TYPE_CHECKING:
    from hype_desktop.ui.main_window import MainWindow


class SelfTestFailed(Exception):
    pass


def _walk(window: MainWindow) -> tuple[int, int | None]:
    """Walk one reflection through the window; the answers given and the reflection's id."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from hype_desktop.ui.wizard.pages import FactorPage
    from hype_desktop.ui.wizard.start_page import StartPage
    from hype_desktop.ui.wizard.steps_page import StepsPage
    from hype_desktop.ui.wizard.wizard_view import WizardView

    window.show_start()
    if not isinstance(window.view, StartPage):
        raise SelfTestFailed("the start page did not open")
    QTest.mouseClick(window.view.start_button, Qt.MouseButton.LeftButton)
    wizard = window.view
    if not isinstance(wizard, WizardView):
        raise SelfTestFailed("the reflection did not start")
    answers = 0
    for _ in range(len(wizard.keys)):
        page = wizard.page
        if isinstance(page, FactorPage):
            for n, row in enumerate(page.rows):
                key = Qt.Key.Key_N if n == 0 else Qt.Key.Key_1 + (n % 5)
                QTest.keyClick(row.scale, key)
                answers += 1
            if page.prompts is not None and page.prompts.edits:
                QTest.keyClicks(page.prompts.edits[0], "self-test")
        elif isinstance(page, StepsPage):
            QTest.keyClicks(page.rows[0].text, "self-test step")
            page.rows[0].text.textEdited.emit(page.rows[0].text.text())
        QApplication.processEvents()
        # A click, not the Alt+Right shortcut: shortcuts need an active window, which a bare
        # X server without a window manager may never give.
        QTest.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        if window.view is not wizard:
            break
    return answers, wizard.reflection.id


def run_self_test(lang: str | None = None, preset: str | None = None) -> int:
    """0 when a reflection walked through the real window was stored whole. The walk uses the
    preset given, or the one the app finds as it would at start-up (its content, offered modules
    and rounds), and says which."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="hype-self-test-"))
    os.environ["MPLCONFIGDIR"] = str(tmp / "mpl")
    try:
        from hype_desktop.app import _qt_app, build_context
        from hype_desktop.ui.main_window import MainWindow
        from hype_desktop.ui.summary_view import SummaryView

        _qt_app()
        # the preset given, or the one an installed app finds (beside it, the user's, machine-wide)
        from hype_desktop.formats.preset_loading import load_preset_or_defaults
        loaded, problem = load_preset_or_defaults(preset)
        if problem is not None:
            raise SelfTestFailed(problem.render(lang))
        ctx = build_context(tmp / "data", lang or "en", loaded)
        window = MainWindow(ctx)
        window.show()
        given, reflection_id = _walk(window)
        if not isinstance(window.view, SummaryView):
            raise SelfTestFailed("the summary was not shown at the end")
        window.close()
        ctx.services.close()
        if reflection_id is None:
            raise SelfTestFailed("the reflection was not saved")

        # Reopen from disk: what the user saw saved must be there.
        from hype_desktop.services import Services
        services = Services.open(tmp / "data", lazy=False)
        try:
            stored = services.reflections.get(reflection_id)
        finally:
            services.close()
        answered = sum(1 for a in stored.answers.values() if a.answered)
        if not stored.finished:
            raise SelfTestFailed("the reflection was not stored as finished")
        if answered != given or answered == 0:
            raise SelfTestFailed(f"{answered} answers stored, {given} given")
        if not stored.next_steps or stored.next_steps[0].text != "self-test step":
            raise SelfTestFailed("the next step was not stored")
        if not stored.scores:
            raise SelfTestFailed("no factor scores were stored")
        print(message("cli.selftest_ok", lang, answers=answered))
        if loaded is not None:
            print(message("cli.selftest_preset", lang, organisation=loaded.organisation, path=loaded.source))
        return 0
    except SelfTestFailed as exc:
        print(message("cli.selftest_failed", lang, reason=str(exc)), file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the installer needs a reason, not a traceback
        print(message("cli.selftest_failed", lang, reason=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
