"""The main window: a list of pages on the left, the chosen page on the right."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from diary import APP_NAME, __version__
from diary.domain.language import translate
from diary.services.changes import Change
from diary.ui.auto_backup import AutoBackup
from diary.ui.file_menu import FileMenu
from diary.ui.opening import WINDOW_SIZE
from diary.ui.page_list import PAGES
from diary.ui.pages import LazyPage, Page, PageTools
from diary.ui.reminders import Reminders
from diary.ui.response_panel import ResponsePanel
from diary.ui.welcome_page import WelcomePage
from diary.ui.writes import Writes

if TYPE_CHECKING:
    from diary.services.diary import DiaryService
    from diary.ui.entry.page import EntryPage
    from diary.ui.treatment.page import TreatmentPage



def first_tab_stop(page: QWidget) -> QWidget | None:
    """The first control in `page` that Tab would stop at (None: it has none)."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return widget
        widget = widget.nextInFocusChain()
    return None


class DiaryEvents(QObject):
    """The one broadcast of the window: something in the diary changed (and what, and who changed it)."""

    data_changed = Signal(object)  # a Change


class MainWindow(FileMenu):
    """The window on an open diary: its pages, built from the list of pages (page_list.PAGES)."""

    # Set from the list of pages (one attribute per page, by its name); these two the window uses itself.
    entry_page: EntryPage
    treatment_page: TreatmentPage

    def __init__(self, service: DiaryService):
        super().__init__()
        self._service = service
        self.events = DiaryEvents(self)
        self.writes = Writes(self.events.data_changed.emit)
        self.setWindowTitle(APP_NAME)
        self.resize(*WINDOW_SIZE)
        # The frame first, the pages into it: Qt restyles a widget's whole subtree each time it
        # moves to a new parent, so pages built first and then moved in were restyled at every
        # level (2,371 style changes for 251 widgets; 60 ms of the window's 155 ms build).
        self.nav = QListWidget()
        self.stack = QStackedWidget()
        self.response_panel = ResponsePanel(service, self.open_response_settings)
        self._lay_out()
        tools = PageTools(service, self.writes, self.open_day)
        self.pages: list[Page] = []
        for spec in PAGES:
            page = LazyPage(spec, tools) if spec.lazy else spec.build(tools, self.stack)
            page.shortcut = spec.shortcut
            setattr(self, spec.name, page)  # window.entry_page, window.history_page, …
            self.pages.append(page)
        self._build_navigation()
        # The first-run page stands in for the entry page until the diary has an entry or a course.
        treatment = self.pages.index(self.treatment_page)
        self.welcome_page = WelcomePage(
            lambda: self._open_treatment(treatment, self.treatment_page.condition),
            lambda: self._open_treatment(treatment, self.treatment_page.start_button),
            self.on_welcome_entry_clicked,
        )
        self._welcome_done = False
        self.stack.addWidget(self.welcome_page)
        self.nav.setCurrentRow(self.entry_row)
        self.statusBar().showMessage(
            translate("ui.main_window", "Your diary is kept on this computer only, in {folder}").format(folder=service.data_dir))

        self.auto_backup = AutoBackup(service.backups, self)
        self.reminders = Reminders(self, service, self.open_day, self.quit)
        self._quitting = False
        self._build_menus()
        self._connect()
        self._show_opioid_warning()
        if self._greets():
            self.stack.setCurrentWidget(self.welcome_page)
        # Start on the activity choices, where the digit keys pick a value.
        self.entry_page.activity_box.row.setFocus()

    @property
    def entry_row(self) -> int:
        return self.pages.index(self.entry_page)

    def _build_navigation(self) -> None:
        """The list of pages, and the sidebar as wide as their longest title."""
        for row, page in enumerate(self.pages):
            self.nav.addItem(page.title)
            shortcut = QKeySequence(page.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            self.nav.item(row).setToolTip(
                translate("ui.main_window", "{page} ({shortcut})", "a page of the window and its shortcut").format(
                    page=page.title, shortcut=shortcut))
            self.stack.addWidget(page)
        self.nav.setFixedHeight(self.nav.sizeHintForRow(0) * len(self.pages) + 2 * self.nav.frameWidth() + 4)
        # 240 px, or wider with large text, so that the verdict's lines stay readable
        # and never narrower than the longest page title (a translation can be long)
        titles = max(self.nav.fontMetrics().horizontalAdvance(page.title) for page in self.pages) + 24
        self._sidebar.setFixedWidth(max(240, 20 * self._sidebar.fontMetrics().averageCharWidth(), titles))

    def _lay_out(self) -> None:
        """The sidebar (the list of pages over the verdict) beside the note and the pages, each
        widget put straight into its place in the window (see __init__)."""
        central = QWidget()
        self.setCentralWidget(central)
        layout = QHBoxLayout(central)
        self._sidebar = QWidget()
        layout.addWidget(self._sidebar)
        sidebar = QVBoxLayout(self._sidebar)
        sidebar.setContentsMargins(0, 0, 0, 0)
        self.nav.setAccessibleName(translate("ui.main_window", "Pages"))
        sidebar.addWidget(self.nav)
        # With large text the verdict can be taller than the window: it scrolls rather than cuts.
        verdict = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        verdict.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        verdict.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take the focus, not the frame
        sidebar.addWidget(verdict, 1)
        verdict.setWidget(self.response_panel)
        main = QVBoxLayout()
        layout.addLayout(main, 1)
        # A calm, always-visible note while an opioid painkiller overlaps an LDN course.
        self.opioid_bar = QLabel(objectName="opioidBar")
        self.opioid_bar.setWordWrap(True)
        self.opioid_bar.setAccessibleName(translate("ui.main_window", "Medication note"))
        main.addWidget(self.opioid_bar)
        main.addWidget(self.stack, 1)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("ui.main_window", "&File"))
        self.import_action = QAction(translate("ui.main_window", "&Import…"), self, shortcut=QKeySequence("Ctrl+I"))
        self.export_action = QAction(translate("ui.main_window", "&Export…"), self, shortcut=QKeySequence("Ctrl+E"))
        self.quit_action = QAction(translate("ui.main_window", "&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        self.restore_action = QAction(translate("ui.main_window", "&Restore from a backup…"), self)
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        diary_menu = self.menuBar().addMenu(translate("ui.main_window", "&Diary"))
        self.side_effects_action = QAction(translate("ui.main_window", "&Side-effect list…"), self)
        self.settings_action = QAction(translate("ui.main_window", "&Response thresholds…"), self)
        self.reminders_action = QAction(translate("ui.main_window", "Re&minders…"), self)
        self.language_action = QAction(translate("ui.main_window", "&Language…"), self)
        diary_menu.addActions([self.side_effects_action, self.settings_action, self.reminders_action])
        diary_menu.addSeparator()
        diary_menu.addAction(self.language_action)

        go_menu = self.menuBar().addMenu(translate("ui.main_window", "&Go"))
        self.page_actions = []
        for row, page in enumerate(self.pages):
            action = QAction(page.title, self, shortcut=QKeySequence(page.shortcut))
            action.triggered.connect(lambda _checked=False, row=row: self.go_to_page(row))
            go_menu.addAction(action)
            self.page_actions.append(action)

        help_menu = self.menuBar().addMenu(translate("ui.main_window", "&Help"))
        self.about_action = QAction(translate("ui.main_window", "&About {app}").format(app=APP_NAME), self)
        help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        # Page switching (asks about unsaved changes first)
        self.nav.currentRowChanged.connect(self.on_nav_row_changed)
        # One broadcast reaches every page (but the one that made the change) and the side panel
        self.events.data_changed.connect(self.deliver)
        self.events.data_changed.connect(self.response_panel.on_data_changed)
        self.events.data_changed.connect(self.on_data_changed)
        self.events.data_changed.connect(self.auto_backup.on_data_changed)  # backs up what changed
        # Menus
        self.import_action.triggered.connect(self.on_import_triggered)
        self.export_action.triggered.connect(self.on_export_triggered)
        self.quit_action.triggered.connect(self.quit)
        self.restore_action.triggered.connect(self.on_restore_triggered)
        self.about_action.triggered.connect(self.on_about_triggered)
        self.side_effects_action.triggered.connect(self.entry_page.on_edit_side_effects_clicked)
        self.settings_action.triggered.connect(self.open_response_settings)
        self.reminders_action.triggered.connect(self.open_reminder_settings)
        self.language_action.triggered.connect(self.open_language_dialog)

    # --- navigation ----------------------------------------------------------------------------

    def deliver(self, change: Change) -> None:
        """Tell every page what changed, except the page that made the change: it has shown it already."""
        for page in self.pages:
            if not page.made(change):
                page.on_data_changed(change)

    def open_day(self, day: dt.date) -> None:
        """Show `day` in the entry page."""
        self.nav.setCurrentRow(self.entry_row)
        if self.stack.currentWidget() is self.entry_page:
            self.entry_page.go_to(day)

    def _show_opioid_warning(self) -> None:
        warning = self._service.treatment.opioid_warning()
        text = translate("ui.main_window", "<b>About your painkillers.</b> {warning}").format(warning=warning) if warning else ""
        self.opioid_bar.setText(text)
        self.opioid_bar.setVisible(bool(warning))

    def on_data_changed(self, change: Change) -> None:
        if change.treatment:
            self._show_opioid_warning()
        if self.stack.currentWidget() is self.welcome_page and not self._service.is_new():
            self.stack.setCurrentWidget(self.entry_page)  # an import or a restore filled the diary

    def _greets(self) -> bool:
        return not self._welcome_done and self._service.is_new()

    def on_welcome_entry_clicked(self) -> None:
        self._welcome_done = True
        self.stack.setCurrentWidget(self.entry_page)

    def go_to_page(self, row: int) -> None:
        """The Go menu's shortcuts (Ctrl+1…): show the page and put the focus in it, on the control
        it had last or its first, also when the focus was in the list of pages."""
        self.nav.setCurrentRow(row)
        page = self.stack.currentWidget()
        focus = QApplication.focusWidget()
        if page is None or (focus is not None and page.isAncestorOf(focus)):
            return
        target: QWidget | None = page.focusWidget()
        if target is None or not target.isVisible():
            target = first_tab_stop(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _open_treatment(self, row: int, widget: QWidget) -> None:
        self.nav.setCurrentRow(row)
        self.treatment_page.focus(widget)

    def open_response_settings(self) -> None:
        from diary.ui.settings_dialog import ResponseSettingsDialog

        ResponseSettingsDialog(self._service, self.writes, self).exec()

    def open_reminder_settings(self) -> None:
        from diary.ui.reminders_dialog import ReminderDialog

        ReminderDialog(self._service, self.writes, self.reminders, self).exec()

    def open_language_dialog(self) -> None:
        from diary.ui.language_dialog import LanguageDialog

        LanguageDialog(self).exec()

    def on_nav_row_changed(self, row: int) -> None:
        entry = self.entry_row
        if self.stack.currentWidget() is self.entry_page and row != entry and not self.entry_page.can_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(entry)
            self.nav.blockSignals(False)
            return
        page = self.pages[row]
        self.stack.setCurrentWidget(self.welcome_page if page is self.entry_page and self._greets() else page)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing keeps the app in the tray while reminders are on (unless quitting); either way
        unsaved changes are asked about and the diary is backed up if it changed."""
        if not self.entry_page.can_leave():
            event.ignore()
            self._quitting = False
            return
        self.auto_backup.back_up_if_changed("close")
        if self.reminders.keeps_running and not self._quitting:
            event.ignore()
            self.hide()
            self.reminders.explain_tray()
            return
        event.accept()
        self.reminders.close()

    def quit(self) -> None:
        """Close the window and end the app, also while it would stay in the tray."""
        keeps_running = self.reminders.keeps_running
        self._quitting = True
        if self.close() and keeps_running:
            QApplication.quit()

    # --- menus ---------------------------------------------------------------------------------

    def on_restore_triggered(self) -> None:
        from diary.ui.restore_dialog import restore_from_window

        if not self.entry_page.can_leave():
            return
        if restore_from_window(self, self._service, self.writes) is not None:
            self.auto_backup.forget_changes()  # the diary now is a backup already

    def on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            translate("ui.main_window", "About {app}").format(app=APP_NAME),
            translate("ui.main_window", "<b>{app} {version}</b><p>A symptom diary for people taking low-dose naltrexone. "
                      "Everything you record stays on this computer.</p><p>Your diary folder: {folder}</p>").format(
                app=APP_NAME, version=__version__, folder=self._service.data_dir),
        )

