"""The real main window under a real X server, moved from screen to screen on command.

Run by tests/ui/test_screen_reader.py in the project's environment; the screen reader's side
(reader.py) runs under the system Python with pyatspi. Commands arrive one per line on
stdin; after each the driver answers ``ready <window title>`` once the screen is shown.

    home | statement | steps | summary | workshop | tab | lang <fi|sv|en> | dialog <name> | close | quit

A dialog is opened as the app opens it (shown over the window, its first control focused);
while one is open, ``ready`` names the dialog and ``tab`` moves within it.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from hype_desktop.app import _qt_app, build_context, show_main_window
from hype_desktop.domain.reflection import NextStep, Phase, Round
from hype_desktop.ui.wizard.pages import FactorPage
from hype_desktop.ui.wizard.steps_page import StepsPage


def main() -> int:
    app = _qt_app()
    ctx = build_context(Path(sys.argv[1]), "fi")
    window = show_main_window(ctx)
    window.resize(1100, 760)
    window.activateWindow()
    inst = ctx.instrument

    def wizard_until(kind: type) -> None:
        wizard = window.view
        for _ in range(len(wizard.keys)):
            if isinstance(wizard.page, kind):
                return
            wizard.next()
        raise SystemExit(f"no {kind.__name__} in the reflection")

    def statement() -> None:
        modules = tuple(m.id for m in inst.modules if m.default_selected)
        window.start_reflection(Round(Phase.CHECK_IN, date.today()), modules, inst.scope_for_modules(modules, ()))
        wizard_until(FactorPage)
        scale = window.view.page.first_focus()
        scale.setFocus()
        QTest.keyClick(scale, Qt.Key.Key_3)

    def steps() -> None:
        wizard_until(StepsPage)
        page = window.view.page
        page.rows[0].text.setText("Pyydän yhteistä suunnitteluaikaa")

    def summary() -> None:
        reflection = window.view.reflection
        for fid in reflection.scope:
            for item in inst.factor(fid).items:
                ctx.store.save_answer(reflection.id, item.id, 4)
        ctx.store.save_next_steps(reflection.id, [NextStep("Pyydän yhteistä suunnitteluaikaa", reflection.scope[0])])
        wizard = window.view
        while window.view is wizard:
            wizard.next()

    def workshop() -> None:
        """A team's workshop through to its result: six statements answered, the rest left."""
        window.show_workshop()
        view = window.view
        view.team_name.setText("Sininen tiimi")
        view.start()
        for _ in range(6):
            QTest.keyClick(view.scale, Qt.Key.Key_4)
            QTest.keyClick(view.scale, Qt.Key.Key_PageDown)
        view.finish()

    def tab() -> None:
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)

    def lang(code: str) -> None:
        ctx.language.apply(code)

    top: list[QWidget] = []

    def dialog(name: str) -> None:
        from hype_desktop.ui.link_round_dialog import LinkRoundDialog
        from hype_desktop.ui.preset_editor import PresetEditor
        from hype_desktop.ui.settings_dialog import SettingsDialog
        from hype_desktop.ui.share_dialog import ShareDialog
        from hype_desktop.ui.team.new_round_dialog import NewRoundDialog
        reflection = ctx.store.get(window.view.reflection.id) if hasattr(window.view, "reflection") else None
        makers = {"settings": lambda: SettingsDialog(ctx, window),
                  "share": lambda: ShareDialog(ctx, reflection, window),
                  "new-round": lambda: NewRoundDialog(ctx, window),
                  "presets": lambda: PresetEditor(ctx, window),
                  "link-round": lambda: LinkRoundDialog(ctx, reflection, [], window)}
        shown = makers[name]()
        shown.open()
        shown.activateWindow()
        top[:] = [shown]

    def close() -> None:
        for shown in top:
            shown.reject()
            shown.deleteLater()
        top.clear()
        window.activateWindow()

    commands = {"home": window.show_home, "statement": statement, "steps": steps,
                "summary": summary, "workshop": workshop, "tab": tab, "lang": lang, "dialog": dialog, "close": close}

    def answer() -> None:
        print(f"ready {(top[0] if top else window).windowTitle()}", flush=True)

    def on_line() -> None:
        line = sys.stdin.readline()
        command, _, arg = line.strip().partition(" ")
        if not line or command == "quit":
            app.quit()
            return
        commands[command](*([arg] if arg else []))
        QTimer.singleShot(200, answer)  # a few event-loop passes: the bridge sees the new screen

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_line)
    QTimer.singleShot(200, answer)
    code = app.exec()
    ctx.store.db.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
