"""Translated names of domain values (phases and occasions, owners, step statuses, changes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hype_desktop.domain.instrument import Direction
from hype_desktop.domain.reflection import Owner, Phase, StepStatus


def phase_name(phase: Phase) -> str:
    return {
        Phase.KICKOFF: QCoreApplication.translate("Labels", "Kick-off workshop"),
        Phase.TEAM_WORKSHOP: QCoreApplication.translate("Labels", "Team workshop"),
        Phase.CLOSING: QCoreApplication.translate("Labels", "Closing workshop"),
        Phase.COACHING: QCoreApplication.translate("Labels", "Coaching meeting"),
        Phase.CHECK_IN: QCoreApplication.translate("Labels", "My own check-in"),
    }[phase]


def occasion_name(phase: Phase, label: str = "") -> str:
    """A reflection's occasion as lists and titles show it: the phase, then its label if any."""
    return phase_name(phase) + (f" – {label}" if label else "")


def owner_name(owner: Owner) -> str:
    return {
        Owner.ME: QCoreApplication.translate("Labels", "Me"),
        Owner.TEAM: QCoreApplication.translate("Labels", "The team"),
        Owner.LEAD: QCoreApplication.translate("Labels", "To raise with my lead"),
    }[owner]


def status_name(status: StepStatus) -> str:
    return {
        StepStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        StepStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        StepStatus.PARTLY: QCoreApplication.translate("Labels", "Partly done"),
        StepStatus.NOT_DONE: QCoreApplication.translate("Labels", "Not done"),
        StepStatus.DROPPED: QCoreApplication.translate("Labels", "Dropped"),
    }[status]


def change_words(delta: float, direction: Direction | None) -> str:
    """A change read in the factor's direction: strain grows or eases; a profile factor (work
    orientation) just moves, with no better or worse; a resource goes up or down."""
    if delta == 0:
        return QCoreApplication.translate("Labels", "no change")
    if direction is Direction.HIGHER_STRAIN:
        if delta > 0:
            return QCoreApplication.translate("Labels", "more strain")
        return QCoreApplication.translate("Labels", "less strain")
    if direction is Direction.PROFILE:
        if delta > 0:
            return QCoreApplication.translate("Labels", "higher")
        return QCoreApplication.translate("Labels", "lower")
    if delta > 0:
        return QCoreApplication.translate("Labels", "up")
    return QCoreApplication.translate("Labels", "down")
