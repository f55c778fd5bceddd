"""The main window: a list of pages on the left, the chosen page on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal  # not Qt: its enums take ~20 ms to load, after the first paint is soon enough
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from diary import APP_NAME, __version__
from diary.domain.errors import MisspelledColumnsError, ValidationError
from diary.services.changes import Change

if TYPE_CHECKING:
    from diary.services.diary import DiaryService


class DiaryEvents(QObject):
    """The one broadcast of the window: something in the diary changed (and what)."""

    data_changed = Signal(object)  # a Change


class LazyPage(QWidget):
    """A page built the first time it is shown, so that its heavy imports wait until needed."""

    def __init__(self, title: str, build: Callable[[], QWidget]):
        super().__init__()
        self.title = title
        self._build = build
        self.page: QWidget | None = None
        self._missed: Change | None = None  # what changed while the built page was hidden
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event) -> None:
        if self.page is None:
            self.page = self._build()
            self._layout.addWidget(self.page)
        elif self._missed is not None:
            self.page.on_data_changed(self._missed)
        self._missed = None
        super().showEvent(event)

    def on_data_changed(self, change: Change) -> None:
        # A hidden page (a chart, the PDF preview) catches up when shown, not on every save.
        if self.page is None:
            return
        if self.isVisible():
            self.page.on_data_changed(change)
        else:
            self._missed = change if self._missed is None else self._missed | change


def _trends_page(service: DiaryService) -> QWidget:
    from diary.ui.trends_page import TrendsPage  # imports matplotlib

    return TrendsPage(service)


def _report_page(service: DiaryService) -> QWidget:
    from diary.ui.report_page import ReportPage  # imports the PDF code and matplotlib

    return ReportPage(service)


class MainWindow(QMainWindow):
    """The window; shown first with a short "opening" note, then `attach` fills it with a diary."""

    def __init__(self, service: DiaryService | None = None):
        super().__init__()
        self._service: DiaryService | None = None
        self.events = DiaryEvents(self)
        self.setWindowTitle(APP_NAME)
        self.resize(1180, 800)
        self.opening = QWidget()  # "Opening your diary…" in the middle, centred by stretches
        note = QLabel("Opening your diary…")
        note.setAccessibleName("Opening your diary")
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(note)
        row.addStretch()
        column = QVBoxLayout(self.opening)
        column.addStretch()
        column.addLayout(row)
        column.addStretch()
        self.setCentralWidget(self.opening)
        if service is not None:
            self.attach(service)

    def attach(self, service: DiaryService) -> None:
        """Build the pages on an open diary. The window can be on screen before this: opening a
        diary imports the database code, which takes longer than showing a window."""
        # The pages are imported here, not at the top: the empty window paints before they load.
        from diary.ui.auto_backup import AutoBackup
        from diary.ui.entry_page import EntryPage
        from diary.ui.history_page import HistoryPage
        from diary.ui.response_panel import ResponsePanel
        from diary.ui.side_effects_page import SideEffectsPage
        from diary.ui.treatment_page import TreatmentPage
        from diary.ui.welcome_page import WelcomePage

        self._service = service
        # Pages, in the order of the list on the left. A new page is one more line here: any
        # QWidget with a `title` and an `on_data_changed(change)` slot.
        self.entry_page = EntryPage(service, self.events.data_changed.emit)
        self.history_page = LazyPage("History", lambda: HistoryPage(service, self.open_day))
        self.trends_page = LazyPage("Trends", lambda: _trends_page(service))
        self.treatment_page = TreatmentPage(service, self.events.data_changed.emit)
        self.side_effects_page = LazyPage("Side effects", lambda: SideEffectsPage(service))
        self.report_page = LazyPage("Clinician summary", lambda: _report_page(service))
        self.pages: list[QWidget] = [
            self.entry_page, self.history_page, self.trends_page, self.treatment_page, self.side_effects_page,
            self.report_page,
        ]

        self.nav = QListWidget()
        self.nav.setAccessibleName("Pages")
        self.stack = QStackedWidget()
        for number, page in enumerate(self.pages, start=1):
            self.nav.addItem(page.title)
            self.nav.item(number - 1).setToolTip(f"{page.title} (Ctrl+{number})")
            self.stack.addWidget(page)
        self.nav.setFixedHeight(self.nav.sizeHintForRow(0) * len(self.pages) + 2 * self.nav.frameWidth() + 4)
        # The first-run page stands in for the entry page until the diary has an entry or a course.
        treatment = self.pages.index(self.treatment_page)
        self.welcome_page = WelcomePage(
            lambda: self._open_treatment(treatment, self.treatment_page.condition),
            lambda: self._open_treatment(treatment, self.treatment_page.start_button),
            self.on_welcome_entry_clicked,
        )
        self._welcome_done = False
        self.stack.addWidget(self.welcome_page)
        self.response_panel = ResponsePanel(service, self.open_response_settings)

        sidebar = QVBoxLayout()
        sidebar.addWidget(self.nav)
        sidebar.addWidget(self.response_panel, 1)
        sidebar_widget = QWidget()
        sidebar_widget.setLayout(sidebar)
        sidebar_widget.setFixedWidth(240)
        sidebar.setContentsMargins(0, 0, 0, 0)
        # A calm, always-visible note while an opioid painkiller overlaps an LDN course.
        self.opioid_bar = QLabel(objectName="opioidBar")
        self.opioid_bar.setWordWrap(True)
        self.opioid_bar.setStyleSheet(
            "QLabel#opioidBar { background: #e8f0fb; border: 1px solid #9bb7de; border-radius: 6px; padding: 6px; }"
        )
        self.opioid_bar.setAccessibleName("Medication note")
        main = QVBoxLayout()
        main.addWidget(self.opioid_bar)
        main.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(sidebar_widget)
        layout.addLayout(main, 1)
        self.setCentralWidget(central)
        self.nav.setCurrentRow(0)
        self.statusBar().showMessage(f"Your diary is kept on this computer only, in {service.data_dir}")

        self.auto_backup = AutoBackup(service.backups, self)
        self._build_menus()
        self._connect()
        self._show_opioid_warning()
        if self._greets():
            self.stack.setCurrentWidget(self.welcome_page)
        # Start on the activity choices, where the digit keys pick a value.
        self.entry_page.activity_group.button(0).setFocus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_action = QAction("&Import…", self, shortcut=QKeySequence("Ctrl+I"))
        self.export_action = QAction("&Export…", self, shortcut=QKeySequence("Ctrl+E"))
        self.quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        self.restore_action = QAction("&Restore from a backup…", self)
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        diary_menu = self.menuBar().addMenu("&Diary")
        self.side_effects_action = QAction("&Side-effect list…", self)
        self.settings_action = QAction("&Response thresholds…", self)
        diary_menu.addActions([self.side_effects_action, self.settings_action])

        go_menu = self.menuBar().addMenu("&Go")
        self.page_actions = []
        for number, page in enumerate(self.pages, start=1):
            action = QAction(page.title, self, shortcut=QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.nav.setCurrentRow(row))
            go_menu.addAction(action)
            self.page_actions.append(action)

        help_menu = self.menuBar().addMenu("&Help")
        self.about_action = QAction(f"&About {APP_NAME}", self)
        help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        # Page switching (asks about unsaved changes first)
        self.nav.currentRowChanged.connect(self.on_nav_row_changed)
        # One broadcast reaches every page
        for page in [*self.pages, self.response_panel]:
            self.events.data_changed.connect(page.on_data_changed)
        self.events.data_changed.connect(self.on_data_changed)
        self.events.data_changed.connect(self.auto_backup.on_data_changed)  # backs up what changed
        # Menus
        self.import_action.triggered.connect(self.on_import_triggered)
        self.export_action.triggered.connect(self.on_export_triggered)
        self.quit_action.triggered.connect(self.close)
        self.restore_action.triggered.connect(self.on_restore_triggered)
        self.about_action.triggered.connect(self.on_about_triggered)
        self.side_effects_action.triggered.connect(self.entry_page.on_edit_side_effects_clicked)
        self.settings_action.triggered.connect(self.open_response_settings)

    # --- navigation ----------------------------------------------------------------------------

    def open_day(self, day: dt.date) -> None:
        """Show `day` in the entry page."""
        self.nav.setCurrentRow(self.pages.index(self.entry_page))
        if self.stack.currentWidget() is self.entry_page:
            self.entry_page.go_to(day)

    def _show_opioid_warning(self) -> None:
        warning = self._service.treatment.opioid_warning()
        self.opioid_bar.setText(f"<b>About your painkillers.</b> {warning}" if warning else "")
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

    def _open_treatment(self, row: int, widget: QWidget) -> None:
        self.nav.setCurrentRow(row)
        self.treatment_page.focus(widget)

    def open_response_settings(self) -> None:
        from diary.ui.settings_dialog import ResponseSettingsDialog

        ResponseSettingsDialog(self._service, self.events.data_changed.emit, self).exec()

    def on_nav_row_changed(self, row: int) -> None:
        if self.stack.currentWidget() is self.entry_page and row != 0 and not self.entry_page.can_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(0)
            self.nav.blockSignals(False)
            return
        page = self.pages[row]
        self.stack.setCurrentWidget(self.welcome_page if page is self.entry_page and self._greets() else page)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._service is None:  # still opening: nothing to save
            event.accept()
        elif self.entry_page.can_leave():
            self.auto_backup.back_up_if_changed("close")
            event.accept()
        else:
            event.ignore()

    # --- menus ---------------------------------------------------------------------------------

    def on_restore_triggered(self) -> None:
        from diary.ui.restore_dialog import restore_from_window

        if not self.entry_page.can_leave():
            return
        change = restore_from_window(self, self._service)
        if change is not None:
            self.events.data_changed.emit(change)
            self.auto_backup.forget_changes()  # the diary now is a backup already

    def on_import_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Import a diary file", str(Path.home()), "Diary files (*.csv *.json)")
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Check the whole file first, say what it would change, and import only if confirmed."""
        from diary.services.backups import BackupError

        new_side_effects = False
        try:
            try:
                preview = self._service.transfer.import_file(path, dry_run=True)
            except MisspelledColumnsError as exc:
                if not self.ask_new_side_effects(exc):
                    return
                new_side_effects = True
                preview = self._service.transfer.import_file(path, dry_run=True, new_side_effects=True)
        except ValidationError as exc:
            QMessageBox.warning(
                self, "Nothing imported", f"{path.name} was not imported:\n\n• " + "\n• ".join(exc.problems[:20])
                + (f"\n… and {len(exc.problems) - 20} more problems." if len(exc.problems) > 20 else "")
            )
            return
        text = preview.summary().replace(" Nothing was written (dry run).", "")
        if QMessageBox.question(self, "Import?", f"Importing {path.name}: {text}\n\nImport it now?") != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self._service.transfer.import_file(path, new_side_effects=new_side_effects)  # backs the diary up first
        except (BackupError, OSError) as exc:
            QMessageBox.warning(self, "Nothing imported", f"{path.name} was not imported: {exc}")
            return
        self.events.data_changed.emit(result.change)
        self.statusBar().showMessage(f"Imported {path.name}: {result.summary()}", 10000)

    def ask_new_side_effects(self, exc: MisspelledColumnsError) -> bool:
        """A column named close to a known one: a misspelling to fix, or a side effect of the user's own?"""
        names = "\n".join(f"• '{raw}' looks like '{likely}'" for raw, likely in exc.columns)
        box = QMessageBox(QMessageBox.Icon.Question, "Misspelled columns?", f"Some columns of the file look misspelled:\n\n{names}\n\n"
                          "Fix their names in the file and import it again, or add them as side effects of your own.", parent=self)
        add = box.addButton("Add as my own side effects", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is add

    def on_export_triggered(self) -> None:
        default = Path.home() / f"ldn-diary-{dt.date.today().isoformat()}.csv"
        name, _ = QFileDialog.getSaveFileName(
            self, "Export the diary", str(default), "Spreadsheet (*.csv);;Everything, for backup or moving (*.json)"
        )
        if not name:
            return
        try:
            count = self._service.transfer.export_file(Path(name))
        except (ValidationError, OSError) as exc:
            QMessageBox.warning(self, "Not exported", str(exc))
            return
        self.statusBar().showMessage(f"Exported {count} days to {name}", 10000)

    def on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME} {__version__}</b><p>A symptom diary for people taking low-dose naltrexone. "
            "Everything you record stays on this computer.</p>"
            f"<p>Your diary folder: {self._service.data_dir}</p>",
        )

