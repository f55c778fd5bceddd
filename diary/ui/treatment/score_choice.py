"""The profile's condition scores: the ones the condition suggests, each switched on or off, and the
usual number of bowel movements that PRO2-UC needs (docs/scores.md#choosing-the-scores)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from diary.domain.condition_items import USUAL_STOOLS_DEFAULT, USUAL_STOOLS_RANGE
from diary.domain.scores import SCORES, suggested_scores


class ScoreChoice(QWidget):
    """A tick box per score. Until the user ticks or unticks one, they follow the condition (the
    profile keeps None); after that, the boxes ticked are the user's choice."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for key, score in SCORES.items():
            source = ", ".join(part for part in score.source.split(", ") if part not in score.name)
            box = QCheckBox(f"{score.name} — {source}".replace("&", "&&"))  # "&" alone would underline the next letter
            box.setAccessibleName(f"Track {score.name}")
            box.clicked.connect(self._chosen)
            self.boxes[key] = box
            layout.addWidget(box)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setProperty("role", "muted")
        layout.addWidget(self.suggestion)
        self.usual_label = QLabel("Bowel movements a day when you are well")
        self.usual_stools = QSpinBox()
        self.usual_stools.setRange(*USUAL_STOOLS_RANGE)
        self.usual_stools.setValue(USUAL_STOOLS_DEFAULT)
        self.usual_stools.setAccessibleName("Bowel movements a day when you are well")
        self.usual_stools.setToolTip("PRO2 (ulcerative colitis) counts the stools above this number")
        usual = QHBoxLayout()
        usual.addWidget(self.usual_label)
        usual.addWidget(self.usual_stools)
        usual.addStretch(1)
        layout.addLayout(usual)
        self.explicit = False  # the user ticked or unticked a box since the profile was shown
        self._condition = ""
        self._refresh()

    def show_choice(self, scores: tuple[str, ...] | None, condition: str, usual_stools: int) -> None:
        """The profile's choice (None: as `condition` suggests) and usual number of stools."""
        self.explicit = scores is not None
        self.usual_stools.setValue(usual_stools)
        self._condition = condition
        self._tick(scores if scores is not None else suggested_scores(condition))
        self._refresh()

    def follow_condition(self, condition: str) -> None:
        """The condition typed in: its suggested scores are ticked, unless the user chose already."""
        self._condition = condition
        if not self.explicit:
            self._tick(suggested_scores(condition))
        self._refresh()

    def scores(self) -> tuple[str, ...] | None:
        """The scores ticked, in the order of SCORES; None while they follow the condition."""
        return tuple(key for key, box in self.boxes.items() if box.isChecked()) if self.explicit else None

    def _tick(self, scores: tuple[str, ...]) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in scores)

    def _chosen(self) -> None:
        self.explicit = True
        self._refresh()

    def _refresh(self) -> None:
        suggested = suggested_scores(self._condition)
        names = " and ".join(SCORES[k].short for k in suggested)
        if not self._condition.strip():
            text = "Give your condition above, and the scores that fit it are suggested."
        elif not suggested:
            text = "No score is suggested for this condition; tick any you want to track."
        else:
            text = f"Suggested for {self._condition}: {names}."
        self.suggestion.setText(text)
        uc = self.boxes["pro2_uc"].isChecked()
        self.usual_label.setVisible(uc)
        self.usual_stools.setVisible(uc)
