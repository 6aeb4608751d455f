"""The example round's key (made up for the tests; the example files in team/ are sealed to it)."""

from __future__ import annotations

from hype_desktop.formats.sealing import RoundSecret

EXAMPLE_SECRET = RoundSecret(bytes(range(32)), bytes(range(32, 64)))


def example_opener():
    return EXAMPLE_SECRET.opener()


def read_example_share(path):
    from hype_desktop.formats.share_reading import read_share_file
    return read_share_file(path, EXAMPLE_SECRET.opener())
