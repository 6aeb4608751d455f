"""One running copy per data folder: a second launch hands its arguments over and exits.

The first copy takes a lock file (QLockFile: a stale lock of a crashed copy is taken over)
and listens on a local socket (QLocalServer: a Unix domain socket or a Windows named pipe;
never a network socket). A later launch with the same data folder finds the lock taken,
connects, sends its arguments (e.g. a double-clicked file) as a small JSON list and exits.
"""

from __future__ import annotations

import hashlib
import json
import os
import time

from PySide6.QtCore import QByteArray, QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MAX_MESSAGE_BYTES = 64 * 1024
MAX_ARGUMENTS = 64
CONNECT_TRIES = 25  # x 200 ms: the first copy may still be starting
_held: list[SingleInstance] = []  # the copy this process runs as, once acquired


def instance_key(data_root: os.PathLike[str] | str) -> str:
    """A name unique to this user and data folder (two data folders may run side by side)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{os.fspath(data_root)}".encode("utf-8", "surrogatepass"))
    return f"hype-desktop-{digest.hexdigest()[:20]}"


def lock_path(data_root: os.PathLike[str] | str) -> str:
    """Where the lock file of a copy running on ``data_root`` lives (the system's temporary folder)."""
    return QDir(QDir.tempPath()).filePath(instance_key(data_root) + ".lock")


def remove_own_lock(data_root: os.PathLike[str] | str) -> None:
    """For "Erase all my data": this process gives up its lock and socket (which removes both),
    and a lock file a crashed copy left for ``data_root`` goes too. A lock another running copy
    holds is left alone, and no other file in the temporary folder is touched."""
    while _held:
        _held.pop().release()
    leftover = QLockFile(lock_path(data_root))
    leftover.setStaleLockTime(0)
    if leftover.tryLock(0):  # nobody holds it (or its process is gone): ours to remove
        leftover.unlock()


def decode_arguments(data: bytes) -> list[str] | None:
    """The argument list from a message, or None when it is not a well-formed one."""
    if len(data) > MAX_MESSAGE_BYTES:
        return None
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if (not isinstance(value, list) or len(value) > MAX_ARGUMENTS
            or not all(isinstance(v, str) and len(v) <= 4096 for v in value)):
        return None
    return value


class SingleInstance(QObject):
    arguments_received = Signal(list)

    def __init__(self, data_root: os.PathLike[str] | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_key(data_root)
        self._lock = QLockFile(lock_path(data_root))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, QByteArray] = {}

    # --- the first copy ---------------------------------------------------------------
    def acquire(self) -> bool:
        """True when this is the first copy; it then listens for later launches."""
        if not self._lock.tryLock(0):
            return False
        QLocalServer.removeServer(self.key)  # a socket left by a crashed copy (we hold the lock)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._server.listen(self.key)
        _held.append(self)
        return True

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._buffers[sock] = QByteArray()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._done(s))
            if sock.bytesAvailable():
                self._read(sock)
            if sock.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._done(sock)

    def _read(self, sock: QLocalSocket) -> None:
        buf = self._buffers.get(sock)
        if buf is None:
            return
        buf.append(sock.readAll())
        if buf.size() > MAX_MESSAGE_BYTES:
            self._buffers.pop(sock, None)
            sock.abort()

    def _done(self, sock: QLocalSocket) -> None:
        buf = self._buffers.pop(sock, None)
        if buf is None:
            return
        if sock.bytesAvailable():
            buf.append(sock.readAll())
        # The socket stays a child of the server (freed with it): deleting it here as well
        # crashed PySide when the server went first.
        args = decode_arguments(bytes(buf.data()))
        if args is not None:
            self.arguments_received.emit(args)

    def release(self) -> None:
        if self in _held:
            _held.remove(self)
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    # --- a later launch ---------------------------------------------------------------
    def forward(self, arguments: list[str]) -> bool:
        """Hand ``arguments`` to the running copy; False when it does not answer."""
        payload = json.dumps([str(a) for a in arguments][:MAX_ARGUMENTS]).encode("utf-8")
        for _ in range(CONNECT_TRIES):
            sock = QLocalSocket()
            sock.connectToServer(self.key)
            if sock.waitForConnected(200):
                sock.write(payload)
                ok = sock.waitForBytesWritten(2000) or sock.bytesToWrite() == 0
                sock.disconnectFromServer()
                if sock.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                    sock.waitForDisconnected(1000)
                return ok
            sock.abort()
            time.sleep(0.2)
            if self._lock.tryLock(0):  # the other copy has gone meanwhile: we are first now
                self._lock.unlock()
                return False
        return False
