"""The accessibility helpers as a screen reader's bridge sees them (Qt's accessible interfaces)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from hype_desktop.ui import a11y
from hype_desktop.ui.widgets import heading, plain_label


def _iface(widget):
    return QAccessible.queryAccessibleInterface(widget)


def test_make_heading_exposes_the_heading_role_and_the_text(qtbot):
    label = QLabel("Pedagoginen hyvinvointi")
    qtbot.addWidget(label)
    assert a11y.make_heading(label, 2) is label
    iface = _iface(label)
    assert iface.role() == QAccessible.Role.Heading
    assert iface.text(QAccessible.Text.Name) == "Pedagoginen hyvinvointi"
    assert a11y.heading_level(label) == 2
    label.setText("Toinen")
    assert _iface(label).text(QAccessible.Text.Name) == "Toinen"


def test_a_heading_reports_its_level_and_language_through_the_attributes_interface(qtbot):
    from PySide6.QtCore import QLocale

    label = QLabel("Rajat ja palautuminen")
    label.setLocale(QLocale("sv_FI"))
    qtbot.addWidget(label)
    a11y.make_heading(label, 3)
    attributes = _iface(label).attributesInterface()
    assert attributes is not None
    assert QAccessible.Attribute.Level in attributes.attributeKeys()
    assert attributes.attributeValue(QAccessible.Attribute.Level) == 3
    assert attributes.attributeValue(QAccessible.Attribute.Locale).name() == "sv_FI"
    iface = _iface(label)  # the interfaces a label lacks are null pointers, the others kept
    assert iface.textInterface() is None and iface.valueInterface() is None
    assert iface.selectionInterface() is None and iface.actionInterface() is not None


def test_a_notice_reports_its_language_but_no_level(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    a11y.announce(window, "Tallennettu")
    notice = window.findChild(QLabel, "a11yNotice")
    attributes = _iface(notice).attributesInterface()
    assert attributes is not None and QAccessible.Attribute.Level not in attributes.attributeKeys()


def test_a_label_queried_before_it_became_a_heading_still_becomes_one(qtbot):
    label = QLabel("Otsikko")
    qtbot.addWidget(label)
    assert _iface(label).role() == QAccessible.Role.StaticText
    a11y.make_heading(label)
    assert _iface(label).role() == QAccessible.Role.Heading


def test_ordinary_labels_stay_static_text_and_the_views_heading_is_a_heading(qtbot):
    plain = plain_label("Tavallinen teksti")
    title = heading("Etusivu")
    qtbot.addWidget(plain)
    qtbot.addWidget(title)
    assert _iface(plain).role() == QAccessible.Role.StaticText
    assert _iface(title).role() == QAccessible.Role.Heading
    assert a11y.heading_level(plain) == 0


def test_set_window_title_names_the_screen_then_the_app(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    inner = QWidget()
    window.setCentralWidget(inner)
    a11y.set_window_title(inner, "Omat pohdinnat")
    assert window.windowTitle() == "Omat pohdinnat – HyPe Desktop"
    a11y.set_window_title(inner, "  ")
    assert window.windowTitle() == "HyPe Desktop"


def test_announce_on_linux_shows_a_notification_a_screen_reader_reads(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(button := QPushButton("Tallenna"))
    window.show()
    a11y.announce(button, "Anna tiimille\nensin nimi")
    assert a11y.last_announcement(button) == "Anna tiimille ensin nimi"
    notices = [c for c in window.findChildren(QLabel) if c.objectName() == "a11yNotice"]
    assert len(notices) == 1 and notices[0].isVisible()
    iface = _iface(notices[0])
    assert iface.role() == QAccessible.Role.Notification
    assert iface.text(QAccessible.Text.Name) == "Anna tiimille ensin nimi"
    a11y.announce(button, "Kooste valmis")
    assert len([c for c in window.findChildren(QLabel) if c.objectName() == "a11yNotice"]) == 1
    assert a11y.last_announcement(window) == "Kooste valmis"
    assert not notices[0].focusPolicy()  # never a Tab stop


def test_announce_elsewhere_sends_an_announcement_event(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    sent = []
    monkeypatch.setattr(a11y.QAccessible, "updateAccessibility",
                        lambda event: sent.append((event.message(), event.politeness())))
    button = QPushButton("Tallenna")
    qtbot.addWidget(button)
    a11y.announce(button, "Tallennettu")
    a11y.announce(button, "Tallennus epäonnistui", assertive=True)
    a11y.announce(button, "   ")
    assert sent == [("Tallennettu", QAccessible.AnnouncementPoliteness.Polite),
                    ("Tallennus epäonnistui", QAccessible.AnnouncementPoliteness.Assertive)]


def test_the_open_windows_report_the_ui_language_to_assistive_technology(qtbot):
    from PySide6.QtCore import QLocale

    from hype_desktop.ui.language import LanguageController, remove_translators

    before = QLocale()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QPushButton("Tallenna"))
    window.show()
    language = LanguageController("fi")
    try:
        for lang, name in (("sv", "sv_FI"), ("en", "en_GB"), ("fi", "fi_FI")):
            language.apply(lang)
            for widget in (window, window.centralWidget()):
                locale = _iface(widget).attributesInterface().attributeValue(QAccessible.Attribute.Locale)
                assert locale.name() == name, (lang, widget)
    finally:
        remove_translators()
        QLocale.setDefault(before)
