"""At the app's own 200 % text size every main view fits a 1366×768 screen: no horizontal
scroll bar, no button or label narrower than its text, no label cut short."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from hype_desktop.domain.sample import sample_reflections
from hype_desktop.ui.appearance import Appearance
from hype_desktop.ui.main_window import MainWindow

SCREEN = (1366, 768)


def _problems(window: MainWindow) -> list[str]:
    view: QWidget = window.view
    out = []
    if window.minimumSizeHint().width() > SCREEN[0]:
        out.append(f"window needs {window.minimumSizeHint().width()} px")
    for area in view.findChildren(QAbstractScrollArea):
        if area.isVisibleTo(window) and area.horizontalScrollBar().isVisibleTo(window) \
                and area.horizontalScrollBar().maximum() > 0 and area.objectName() != "wideTable":
            out.append(f"horizontal scroll bar on {type(area).__name__} {area.objectName()!r}")
    for button in view.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.text() and button.width() < button.sizeHint().width() - 1:
            out.append(f"button {button.text()!r}: {button.width()} < {button.sizeHint().width()}")
    for label in view.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text() or label.pixmap() is not None and not label.text():
            continue
        if label.wordWrap() and label.height() < label.heightForWidth(label.width()) - 1:
            out.append(f"label {label.text()[:40]!r}: {label.height()} < {label.heightForWidth(label.width())}")
        elif not label.wordWrap() and label.width() < label.sizeHint().width() - 1:
            out.append(f"label {label.text()[:40]!r}: {label.width()} < {label.sizeHint().width()}")
    return out


def _screens(window: MainWindow):
    """Open each main view in turn (every page of a reflection too); yield its name."""
    ctx = window.ctx
    for name in ("home", "start", "summary", "history", "trends", "team", "workshop"):
        if name == "summary":
            window.show_summary(ctx.store.latest_finished(ctx.profile_id).id)
        else:
            getattr(window, f"show_{name}")()
        yield name
    window.show_start()
    window.view.start_button.click()
    wizard = window.view
    for n, key in enumerate(wizard.keys):
        yield f"reflection page {n} {key}"
        if n < len(wizard.keys) - 1:
            wizard.next()


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_main_view_fits_1366x768_at_200_percent(qtbot, make_ctx, lang):
    from hype_desktop.formats.preset_loading import preset_instrument
    ctx = make_ctx(lang, instrument=preset_instrument(None))
    ctx.store.add_complete(ctx.profile_id, sample_reflections(ctx.instrument, 3, seed=5), ctx.instrument)
    ctx.appearance = Appearance(ctx.settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    found = {}
    try:
        ctx.appearance.set_zoom(200)
        for name in _screens(window):
            for _ in range(3):
                QApplication.processEvents()
            window.resize(*SCREEN)
            QApplication.processEvents()
            if problems := _problems(window):
                found[name] = problems
    finally:
        ctx.appearance.set_zoom(100)
    assert not found, found
