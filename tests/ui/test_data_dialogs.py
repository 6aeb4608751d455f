"""Settings → Your data: backups made and restored off the GUI thread; erase asks first."""

from __future__ import annotations

from datetime import date

import pytest

from hype_desktop.domain.reflection import Phase, Round
from hype_desktop.ui.a11y import accessible_name


@pytest.fixture
def ctx(core_ctx):
    return core_ctx


def test_back_up_now_and_restore(qtbot, ctx, monkeypatch) -> None:
    from hype_desktop.ui import data_dialogs
    from hype_desktop.ui.data_dialogs import BackupsDialog
    store, inst = ctx.store, ctx.instrument
    r = store.start(ctx.profile_id, Round(Phase.CHECK_IN, date.today()), inst,
                    (inst.modules[0].id,), (inst.modules[0].factors[0].id,))
    item = inst.modules[0].factors[0].items[0].id
    store.save_answer(r.id, item, 2)
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and dialog.backup_button.isEnabled(), timeout=10000)
    assert "made by you" in dialog.table.item(0, 1).text()
    dialog.grab().save("/tmp/hype-backups-dialog.png")
    store.save_answer(r.id, item, 5)
    monkeypatch.setattr(data_dialogs, "_ask", lambda *a: True)
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        dialog.restore_selected()
    assert store.get(r.id).answers[item].value == 2
    assert dialog.table.rowCount() == 2  # the state before the restore was kept
    kinds = {dialog.table.item(n, 1).text() for n in range(2)}
    assert kinds == {"made by you", "before a restore"}
    for w in (dialog.backup_button, dialog.restore_button, dialog.keep_daily, dialog.keep_weekly, dialog.table):
        assert accessible_name(w)


def test_erase_declined_keeps_everything(qtbot, ctx, monkeypatch) -> None:
    from hype_desktop.ui import data_dialogs
    from hype_desktop.ui.settings_dialog import SettingsDialog
    asked: list[str] = []
    monkeypatch.setattr(data_dialogs, "_ask", lambda parent, title, text: asked.append(text) or False)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.data_actions.erase_all()
    assert str(ctx.paths.database) in asked[0] and str(ctx.paths.backups) in asked[0]
    assert ctx.paths.database.exists()
    assert ctx.store.count() == 0  # still usable


def test_erase_names_the_rounds_whose_shares_it_makes_unreadable(qtbot, ctx, monkeypatch) -> None:
    from datetime import date as _date

    from hype_desktop.collation.rounds import create_round
    from hype_desktop.domain.reflection import Phase as _Phase
    from hype_desktop.ui import data_dialogs
    from hype_desktop.ui.settings_dialog import SettingsDialog
    created = create_round(ctx.store.db, ctx.instrument, "TEAM-9", _Phase.KICKOFF, "Syksy", _date(2025, 9, 1),
                           [ctx.instrument.modules[0].id])
    asked: list[str] = []
    monkeypatch.setattr(data_dialogs, "_ask", lambda parent, title, text: asked.append(text) or False)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.data_actions.erase_all()
    assert "opened by nobody" in asked[0] and "TEAM-9" in asked[0] and created.fingerprint in asked[0]
