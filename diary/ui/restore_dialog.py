"""Restoring a backup: the dialog that lists them, and the offer made when the diary fails its check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diary import APP_NAME
from diary.domain.language import translate
from diary.domain.wording import day_text, moment_text
from diary.services.backups import Backup, DiaryBackups, entries_text
from diary.services.changes import Change
from diary.services.diary import DiaryService
from diary.services.errors import BackupError, DiaryDamagedError, DiaryOpenError, ValidationError
from diary.ui.dialogs import Dialog
from diary.ui.writes import Writes

Index = QModelIndex | QPersistentModelIndex


def file_filter() -> str:
    """The file dialog's choice of files: backups, or any."""
    return translate("ui.restore_dialog", "Diary backups (*.sqlite3);;All files (*)")


when_text = moment_text


class BackupTableModel(QAbstractTableModel):
    """Backups newest first; `PathRole` gives a row's file. Damaged backups are shown but cannot be chosen."""

    WHEN, ENTRIES, LAST_DAY, KIND = range(4)
    PathRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, backups: list[Backup], parent=None):
        super().__init__(parent)
        self.backups = backups

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (translate("ui.restore_dialog", "Made"), translate("ui.restore_dialog", "Entries"),
                       translate("ui.restore_dialog", "Last day recorded"), translate("ui.restore_dialog", "Why it was made"))
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self.backups[index.row()].ok:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags  # shown greyed out

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        backup = self.backups[index.row()]
        column = index.column()
        if role == self.PathRole:
            return backup.path
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return when_text(backup.created)
            if column == self.ENTRIES:
                return QLocale().toString(backup.entries or 0) if backup.ok else translate("ui.restore_dialog", "damaged", "a backup")
            if column == self.LAST_DAY:
                return day_text(backup.last_day) if backup.ok else translate("ui.restore_dialog", "cannot be restored")
            return backup.reason_words[:1].upper() + backup.reason_words[1:]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path) if backup.ok else (backup.check.problem or translate("ui.restore_dialog", "damaged", "a backup"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ENTRIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RestoreDialog(Dialog):
    """Lists the backups with their date and number of entries; `chosen` is the file to restore."""

    def __init__(self, backups: list[Backup], folder: Path, parent: QWidget | None = None, intro: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ui.restore_dialog", "Restore from a backup"))
        self.chosen: Path | None = None
        self.model = BackupTableModel(backups, self)

        text = QLabel(
            intro
            or translate("ui.restore_dialog", "Restoring replaces your diary with the backup you choose. Your diary as it is now is "
                         "backed up first, so you can undo a restore by restoring that backup.")
        )
        text.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("ui.restore_dialog", "Backups"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(translate(
            "ui.restore_dialog", "There are no backups yet. They are made when you close the window after a change, "
            "every 30 minutes while you work, and before an import or a restore."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not backups)
        self.table.setVisible(bool(backups))
        where = QLabel(translate("ui.restore_dialog", "Backups are kept in <a href='{url}'>{folder}</a>").format(
            url=folder.as_uri(), folder=folder) if folder.is_absolute() else str(folder))
        where.setOpenExternalLinks(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        where.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(translate("ui.restore_dialog", "Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button = QPushButton(translate("ui.restore_dialog", "Other file…"))
        self.file_button.setToolTip(translate("ui.restore_dialog", "Restore a backup saved elsewhere, e.g. with '{command}'").format(
            command="ldn-diary backup --out"))
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(where)
        layout.addWidget(self.buttons)

        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        self.restore_button.clicked.connect(self.on_restore_clicked)
        self.file_button.clicked.connect(self.on_file_clicked)
        self.buttons.rejected.connect(self.reject)

        first_good = next((row for row, b in enumerate(backups) if b.ok), None)
        if first_good is not None:
            self.table.selectRow(first_good)
        self.resize(720, 420)

    def selected_backup(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def on_selection_changed(self, *_args) -> None:
        backup = self.selected_backup()
        self.restore_button.setEnabled(backup is not None and backup.ok)

    def on_table_double_clicked(self, index: QModelIndex) -> None:
        backup = self.model.backups[index.row()]
        if backup.ok:
            self.chosen = backup.path
            self.accept()

    def on_restore_clicked(self) -> None:
        backup = self.selected_backup()
        if backup is not None:
            self.chosen = backup.path
            self.accept()

    def on_file_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("ui.restore_dialog", "Restore a diary file"), str(Path.home()),
                                              file_filter())
        if name:
            self.chosen = Path(name)
            self.accept()


def choose_backup(backups: DiaryBackups, parent: QWidget | None = None, intro: str | None = None) -> Path | None:
    """Show the restore dialog; the file chosen, or None."""
    dialog = RestoreDialog(backups.all(), backups.folder, parent, intro)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


def confirm_restore(parent: QWidget, source: Path, backups: DiaryBackups, entries_now: int) -> bool:
    """Ask before the diary is replaced, saying what it holds now and what it will hold."""
    backup = next((b for b in backups.all() if b.path == source), None)
    if backup is not None:
        question = translate("ui.restore_dialog", "Replace your diary ({now}) with the backup made on {made}, with {entries}?").format(
            now=entries_text(entries_now), made=when_text(backup.created), entries=entries_text(backup.entries))
    else:
        question = translate("ui.restore_dialog", "Replace your diary ({now}) with {file}?").format(
            now=entries_text(entries_now), file=source)
    undo = translate("ui.restore_dialog", "Your diary as it is now is backed up first, so you can undo this.")
    answer = QMessageBox.question(
        parent,
        translate("ui.restore_dialog", "Restore this backup?"),
        "\n\n".join((question, undo)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def restore_from_window(window: QMainWindow, service: DiaryService, writes: Writes) -> Change | None:
    """File → Restore from a backup…: choose, confirm, restore and tell the pages; returns what changed, or None."""
    source = choose_backup(service.backups, window)
    if source is None:
        return None
    before = service.entries.between()
    if not confirm_restore(window, source, service.backups, len(before)):
        return None
    restored: list[Change] = []

    def restore() -> Change:
        result = service.restore(source)
        _say_restored(window, service, source, result)
        days = {e.day for e in before} | {e.day for e in service.entries.between()}
        restored.append(Change(days=frozenset(days), side_effects=True, treatment=True, settings=True))
        return restored[-1]

    def not_restored(exc: ValidationError) -> None:
        QMessageBox.warning(window, translate("ui.restore_dialog", "Not restored"),
                            "\n".join(exc.problems) + "\n\n" + translate("ui.restore_dialog", "Your diary was not changed."))

    writes.run(window, restore, failed=translate("ui.restore_dialog", "The backup could not be restored"),
               title=translate("ui.restore_dialog", "Not restored"), invalid=not_restored)
    return restored[-1] if restored else None


def _say_restored(window: QMainWindow, service: DiaryService, source: Path, result) -> None:
    listed = next((b for b in service.backups.all() if b.path == source), None)
    entries = entries_text(result.restored.entries)
    if listed:
        message = translate("ui.restore_dialog", "Restored the backup made on {made}: {entries}.").format(
            made=when_text(listed.created), entries=entries)
    else:
        message = translate("ui.restore_dialog", "Restored {file}: {entries}.").format(file=source.name, entries=entries)
    if result.previous:
        message += " " + translate("ui.restore_dialog", "To undo, restore the backup made on {made} ({reason}).").format(
            made=when_text(result.previous.created), reason=result.previous.reason_words)
    window.statusBar().showMessage(message, 30000)


# --- when the diary fails its check at start-up -----------------------------------------------------


def damaged_diary_box(error: DiaryDamagedError) -> tuple[QMessageBox, dict[str, QPushButton]]:
    """The message shown when the diary fails its check, with its buttons by what they do."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, translate("ui.restore_dialog", "<b>Your diary could not be opened.</b>"))
    box.setWindowTitle(translate("ui.restore_dialog", "{app}: the diary could not be opened").format(app=APP_NAME))
    newest = error.backups[0] if error.backups else None
    if newest is not None:
        if newest.last_day:
            offer = translate("ui.restore_dialog", "The newest good backup, made on {made}, has {entries}, the last on {day}. "
                              "Restoring it keeps the damaged file in the backups folder, so nothing is lost.")
        else:
            offer = translate("ui.restore_dialog", "The newest good backup, made on {made}, has {entries}. "
                              "Restoring it keeps the damaged file in the backups folder, so nothing is lost.")
        offer = offer.format(made=when_text(newest.created), entries=entries_text(newest.entries), day=day_text(newest.last_day))
        box.setInformativeText("\n\n".join((str(error), offer)))
        buttons = {
            "restore": box.addButton(translate("ui.restore_dialog", "Restore this backup"), QMessageBox.ButtonRole.AcceptRole),
            "choose": box.addButton(translate("ui.restore_dialog", "Choose another…"), QMessageBox.ButtonRole.ActionRole),
            "quit": box.addButton(translate("ui.restore_dialog", "Quit"), QMessageBox.ButtonRole.RejectRole),
        }
        box.setDefaultButton(buttons["restore"])
    else:
        offer = translate("ui.restore_dialog", "There are no backups in {folder} to restore. If you saved "
                          "a backup elsewhere, you can restore it.").format(folder=error.data_dir / "backups")
        box.setInformativeText("\n\n".join((str(error), f"{offer} {error.advice_without_backups}")))
        buttons = {
            "choose": box.addButton(translate("ui.restore_dialog", "Restore a file…"), QMessageBox.ButtonRole.ActionRole),
            "quit": box.addButton(translate("ui.restore_dialog", "Quit"), QMessageBox.ButtonRole.RejectRole),
        }
        box.setDefaultButton(buttons["quit"])
    box.setEscapeButton(buttons["quit"])
    return box, buttons


def ask_what_to_restore(error: DiaryDamagedError) -> Path | None:
    """Offer the newest good backup (or another one); the file to restore, or None to quit."""
    box, buttons = damaged_diary_box(error)
    box.exec()
    clicked = box.clickedButton()
    if clicked is buttons.get("restore"):
        return error.backups[0].path
    if clicked is buttons["choose"]:
        backups = DiaryBackups(error.data_dir)
        if error.backups:
            intro = translate("ui.restore_dialog", "Choose the backup to restore in place of the damaged diary.")
            return choose_backup(backups, None, intro)
        name, _ = QFileDialog.getOpenFileName(None, translate("ui.restore_dialog", "Restore a diary file"), str(Path.home()),
                                              file_filter())
        return Path(name) if name else None
    return None


def open_diary(data_dir: Path | None) -> DiaryService | None:
    """The window's diary; if it fails its check, the user may restore a backup. None: nothing to open."""
    while True:
        try:
            return DiaryService(data_dir)
        except DiaryDamagedError as error:
            source = ask_what_to_restore(error)
            if source is None:
                return None
            try:
                DiaryBackups(error.data_dir).restore(source)
            except ValidationError as exc:
                QMessageBox.warning(None, APP_NAME, "\n".join(exc.problems))
            except (BackupError, OSError) as exc:
                QMessageBox.warning(None, APP_NAME, translate("ui.restore_dialog", "The backup could not be restored: {error}").format(
                    error=exc))
        except DiaryOpenError as error:
            QMessageBox.critical(None, APP_NAME, str(error))
            return None
