"""The window's Import and Export: check a file whole, say what it would change, and ask before writing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from diary.domain.language import translate
from diary.services.errors import MisspelledColumnsError

if TYPE_CHECKING:
    from diary.services.diary import DiaryService
    from diary.ui.writes import Writes

class FileMenu(QMainWindow):
    """The main window's import and export (the window sets `_service` and `writes`)."""

    _service: DiaryService
    writes: Writes

    def on_import_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("ui.file_menu", "Import a diary file"), str(Path.home()),
                                              translate("ui.file_menu", "Diary files (*.csv *.json)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Check the whole file first, say what it would change, and import only if confirmed."""
        failed = translate("ui.file_menu", "{file} was not imported").format(file=path.name)
        nothing = translate("ui.file_menu", "Nothing imported")
        checked = self.writes.run(self, lambda: self._check_import(path), failed=failed, title=nothing)
        if checked is None:
            return
        preview, new_side_effects = checked
        text = preview.summary(dry_run_note=False)
        question = translate("ui.file_menu", "Importing {file}: {changes}\n\nImport it now?").format(file=path.name, changes=text)
        if QMessageBox.question(self, translate("ui.file_menu", "Import?"), question) != QMessageBox.StandardButton.Yes:
            return
        result = self.writes.run(  # backs the diary up first
            self, lambda: self._service.transfer.import_file(path, new_side_effects=new_side_effects), failed=failed, title=nothing)
        if result is not None:
            done = translate("ui.file_menu", "Imported {file}: {changes}").format(file=path.name, changes=result.summary())
            self.statusBar().showMessage(done, 10000)

    def _check_import(self, path: Path):
        """The dry run of importing `path`, and whether it adds side effects; None if the user cancels."""
        try:
            return self._service.transfer.import_file(path, dry_run=True), False
        except MisspelledColumnsError as exc:
            if not self.ask_new_side_effects(exc):
                return None
            return self._service.transfer.import_file(path, dry_run=True, new_side_effects=True), True

    def ask_new_side_effects(self, exc: MisspelledColumnsError) -> bool:
        """A column named close to a known one: a misspelling to fix, or a side effect of the user's own?"""
        names = "\n".join("• " + translate("ui.file_menu", "'{column}' looks like '{known}'").format(column=raw, known=likely)
                          for raw, likely in exc.columns)
        text = translate("ui.file_menu", "Some columns of the file look misspelled:\n\n{columns}\n\n"
                         "Fix their names in the file and import it again, or add them as side effects of your own.").format(columns=names)
        box = QMessageBox(QMessageBox.Icon.Question, translate("ui.file_menu", "Misspelled columns?"), text, parent=self)
        add = box.addButton(translate("ui.file_menu", "Add as my own side effects"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is add

    def on_export_triggered(self) -> None:
        from diary.ui.export_choice import export_path, filters, is_fhir

        default = Path.home() / f"ldn-diary-{dt.date.today().isoformat()}.csv"
        name, chosen = QFileDialog.getSaveFileName(self, translate("ui.file_menu", "Export the diary"), str(default), filters())
        if not name:
            return
        path = export_path(name, chosen)
        name = str(path)
        named = {"include_name": True} if is_fhir(path) and self.ask_include_name() else {}
        count = self.writes.run(self, lambda: self._service.transfer.export_file(path, **named),
                                failed=translate("ui.file_menu", "The diary was not exported"),
                                title=translate("ui.file_menu", "Not exported"))
        if count is not None:
            self.statusBar().showMessage(translate("ui.file_menu", "Exported %n day(s) to {file}", None, count).format(file=name), 10000)

    def ask_include_name(self) -> bool:
        """Whether the FHIR file's Patient may carry the profile's name and date of birth (asked only if it has them)."""
        profile = self._service.treatment.profile()
        if not profile.name.strip() and profile.date_of_birth is None:
            return False
        answer = QMessageBox.question(
            self, translate("ui.file_menu", "Your name in the file?"),
            translate("ui.file_menu", "Put your name and date of birth in the file for your clinic? "
                      "Without them the file says nothing about who you are."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
