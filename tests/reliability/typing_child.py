"""A child process that types into a reflection's note as a user would, until it is killed.

It opens the real main window (offscreen) on DATA_DIR, starts a reflection, and presses a key
in the first statement's note every 100 ms, printing "TYPED n" after each key. The parent
kills it with SIGKILL and compares what the database holds with what was typed.

    python typing_child.py DATA_DIR
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data"))

from mini_instrument import mini_instrument  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hype_desktop.app import build_context  # noqa: E402
from hype_desktop.domain.reflection import Phase, Round  # noqa: E402
from hype_desktop.formats.instrument_build import build_instrument  # noqa: E402
from hype_desktop.ui.main_window import MainWindow  # noqa: E402


def main(data_dir: Path) -> None:
    app = QApplication([])
    ctx = build_context(data_dir, "en")  # as the app builds it, with the small test instrument
    instrument = ctx.instrument = build_instrument(mini_instrument())
    store = ctx.store
    window = MainWindow(ctx)
    window.show()
    r = store.start(ctx.profile_id, Round(Phase.CHECK_IN, date.today()), instrument,
                    tuple(m.id for m in instrument.modules), tuple(f.id for f in instrument.factors()))
    window.continue_reflection(r.id)
    note = window.view.page.rows[0].note
    note.setFocus()
    typed = [0]

    def key() -> None:
        QTest.keyClick(note, Qt.Key.Key_A)
        typed[0] += 1
        sys.stdout.write(f"TYPED {typed[0]}\n")
        sys.stdout.flush()

    timer = QTimer()
    timer.timeout.connect(key)
    timer.start(100)
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
