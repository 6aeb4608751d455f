"""Guards against a PySide6 regression that crashes the app at exit.

PySide6 6.12.0 on Python 3.11 dropped a reference to True on every Python-side
``Signal.emit`` call; after enough emits the interpreter aborted at exit with
"bool_dealloc: deallocating True or False". We pin 6.11.3; this test fails on a
binding with that bug.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(object, bool)


def test_emitting_a_signal_keeps_bool_refcounts(qapp):
    emitter = _Emitter()
    received = []
    emitter.flag.connect(lambda value, on: received.append(on))
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.flag.emit(None, True)
    received.clear()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after == before
