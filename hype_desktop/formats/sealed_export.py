"""The sealed-rounds section of "Export all my data": round keys, their release logs, and the
invitations a member opened, so a move to another computer keeps them.

A round key in an export opens every share of that round: the export warns about it
(messages ``export.keys_warning``), and a key's release log always travels with it, so an
import adds releases and never removes one.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, StringConstraints

from hype_desktop.domain import limits
from hype_desktop.formats.validation import StrictModel

_Uid = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
_Time = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")]
_Secret = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}:[0-9a-f]{64}$")]
_Json = Annotated[str, StringConstraints(max_length=limits.ROUND_BYTES)]  # an invitation


class ExportedKey(StrictModel):
    round_uid: _Uid
    team_code: str = Field(max_length=limits.TEAM_CODE_MAX)
    secret: _Secret
    invitation: _Json
    created_at: _Time


class ExportedRelease(StrictModel):
    round_uid: _Uid
    released_at: _Time
    people: list[Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]] = Field(
        max_length=limits.TEAM_SIZE_MAX)


class ExportedInvitation(StrictModel):
    round_uid: _Uid
    opened_at: _Time
    invitation: _Json


class SealedRoundsSection(StrictModel):
    keys: list[ExportedKey] = Field(default_factory=list, max_length=limits.EXPORT_ROUND_KEYS_MAX)
    releases: list[ExportedRelease] = Field(default_factory=list, max_length=limits.EXPORT_RELEASES_MAX)
    invitations: list[ExportedInvitation] = Field(default_factory=list, max_length=limits.EXPORT_ROUND_KEYS_MAX)


def export_section(db: Any) -> dict[str, Any]:
    """``{"sealed_rounds": …}`` for the export, or ``{}`` when there is nothing to carry."""
    from hype_desktop.store.round_keys import RoundKeyStore
    store = RoundKeyStore(db)
    keys = [{"round_uid": k.round_uid, "team_code": k.team_code, "secret": k.secret,
             "invitation": k.invitation, "created_at": k.created_at.isoformat(timespec="seconds")}
            for k in store.keys()]
    releases = [{"round_uid": rid, "released_at": when, "people": people}
                for rid, when, people in store.all_releases()]
    invitations = [{"round_uid": rid, "opened_at": when, "invitation": text}
                   for rid, when, text in store.invitations()]
    if not (keys or releases or invitations):
        return {}
    return {"sealed_rounds": {"keys": keys, "releases": releases, "invitations": invitations}}


def import_section(db: Any, section: SealedRoundsSection) -> None:
    """Add the keys, releases and invitations not here yet (never removes or replaces one)."""
    from datetime import datetime

    from hype_desktop.store.round_keys import RoundKeyStore, StoredRoundKey
    store = RoundKeyStore(db)
    store.add_keys(StoredRoundKey(k.round_uid, k.team_code, k.secret, k.invitation,
                                  datetime.fromisoformat(k.created_at)) for k in section.keys)
    store.merge_releases((r.round_uid, r.released_at, list(r.people)) for r in section.releases)
    for inv in section.invitations:
        store.remember_invitation(inv.round_uid, inv.invitation)


def has_keys(data: dict[str, Any]) -> bool:
    return bool(data.get("sealed_rounds", {}).get("keys"))
