"""The profile's condition scores: the ones the condition suggests, each switched on or off, and the
usual number of bowel movements that PRO2-UC needs (docs/scores.md#choosing-the-scores)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from diary.domain.condition_items import USUAL_STOOLS_DEFAULT, USUAL_STOOLS_RANGE
from diary.domain.language import translate
from diary.domain.scores import SCORES, suggested_scores
from diary.ui.treatment.words import conditions, shown


def score_name(key: str) -> str:
    """A score's name in the reader's language: "PRO2 (Crohn's disease)"."""
    return SCORES[key].shown_name


def _box_text(key: str) -> str:
    """A score with where it comes from: "PRO2 (Crohn's disease) — STRIDE-II" (what the name says is not repeated)."""
    score = SCORES[key]
    source = ", ".join(part for part in score.shown_source.split(", ") if part not in score.shown_name)
    return translate("ui.treatment.score_choice", "{score} — {source}", "a score and where it comes from").format(
        score=score.shown_name, source=source)


def _listed(names: list[str]) -> str:
    """ "PRO2-CD and HBI"; three or more: "A, B and C"."""
    if len(names) < 2:
        return "".join(names)
    return translate("ui.treatment.score_choice", "{first} and {last}", "a list of scores: PRO2-CD and HBI").format(
        first=", ".join(names[:-1]),
        last=names[-1])


class ScoreChoice(QWidget):
    """A tick box per score. Until the user ticks or unticks one, they follow the condition (the
    profile keeps None); after that, the boxes ticked are the user's choice."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for key in SCORES:
            box = QCheckBox(_box_text(key).replace("&", "&&"))  # "&" alone would underline the next letter
            box.setAccessibleName(translate("ui.treatment.score_choice", "Track {score}").format(score=score_name(key)))
            box.clicked.connect(self._chosen)
            self.boxes[key] = box
            layout.addWidget(box)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setProperty("role", "muted")
        layout.addWidget(self.suggestion)
        self.usual_label = QLabel(translate("ui.treatment.score_choice", "Bowel movements a day when you are well"))
        self.usual_stools = QSpinBox()
        self.usual_stools.setRange(*USUAL_STOOLS_RANGE)
        self.usual_stools.setValue(USUAL_STOOLS_DEFAULT)
        self.usual_stools.setAccessibleName(translate("ui.treatment.score_choice", "Bowel movements a day when you are well"))
        self.usual_stools.setToolTip(translate("ui.treatment.score_choice",
                                               "PRO2 (ulcerative colitis) counts the stools above this number"))
        usual = QHBoxLayout()
        usual.addWidget(self.usual_label)
        usual.addWidget(self.usual_stools)
        usual.addStretch(1)
        layout.addLayout(usual)
        self.explicit = False  # the user ticked or unticked a box since the profile was shown
        self._condition = ""
        self._refresh()

    def show_choice(self, scores: tuple[str, ...] | None, condition: str, usual_stools: int) -> None:
        """The profile's choice (None: as `condition` suggests) and usual number of stools. `condition` is
        as the profile keeps it (a condition offered in English, see diary.ui.treatment.words)."""
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
        if not self._condition.strip():
            text = translate("ui.treatment.score_choice", "Give your condition above, and the scores that fit it are suggested.")
        elif not suggested:
            text = translate("ui.treatment.score_choice", "No score is suggested for this condition; tick any you want to track.")
        else:
            text = translate("ui.treatment.score_choice", "Suggested for {condition}: {scores}.").format(
                condition=shown(conditions(), self._condition), scores=_listed([SCORES[k].shown_short for k in suggested]))
        self.suggestion.setText(text)
        uc = self.boxes["pro2_uc"].isChecked()
        self.usual_label.setVisible(uc)
        self.usual_stools.setVisible(uc)
