"""Logs: rotating files in the data folder that never contain answers or free text."""

from __future__ import annotations

import logging
import sys


def test_log_after_a_full_reflection_has_no_typed_text(qtbot, data_dir, make_ctx) -> None:
    from hype_desktop.logs import close_logging, install_excepthook, log_exception, setup_logging
    from hype_desktop.self_test import _walk
    from hype_desktop.ui.main_window import MainWindow

    log_file = setup_logging(data_dir / "logs")
    ctx = make_ctx(app_content=True)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        answers, rid = _walk(window)  # types "self-test" into a prompt and "self-test step" as a next step
        assert answers > 0 and rid is not None
        secret = "SALAINEN-muistiinpano-7731"
        # An error whose message carries the user's text (as SQLAlchemy's do) is logged without it.
        try:
            ctx.store.save_note(rid, "x", secret * 1000)
        except ValueError as exc:
            log_exception("saving a note failed", exc)
        from sqlalchemy.exc import IntegrityError
        try:
            raise IntegrityError("INSERT INTO answers ...", {"note": secret}, Exception(secret))
        except IntegrityError as exc:
            log_exception("write failed", exc)
            old = sys.excepthook
            install_excepthook()
            try:
                sys.excepthook(type(exc), exc, exc.__traceback__)  # logs, then prints to stderr
            finally:
                sys.excepthook = old
        window.close()
    finally:
        ctx.services.close()
        logging.getLogger("hype").info("done")
        close_logging()
    text = log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in text and "write failed" in text and "unexpected error" in text  # the events are there...
    for typed in ("self-test", secret, "SALAINEN"):  # ...the typed text is not
        assert typed not in text


def test_log_rotates(data_dir, monkeypatch) -> None:
    from hype_desktop import logs
    from hype_desktop.logs import BACKUP_COUNT, close_logging, logger, setup_logging
    monkeypatch.setattr(logs, "MAX_BYTES", 4000)
    MAX_BYTES = 4000
    log_file = setup_logging(data_dir / "logs")
    try:
        for n in range(MAX_BYTES // 40 * (BACKUP_COUNT + 2)):
            logger.info("event %08d padding padding", n)
    finally:
        close_logging()
    files = sorted(p.name for p in log_file.parent.iterdir())
    assert files == ["hype.log"] + [f"hype.log.{n}" for n in range(1, BACKUP_COUNT + 1)]
    assert all(p.stat().st_size <= MAX_BYTES for p in log_file.parent.iterdir())
