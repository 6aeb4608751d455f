"""The one application stylesheet, made from the design tokens in ui/themes.py.

Views do not colour or pad widgets themselves: they name a widget's job (``card``,
``primary``, ``hint``) and this sheet says how that looks in each theme. Rules that matter
for access: every field keeps an outline of at least 3:1 (thicker in high contrast), the
focused widget gets a ring in the focus colour, progress and scroll bars have a visible
track and handle, radio and check indicators grow with the text.
"""

from __future__ import annotations

from hype_desktop.paths import resources_dir
from hype_desktop.ui.themes import BORDER_WIDTH, RADIUS, SPACE, colour

_FIELDS = "QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDoubleSpinBox, QDateEdit, QComboBox"


def indicator_rules(point_size: float) -> str:
    """Radio and check indicators drawn from the palette's text colour, sized with the text.

    Fusion outlines indicators in a shade of the window colour, which nearly vanishes on the
    dark and high-contrast themes, and keeps them small at 200 %; these rules fix both.
    """
    px = max(12, round(point_size * 1.45))
    half = px // 2 + 1
    return (
        f"QRadioButton::indicator, QCheckBox::indicator {{ width: {px}px; height: {px}px; "
        "border: 2px solid palette(window-text); background: palette(base); }"
        f"QRadioButton::indicator {{ border-radius: {half}px; }}"
        "QCheckBox::indicator { border-radius: 3px; }"
        "QRadioButton::indicator:checked { background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, "
        "fx:0.5, fy:0.5, stop:0 palette(highlight), stop:0.55 palette(highlight), "
        "stop:0.6 palette(base), stop:1 palette(base)); }"
        "QCheckBox::indicator:checked { background: palette(highlight); "
        "border: 2px solid palette(window-text); }"
        "QRadioButton::indicator:disabled, QCheckBox::indicator:disabled { border-color: palette(mid); }"
        # Check boxes inside lists (the factors of change over time): Fusion draws their box in a
        # shade of the base colour, invisible in high contrast.
        f"QListView::indicator, QTreeView::indicator, QTableView::indicator {{ width: {px - 2}px; "
        f"height: {px - 2}px; border: 2px solid palette(text); background: palette(base); border-radius: 3px; }}"
        "QListView::indicator:checked, QTreeView::indicator:checked, QTableView::indicator:checked { "
        "background: palette(highlight); }"
    )


def stylesheet(theme: str, point_size: float) -> str:
    """The whole sheet for ``theme`` ("light", "dark", "high_contrast") at a body size in points."""
    c = {name: colour(theme, name) for name in (
        "Window", "Base", "Text", "Card", "CardBorder", "FieldBorder", "Muted", "Primary",
        "PrimaryText", "PrimaryHover", "Focus", "Track", "Handle", "Hover", "Highlight")}
    bw = BORDER_WIDTH[theme]
    s, m, lg, xl = SPACE["s"], SPACE["m"], SPACE["l"], SPACE["xl"]
    bar = max(12, round(point_size * 1.2))
    arrow = (resources_dir() / "style" / f"arrow-down-{theme}.svg").as_posix()
    rules = [
        # Cards: the things on Home and the parts of a summary.
        f"QFrame#card {{ background: {c['Card']}; border: {bw}px solid {c['CardBorder']}; "
        f"border-radius: {RADIUS['l']}px; }}",
        "QFrame#card QLabel { background: transparent; }",
        f"QLabel#hint, QLabel#muted {{ color: {c['Muted']}; }}",
        # Buttons: a quiet default, one primary action per screen.
        f"QPushButton {{ background: {c['Card']}; color: {c['Text']}; border: {bw}px solid {c['FieldBorder']}; "
        f"border-radius: {RADIUS['m']}px; padding: {s - 2}px {lg}px; min-height: {round(point_size * 1.6)}px; "
        f"icon-size: {round(point_size * 1.5)}px; }}",
        f"QPushButton:hover {{ background: {c['Hover']}; }}",
        f"QPushButton:pressed {{ background: {c['CardBorder']}; }}",
        f"QPushButton:disabled {{ color: palette(disabled-text); border-color: {c['CardBorder']}; }}",
        f"QPushButton[primary=\"true\"] {{ background: {c['Primary']}; color: {c['PrimaryText']}; "
        f"border-color: {c['Primary']}; font-weight: bold; }}",
        f"QPushButton[primary=\"true\"]:hover {{ background: {c['PrimaryHover']}; }}",
        f"QPushButton[flat=\"true\"] {{ background: transparent; border-color: transparent; "
        f"color: palette(link); text-decoration: underline; padding: {s - 4}px {s}px; }}",
        f"QPushButton:focus, QToolButton:focus {{ border: {max(2, bw + 1)}px solid {c['Focus']}; }}",
        # Fields keep their outline in every theme, focused or not.
        f"{_FIELDS} {{ background: {c['Base']}; color: {c['Text']}; border: {bw}px solid {c['FieldBorder']}; "
        f"border-radius: {RADIUS['s']}px; padding: {SPACE['xs']}px {s - 2}px; "
        f"selection-background-color: {c['Highlight']}; }}",
        f"QComboBox, QDateEdit {{ padding-right: {bar + s}px; }}",
        f"QComboBox::drop-down, QDateEdit::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; "
        f"width: {bar + s}px; border: none; }}",
        f"QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({arrow}); width: {bar}px; height: {bar}px; }}",
        f"{', '.join(f + ':focus' for f in _FIELDS.split(', '))} "
        f"{{ border: {max(2, bw + 1)}px solid {c['Focus']}; }}",
        f"QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {c['Focus']}; border-radius: {RADIUS['s']}px; }}",
        "QCheckBox, QRadioButton { border: 2px solid transparent; padding: 2px; }",
        f"QListView, QTreeView, QTableView, QListWidget, QTreeWidget, QTableWidget {{ "
        f"border: {bw}px solid {c['FieldBorder']}; border-radius: {RADIUS['s']}px; }}",
        f"QListView:focus, QTreeView:focus, QTableView:focus, QListWidget:focus, QTreeWidget:focus, "
        f"QTableWidget:focus {{ border: {max(2, bw + 1)}px solid {c['Focus']}; }}",
        f"QTabBar::tab:focus {{ border: 2px solid {c['Focus']}; }}",
        # Progress and scroll bars stay visible: a track and a handle of at least 3:1.
        f"QProgressBar {{ border: {bw}px solid {c['FieldBorder']}; border-radius: {RADIUS['s']}px; "
        f"background: {c['Track']}; color: {c['Text']}; text-align: center; min-height: {bar}px; }}",
        f"QProgressBar::chunk {{ background: {c['Primary']}; border-radius: {RADIUS['s'] - 1}px; }}",
        f"QScrollBar:vertical {{ background: {c['Track']}; width: {bar}px; margin: 0; border: none; }}",
        f"QScrollBar:horizontal {{ background: {c['Track']}; height: {bar}px; margin: 0; border: none; }}",
        f"QScrollBar::handle {{ background: {c['Handle']}; border-radius: {bar // 2 - 1}px; margin: 2px; }}",
        f"QScrollBar::handle:vertical {{ min-height: {xl + s}px; }}",
        f"QScrollBar::handle:horizontal {{ min-width: {xl + s}px; }}",
        f"QScrollBar::handle:hover {{ background: {c['Text']}; }}",
        "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }",
        "QScrollBar::add-page, QScrollBar::sub-page { background: none; }",
        "QScrollArea { background: transparent; }",
        f"QToolTip {{ color: palette(tooltip-text); background: palette(tooltip-base); "
        f"border: 1px solid {c['FieldBorder']}; padding: {SPACE['xs']}px; }}",
        # The answer scale (ui/scale_widget.py): segments joined in a row, 'not applicable' apart
        # with a dashed outline. The chosen answer is filled, bold, underlined and outlined thicker,
        # so it shows without colour; the focus ring is the focus colour, as everywhere.
        f"QRadioButton#segment, QRadioButton#notApplicable {{ border: {bw}px solid {c['FieldBorder']}; "
        f"background: {c['Base']}; color: {c['Text']}; padding: {s - 2}px {m}px; min-width: 1.6em; }}",
        "QRadioButton#segment::indicator, QRadioButton#notApplicable::indicator { width: 0; height: 0; "
        "border: none; background: transparent; image: none; }",
        f"QRadioButton#notApplicable {{ border-style: dashed; border-radius: {RADIUS['s']}px; }}",
        f"QRadioButton#segment:hover, QRadioButton#notApplicable:hover {{ background: {c['Hover']}; }}",
        f"QRadioButton#segment:checked, QRadioButton#notApplicable:checked {{ background: {c['Primary']}; "
        f"color: {c['PrimaryText']}; font-weight: bold; text-decoration: underline; "
        f"border: {bw + 2}px solid {c['Text']}; }}",
        f"QRadioButton#segment:focus, QRadioButton#notApplicable:focus {{ border: {bw + 2}px solid {c['Focus']}; }}",
        "QGroupBox#scale { border: none; margin: 0; padding: 0; }",
        f"QGroupBox {{ border: {bw}px solid {c['CardBorder']}; border-radius: {RADIUS['m']}px; "
        f"margin-top: {round(point_size * 1.6)}px; padding: {m}px {s}px {s}px {s}px; }}",
        f"QGroupBox::title {{ subcontrol-origin: margin; left: {s}px; padding: 0 {SPACE['xs']}px; }}",
    ]
    return "\n".join(rules) + "\n" + indicator_rules(point_size)
