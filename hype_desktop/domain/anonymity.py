"""Anonymity rules for team views: minimum group sizes, pseudonyms, the comparison warning.

A lead never sees one person's answers. With n = the number of people whose answer counts
(N/A and too-few-answers excluded): means, medians and spread only when n ≥ k_scores (never
below 3); per-point distributions and free text only when n ≥ k_detail (never below 5).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

MIN_K_SCORES = 3
MIN_K_DETAIL = 5


@dataclass(frozen=True)
class Thresholds:
    k_scores: int = MIN_K_SCORES
    k_detail: int = MIN_K_DETAIL

    @classmethod
    def of(cls, k_scores: int | None = None, k_detail: int | None = None) -> Thresholds:
        """Thresholds raised to the floors (3 and 5); detail is never below scores."""
        ks = max(MIN_K_SCORES, k_scores or MIN_K_SCORES)
        kd = max(MIN_K_DETAIL, k_detail or MIN_K_DETAIL, ks)
        return cls(ks, kd)

    def scores_shown(self, n: int) -> bool:
        return n >= max(self.k_scores, MIN_K_SCORES)

    def detail_shown(self, n: int) -> bool:
        return n >= max(self.k_detail, MIN_K_DETAIL)


def new_secret() -> str:
    """A member's own secret (kept in their database) from which pseudonyms are derived."""
    return secrets.token_hex(32)


def new_round_id() -> str:
    return secrets.token_hex(16)


def pseudonym(secret: str, round_id: str, team_code: str) -> str:
    """Stable within one round of one team; not linkable across rounds or teams without the secret."""
    mac = hmac.new(secret.encode("utf-8"), f"{team_code}\n{round_id}".encode(), hashlib.sha256)
    return mac.hexdigest()[:32]


def people_changed(before: Mapping[str, str], after: Mapping[str, str]) -> int:
    """How many people differ between two collations (pseudonym -> checksum of their share)."""
    keys = set(before) | set(after)
    return sum(1 for k in keys if before.get(k) != after.get(k))


def comparison_reveals(before: Mapping[str, str], after: Mapping[str, str], thresholds: Thresholds) -> bool:
    """True when two collations of one round differ by so few people that comparing them
    could reveal individuals: then warn and don't show the difference."""
    changed = people_changed(before, after)
    return 0 < changed < thresholds.k_scores


def strictest(*sizes: Thresholds | None) -> Thresholds:
    """The larger of each minimum group size (a preset, a round invitation, the round as first
    collated, the command line), never below the floors 3 and 5."""
    given = [t for t in sizes if t is not None]
    return Thresholds.of(max((t.k_scores for t in given), default=None),
                         max((t.k_detail for t in given), default=None))
