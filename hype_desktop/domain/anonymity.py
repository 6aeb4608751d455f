"""Anonymity rules for team views: minimum group sizes, pseudonyms, one release per set of people.

A lead never sees one person's answers. With n = the number of people whose answer counts
(N/A and too-few-answers excluded): means, medians and spread only when n ≥ k_scores (never
below 3); per-point distributions and free text only when n ≥ k_detail (never below 5).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections import Counter
from collections.abc import Iterable
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


def pseudonym(secret: str, round_key: str) -> str:
    """Stable within one round; derived from the member's own secret and the round's public key
    (which nobody chooses), so two rounds never give a member the same pseudonym."""
    mac = hmac.new(secret.encode("utf-8"), f"hype-pseudonym-2\n{round_key}".encode(), hashlib.sha256)
    return mac.hexdigest()[:32]


def people_changed(before: Iterable[str], after: Iterable[str]) -> int:
    """People in one release but not the other, counted both ways (a swap is two)."""
    return len(set(before) ^ set(after))


def release_refused(earlier: Iterable[frozenset[str]], people: frozenset[str], thresholds: Thresholds) -> bool:
    """True when a release of ``people`` differs from an earlier release of the round by fewer
    than the score size (but not by none), or when it would single out a group smaller than the
    score size together with the earlier releases (``smallest_group``)."""
    before = list(earlier)
    if people in before:  # the same people again shows nothing new
        return False
    if any(0 < people_changed(b, people) < thresholds.k_scores for b in before):
        return True
    return smallest_group([*before, people], thresholds.k_scores) is not None


def smallest_group(releases: Iterable[frozenset[str]], k: int) -> int | None:
    """The size of the smallest group the releases tell apart, when it is below ``k``; else None.

    Comparing releases two at a time is not enough: sums and differences of several releases,
    each pair far enough apart, can isolate one person (five, five, five and six of seven
    people give one person's exact answers), and the texts two releases have in common are
    those of the people in both. Every such combination is a sum over the groups of people who
    are in exactly the same releases, so each of those groups must hold at least ``k`` people.
    Releases of fewer than ``k`` people show no figure and are left out."""
    sets = list(dict.fromkeys(r for r in releases if len(r) >= k))
    if len(sets) < 2:
        return None
    groups = Counter(tuple(p in s for s in sets) for p in frozenset().union(*sets))
    small = min(groups.values())
    return small if small < k else None


def strictest(*sizes: Thresholds | None) -> Thresholds:
    """The larger of each minimum group size (a preset, a round invitation, the round as first
    collated, the command line), never below the floors 3 and 5."""
    given = [t for t in sizes if t is not None]
    return Thresholds.of(max((t.k_scores for t in given), default=None),
                         max((t.k_detail for t in given), default=None))
