"""The entry form's condition-score questions: the items of the scores switched on, in the user's
words (docs/scores.md). An unanswered item stays empty and is left out of the day, never a 0."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from diary.domain.condition_items import COMPLICATION_WORDS, COMPLICATIONS, ITEMS, Item
from diary.domain.language import translate
from diary.domain.scores import SCCAI_COMPLICATIONS, SCORES
from diary.ui.entry.choice_frame import ChoiceFrame, is_plain
from diary.ui.widgets import clear_layout

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
JUMP_KEYS = "Alt+Q"  # puts the cursor on the first question
COUNT_LIMIT = 20  # items allowing more than this are counts, typed as a number


def question(item: Item, day: str | None = None) -> str:
    """`item`'s question about today (`day` None), or about another `day` ("Saturday 28 November"):
    whole sentences, as the word order of "today" and "on Saturday" differs between languages."""
    if day is None:
        if item.key == "complications":
            return translate("ui.entry.condition_items", "Any of these today?", "complications of Crohn's or colitis")
        return item.question
    on_day = {
        "liquid_stools": translate("ui.entry.condition_items", "How many liquid or very soft stools on {day}?"),
        "ibd_abdominal_pain": translate("ui.entry.condition_items", "Tummy (abdominal) pain on {day}?"),
        "wellbeing": translate("ui.entry.condition_items", "How well did you feel on {day}?"),
        "rectal_bleeding": translate("ui.entry.condition_items", "Blood in your stools on {day}?"),
        "pain": translate("ui.entry.condition_items", "Your average pain on {day}, from 0 (none) to 10 (worst imaginable)?"),
        "complications": translate("ui.entry.condition_items", "Any of these on {day}?", "complications of Crohn's or colitis"),
    }
    return on_day[item.key].format(day=day) if item.key in on_day else question(item)


def complication_words(key: str) -> str:
    """A complication in the patient's words ("joint pain"); an unknown key as it is written."""
    return COMPLICATION_WORDS.get(key, key.replace("_", " "))


# The question before the complications (not an item of ITEMS: asked with "Any of these today?").
COMPLICATIONS_QUESTION = Item("complications", 0, 0)


class ChoiceRow(ChoiceFrame):
    """One item answered by a button per value ("0 very well" … "4 terrible"), one Tab stop."""

    def __init__(self, item: Item, edited: Callable[..., None]):
        super().__init__(question(item), item.low, item.high, edited)
        self.item = item
        row = QHBoxLayout(self)
        row.setContentsMargins(3, 3, 3, 3)
        row.setSpacing(4)
        answers = item.words
        for value in range(item.low, item.high + 1):
            words = answers[value - item.low] if answers else ""
            button = self.add(QPushButton(f"{value} {words}".strip()), value)
            button.setProperty("role", "answer")
            button.setAccessibleName(f"{self.question} {value} {words}".strip())
            button.setToolTip(translate("ui.entry.condition_items", "Click again, or press Backspace, to leave it unanswered"))
            row.addWidget(button)
        row.addStretch(1)


class CountField(QLineEdit):
    """A count (stools) typed as a number; it starts empty, ↑/↓ step it, Enter goes on to the next."""

    def __init__(self, item: Item, edited: Callable[..., None]):
        super().__init__()
        self.item = item
        self.setValidator(QIntValidator(item.low, item.high, self))
        self.setMaxLength(len(str(item.high)))
        self.setPlaceholderText("–")
        self.setFixedWidth(64)
        self.setMinimumHeight(32)  # as tall as the answer buttons of the other rows
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(question(item))
        self.setToolTip(translate(
            "ui.entry.condition_items", "A number from {low} to {high}; leave it empty if you did not count"
        ).format(low=item.low, high=item.high))
        self.textEdited.connect(edited)
        self._edited = edited

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text.isdigit() and self.item.low <= int(text) <= self.item.high else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, current = event.key(), self.value()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and is_plain(event):
            step = 1 if key == Qt.Key.Key_Up else -1
            start = self.item.low - step if current is None else current
            self.set_value(min(max(start + step, self.item.low), self.item.high))
            self._edited()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and is_plain(event):
            self.focusNextChild()
        else:
            super().keyPressEvent(event)


class ComplicationsList(QWidget):
    """"None" and the complications as tick boxes; the last answer recorded is a grey hint, not a value."""

    def __init__(self, keys: Iterable[str], edited: Callable[..., None]):
        super().__init__()
        self._edited = edited
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self.none = QCheckBox(translate("ui.entry.condition_items", "none of these", "complications"))
        self.none.setAccessibleName(translate("ui.entry.condition_items", "Complications: none"))
        self.boxes: dict[str, QCheckBox] = {}
        for key in keys:
            box = QCheckBox(complication_words(key))
            box.setAccessibleName(translate("ui.entry.condition_items", "Complication: {complication}").format(
                complication=box.text()))
            self.boxes[key] = box
        for box in [self.none, *self.boxes.values()]:
            box.clicked.connect(lambda checked, b=box: self._clicked(b, checked))
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setAccessibleName(translate("ui.entry.condition_items", "Complications the last time"))
        self.grid, self.columns = grid, 0
        self.set_columns(3)

    def width_for(self, columns: int) -> int:
        """How wide the boxes need to be in `columns` columns (each column as wide as the widest box)."""
        widest = max(box.sizeHint().width() for box in (self.none, *self.boxes.values()))
        return columns * widest + (columns - 1) * self.grid.horizontalSpacing()

    def set_columns(self, columns: int) -> None:
        """The boxes in `columns` columns, row by row (three where there is room: long names take fewer)."""
        if columns == self.columns:
            return
        self.columns = columns
        boxes = [self.none, *self.boxes.values()]
        for widget in (*boxes, self.hint):
            self.grid.removeWidget(widget)
        for index, box in enumerate(boxes):
            self.grid.addWidget(box, index // columns, index % columns)
        self.grid.addWidget(self.hint, (len(boxes) + columns - 1) // columns, 0, 1, columns)

    def _clicked(self, box: QCheckBox, checked: bool) -> None:
        if checked and box is self.none:
            for other in self.boxes.values():
                other.setChecked(False)
        elif checked:
            self.none.setChecked(False)
        self._edited()

    def value(self) -> frozenset[str] | None:
        """The keys ticked; an empty set for "none", None when nothing is ticked (not recorded)."""
        ticked = frozenset(key for key, box in self.boxes.items() if box.isChecked())
        return ticked if ticked or self.none.isChecked() else None

    def set_value(self, value: frozenset[str] | None) -> None:
        self.none.setChecked(value is not None and not value)
        for key, box in self.boxes.items():
            box.setChecked(value is not None and key in value)

    def set_hint(self, last: frozenset[str] | None) -> None:
        """The answer of the last day that recorded one, in words (None: no hint)."""
        if last is None:
            self.hint.setText("")
        else:
            order = {key: n for n, key in enumerate(COMPLICATIONS)}
            words = [complication_words(k) for k in sorted(last, key=lambda k: order.get(k, len(order)))]
            if words:
                self.hint.setText(translate("ui.entry.condition_items", "last time: {complications}").format(
                    complications=", ".join(words)))
            else:
                self.hint.setText(translate("ui.entry.condition_items", "last time: none", "complications"))
        self.hint.setVisible(last is not None)

    def focus_chain(self) -> list[QWidget]:
        return [self.none, *self.boxes.values()]


def complications_shown(scores: Iterable[str], recorded: frozenset[str] | None) -> tuple[str, ...]:
    """The complications asked: the HBI's eight, else the SCCAI's four (and any the day recorded)."""
    scores = set(scores)
    keys = COMPLICATIONS if "hbi" in scores else SCCAI_COMPLICATIONS if "sccai" in scores else ()
    return tuple(k for k in COMPLICATIONS if k in keys or k in (recorded or ()))


class ConditionItems(QGroupBox):
    """The questions of the scores switched on; hidden when none is. `edited` is called on each answer."""

    def __init__(self, edited: Callable[..., None]):
        super().__init__()
        self._edited = edited
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(4)
        self.scores: tuple[str, ...] = ()
        self.fields: dict[str, ChoiceRow | CountField] = {}
        self.complications: ComplicationsList | None = None
        self._questions: list[tuple[QLabel, Item]] = []  # each question's label and its item
        self._rows: list[tuple[QLabel, QWidget]] = []  # each question's label and its answer, in order
        self.stacked = False  # each question over its answer, where side by side does not fit (fit_width)
        self.hide()

    def show_scores(self, scores: Iterable[str], recorded: frozenset[str] | None = None) -> None:
        """Ask the items of `scores` (in the order of ITEMS), and the complications if HBI or SCCAI is on."""
        self.scores = tuple(k for k in scores if k in SCORES)
        self._clear()
        wanted = {key for score in self.scores for key in SCORES[score].items}
        for key, item in ITEMS.items():
            if key in wanted:
                field = CountField(item, self._edited) if item.high > COUNT_LIMIT else ChoiceRow(item, self._edited)
                self._add_row(item, field)
                self.fields[key] = field
        keys = complications_shown(self.scores, recorded)
        if keys:
            self.complications = ComplicationsList(keys, self._edited)
            self._add_row(COMPLICATIONS_QUESTION, self.complications)
        names = [SCORES[k].shown_short for k in self.scores]
        if len(names) > 1:
            names = [translate("ui.entry.condition_items", "{scores} and {last}", "a list of scores: HBI and PRO2-CD").format(
                scores=", ".join(names[:-1]), last=names[-1])]
        self.setTitle(translate("ui.entry.condition_items", "Questions for your {scores}   ({keys} jumps here)").format(
            scores="".join(names), keys=JUMP_KEYS))
        self.setVisible(bool(self.fields or self.complications))

    def _add_row(self, item: Item, field: QWidget) -> None:
        label = QLabel(question(item))
        self._questions.append((label, item))
        label.setWordWrap(True)
        label.setMinimumWidth(190)
        label.setBuddy(field)
        self._rows.append((label, field))
        self._place(len(self._rows) - 1)

    def _place(self, index: int) -> None:
        label, field = self._rows[index]
        top = Qt.AlignmentFlag.AlignTop if isinstance(field, ComplicationsList) else Qt.AlignmentFlag.AlignVCenter
        label.setMaximumWidth(QWIDGETSIZE_MAX if self.stacked else 340)  # wrapped in a narrow column only
        if self.stacked:
            self.grid.addWidget(label, 2 * index, 0, 1, 2)
            self.grid.addWidget(field, 2 * index + 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        else:
            self.grid.addWidget(label, 2 * index, 0, top)
            self.grid.addWidget(field, 2 * index, 1, Qt.AlignmentFlag.AlignLeft | top)

    def fit_width(self, width: int) -> None:
        """Questions beside their answers where `width` allows, else each over its answer."""
        if self.complications is not None:
            self.complications.set_columns(next((n for n in (3, 2) if self.complications.width_for(n) + 40 <= width), 1))
        widest = max((field.sizeHint().width() for _, field in self._rows), default=0)
        stacked = widest + 190 + 40 > width
        if stacked != self.stacked:
            self.stacked = stacked
            for label, field in self._rows:
                self.grid.removeWidget(label)
                self.grid.removeWidget(field)
            for index in range(len(self._rows)):
                self._place(index)

    def _clear(self) -> None:
        clear_layout(self.grid)
        self.fields, self.complications, self._questions, self._rows = {}, None, [], []

    def ask_about(self, day: str | None) -> None:
        """Word the questions for the day shown: today (None), or another day ("Saturday 28 November")."""
        for label, item in self._questions:
            label.setText(question(item, day))

    def fill(self, items: Mapping[str, int], complications: frozenset[str] | None) -> None:
        for key, field in self.fields.items():
            field.set_value(items.get(key))
        if self.complications is not None:
            self.complications.set_value(complications)

    def items(self, loaded: Mapping[str, int]) -> dict[str, int]:
        """The answers given; the items not asked keep their `loaded` values (a score switched off)."""
        kept = {key: value for key, value in loaded.items() if key not in self.fields}
        answers = {key: value for key, field in self.fields.items() if (value := field.value()) is not None}
        return {**kept, **answers}

    def complications_value(self, loaded: frozenset[str] | None) -> frozenset[str] | None:
        """The complications ticked, or `loaded` when they are not asked."""
        if self.complications is None:
            return loaded
        return self.complications.value()

    def focus_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them."""
        chain: list[QWidget] = list(self.fields.values())
        return chain + (self.complications.focus_chain() if self.complications else [])
