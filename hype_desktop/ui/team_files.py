"""Opening team files on a member's machine: an invitation starts a reflection for its round;
a team summary, once its signature matches the round's invitation, shows privately where one's
own answers sit. Nothing goes back to the lead."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from hype_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from hype_desktop.formats.team_formats import TeamFile


def position_text(ctx: AppContext, team: TeamFile) -> str:
    """Where the member's own factor scores of that round sit in the team's results (plain text)."""
    from hype_desktop.domain.aggregate import own_positions
    from hype_desktop.formats.team_exchange import stats_from_team
    own = None
    for brief in reversed(ctx.store.finished_briefs(ctx.profile_id)):
        if brief.round.round_uid == team.round.id:
            own = brief
            break
    translate = QCoreApplication.translate
    lines = [translate("TeamFiles", "Team %1, %2 people took part.").replace("%1", team.team_code)
             .replace("%2", str(team.contributors)),
             translate("TeamFiles",
                       "This comparison is shown only on your computer; nothing of it goes back to your lead."),
             ""]
    if own is None:
        lines.append(translate("TeamFiles", "You have no finished reflection of this round on this computer, "
                                            "so only the team's results can be shown."))
        own_scores: dict[str, float | None] = {}
    else:
        own_scores = {fid: s.mean for fid, s in own.scores.items()}
    team_stats = stats_from_team(team)
    words = {"above": translate("TeamFiles", "above the team's middle"),
             "near": translate("TeamFiles", "close to the team's middle"),
             "below": translate("TeamFiles", "below the team's middle")}
    positions = {p.factor_id: p for p in own_positions(own_scores, team_stats)}
    inst = ctx.instrument
    for fid, s in team_stats.items():
        title = inst.factor_title(fid, ctx.lang, default=fid)
        if s.mean is None:
            lines.append(translate("TeamFiles", "%1: fewer than %2 answers in the team").replace("%1", title)
                         .replace("%2", str(team.min_group.scores)))
            continue
        text = translate("TeamFiles", "%1: team %2").replace("%1", title).replace("%2", ctx.fmt_score(s.mean))
        if fid in positions:
            p = positions[fid]
            text += (translate("TeamFiles", " · you %1, %2").replace("%1", ctx.fmt_score(p.own))
                     .replace("%2", words[p.relation]))
        lines.append(text)
    return "\n".join(lines)


def show_team_summary(ctx: AppContext, path: Path, parent: QWidget) -> bool:
    from hype_desktop.formats.errors import FileProblem
    try:
        team = ctx.services.team_rounds().read_verified_summary(path)
    except FileProblem as problem:
        QMessageBox.warning(parent, QCoreApplication.translate("TeamFiles", "Team summary"), problem.render(ctx.lang))
        return False
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(QCoreApplication.translate("TeamFiles", "Where my answers sit in my team's results"))
    box.setText(position_text(ctx, team))
    box.exec()
    return True
