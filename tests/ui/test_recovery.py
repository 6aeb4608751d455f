"""Start-up with a damaged database: told, file kept aside, newest good backup restored."""

from __future__ import annotations

import os
from datetime import date

from hype_desktop.domain.reflection import Phase, Round
from hype_desktop.paths import DataPaths


def test_damaged_database_at_start_up_offers_the_newest_good_backup(qtbot, data_dir, monkeypatch, make_ctx) -> None:
    from hype_desktop.store.backup import KIND_AUTO, make_backup
    from hype_desktop.ui import recovery

    ctx = make_ctx(app_content=True)
    inst = ctx.instrument
    r = ctx.store.start(ctx.profile_id, Round(Phase.CHECK_IN, date.today()), inst,
                        (inst.modules[0].id,), (inst.modules[0].factors[0].id,))
    make_backup(ctx.paths, KIND_AUTO)
    ctx.services.close()
    db = ctx.paths.database
    with open(db, "r+b") as fh:
        fh.seek(4096)
        fh.write(os.urandom(db.stat().st_size - 4096))

    asked: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(recovery, "_ask", lambda text, buttons: asked.append((text, buttons)) or 0)
    new_ctx, root = recovery.open_context(lambda root: make_ctx("fi", app_content=True, root=root), data_dir, "fi",
                                          interactive=True)
    text, buttons = asked[0]
    assert "vioittunut" in text and "varmuuskopio" in text  # told in Finnish, backup offered
    assert buttons[0] == "Palauta varmuuskopio"
    assert new_ctx.store.get(r.id).id == r.id  # the backup's data is back
    assert [p for p in data_dir.iterdir() if p.name.startswith("hype.sqlite3.damaged-")]


def test_without_a_window_the_problem_is_printed(capsys, data_dir, make_ctx) -> None:
    from hype_desktop.ui import recovery
    paths = DataPaths(data_dir).ensure()
    paths.database.write_bytes(b"this is not a database at all" * 200)
    ctx, _ = recovery.open_context(lambda root: make_ctx(root=root), data_dir, "en", interactive=False)
    assert ctx is None
    assert "could not be opened" in capsys.readouterr().err
    assert paths.database.exists()  # untouched without the user's choice
