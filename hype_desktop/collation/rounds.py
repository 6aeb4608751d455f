"""Creating a sealed round and finding its keys: the service the command line and the GUI share.

``create_round`` makes the round's key pair in the collator's data folder, keeps the signed
invitation beside it, and returns what to hand out (the invitation's bytes) and what to read
aloud at the kick-off (the fingerprint). Collations find a round's key through ``RoundKeys``;
``remember_invitation`` is the member's side: an opened invitation is kept to seal shares to
and to check summaries against, and one that reuses a known key for another round is refused.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hype_desktop.domain.anonymity import Thresholds
from hype_desktop.domain.instrument import Instrument
from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.sealing import RoundSecret
from hype_desktop.formats.share_reading import SharedRound
from hype_desktop.store.round_keys import RoundKeyStore

if TYPE_CHECKING:
    from nacl.public import PrivateKey, SealedBox

    from hype_desktop.domain.reflection import Phase
    from hype_desktop.formats.team_formats import RoundFile, TeamFile
    from hype_desktop.store.connections import HasPath
    from hype_desktop.store.engine import Database


def invitation_bytes(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


@dataclass(frozen=True)
class CreatedRound:
    invitation: dict[str, Any]  # the signed .hype-round content
    invitation_bytes: bytes  # what to write to R.hype-round
    round_id: str
    fingerprint: str  # twelve digits to read out at the kick-off

    def write(self, path: Path | str) -> Path:
        from hype_desktop.formats.team_formats import write_round_file
        return write_round_file(path, self.invitation)


def create_round(db: Database, instrument: Instrument, team_code: str, phase: Phase, label: str, day: date,
                 modules: Iterable[str], members: int | None = None, group_sizes: Thresholds | None = None,
                 lead_name: str = "") -> CreatedRound:
    """Make a round collated in ``db``'s data folder; raises ValueError on bad input."""
    from hype_desktop.formats.team_exchange import build_round_file, round_from_info
    from hype_desktop.formats.team_formats import RoundFile
    from hype_desktop.store.team import TeamStore
    secret = RoundSecret.generate()
    sizes = group_sizes or Thresholds()
    data = build_round_file(instrument, team_code, phase, label, day, modules, secret, lead_name,
                            sizes, members)
    model = RoundFile.model_validate(data)
    RoundKeyStore(db).save_key(model.round.id, team_code, secret.as_text(), json.dumps(data, ensure_ascii=False))
    TeamStore(db).ensure_round(round_from_info(model.round, team_code), instrument.id, instrument.version, sizes)
    return CreatedRound(data, invitation_bytes(data), model.round.id, model.fingerprint)


class RoundKeys:
    """The rounds this data folder collates: openers for their shares, their invitations."""

    def __init__(self, db: HasPath | Path) -> None:
        self.store = RoundKeyStore(db)
        self._secrets: dict[str, RoundSecret | None] = {}
        self._invitations: dict[str, RoundFile] = {}
        self._openers: dict[str, SealedBox[PrivateKey]] = {}  # one per round, not one per share

    def secret(self, round_id: str) -> RoundSecret:
        found = self._secret(round_id)
        if found is None:
            raise KeyError(round_id)
        return found

    def _secret(self, round_id: str) -> RoundSecret | None:
        if round_id not in self._secrets:
            stored = self.store.key(round_id)
            self._secrets[round_id] = None if stored is None else RoundSecret.from_text(stored.secret)
        return self._secrets[round_id]

    def opener(self, round_id: str) -> SealedBox[PrivateKey] | None:
        if round_id not in self._openers:
            found = self._secret(round_id)
            if found is None:
                return None
            self._openers[round_id] = found.opener()
        return self._openers[round_id]

    def invitation(self, round_id: str) -> RoundFile:
        if round_id not in self._invitations:
            from hype_desktop.formats.team_formats import RoundFile
            stored = self.store.key(round_id)
            if stored is None:
                raise KeyError(round_id)
            self._invitations[round_id] = RoundFile.model_validate(json.loads(stored.invitation))
        return self._invitations[round_id]

    def expected(self, round_id: str) -> tuple[str, SharedRound] | None:
        """(team code, round) as the round's own invitation says, or None for an unknown round."""
        if self._secret(round_id) is None:
            return None
        inv = self.invitation(round_id)
        r = inv.round
        return inv.team_code, SharedRound(r.id, r.phase, r.label, r.date)


def keyed_round_names(db: Database) -> list[str]:
    """The rounds whose keys this data folder holds, as people know them (team, phase, label,
    date, fingerprint): erasing the data folder makes their shares unreadable to anyone."""
    from hype_desktop.formats.team_formats import RoundFile
    names = []
    for k in RoundKeyStore(db).keys():
        inv = RoundFile.model_validate(json.loads(k.invitation))
        r = inv.round
        names.append(f"{inv.team_code} · {r.label or r.phase} {r.date} · {inv.fingerprint}")
    return names


def remember_invitation(db: Database, path: Path | str) -> RoundFile:
    """Read an invitation a member opened and keep it; raises FileProblem (a changed invitation,
    or a key already seen for another round: ``team.key_reused``)."""
    from hype_desktop.formats.safe_json import read_json_file
    from hype_desktop.formats.team_formats import validate_round_data
    from hype_desktop.formats.team_rules import MAX_ROUND_BYTES
    data = read_json_file(path, MAX_ROUND_BYTES)
    model = validate_round_data(data, path)
    earlier = RoundKeyStore(db).remember_invitation(model.round.id, json.dumps(data, ensure_ascii=False))
    if earlier is not None:
        raise FileProblem(path, "team.key_reused", date=json.loads(earlier)["round"]["date"])
    return model


def member_invitation(db: Database, round_id: str) -> RoundFile | None:
    """The invitation opened here for ``round_id`` (or made here, by the round's collator), or None."""
    from hype_desktop.formats.team_formats import RoundFile
    store = RoundKeyStore(db)
    stored = store.invitation(round_id)
    if stored is None:
        own = store.key(round_id)
        stored = None if own is None else own.invitation
    return None if stored is None else RoundFile.model_validate(json.loads(stored))


def read_verified_summary(db: Database, path: Path | str) -> TeamFile:
    """A ``.hype-team`` summary whose signature matches the key of the round's invitation this
    member opened; raises FileProblem otherwise (made up, changed, or unverifiable)."""
    from hype_desktop.formats.safe_json import read_json_file
    from hype_desktop.formats.team_formats import read_team_file
    from hype_desktop.formats.team_rules import MAX_TEAM_BYTES
    data = read_json_file(path, MAX_TEAM_BYTES)
    rnd = data.get("round") if isinstance(data, dict) else None
    round_id = rnd.get("id") if isinstance(rnd, dict) else None
    invitation = member_invitation(db, round_id) if isinstance(round_id, str) else None
    if invitation is None:
        from hype_desktop.formats.team_formats import team_summary_data
        team_summary_data(data, path)  # a version-1 or broken file says so first
        raise FileProblem(path, "team.summary_unverifiable")
    return read_team_file(path, invitation.keys.sign)
