"""The side effects page's key insight: side effects that differ between morning and bedtime doses."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout

from diary.domain.language import translate
from diary.domain.side_effects import in_sentence
from diary.domain.summaries import PeriodSummary
from diary.ui.side_effects.words import listing
from diary.ui.widgets import heading, text_label

# Side effects the study (and common experience) links to a bedtime dose.
SLEEP_EFFECTS = ("vivid_dreams", "insomnia")


class TimingPanel(QFrame):
    """What the comparison of morning and bedtime doses found, and what to make of it."""

    def __init__(self):
        super().__init__(objectName="timingInsight")
        self.setAccessibleName(translate("ui.side_effects.timing", "Morning or bedtime dose"))
        box = QVBoxLayout(self)
        self.heading = heading(translate("ui.side_effects.timing", "Morning or bedtime dose?"))
        self.notes = text_label(translate("ui.side_effects.timing", "Morning and bedtime doses compared"))
        self.notes.setObjectName("timingNotes")
        self.caveat = text_label(translate("ui.side_effects.timing", "About this comparison"))
        self.caveat.setObjectName("timingCaveat")
        for widget in (self.heading, self.notes, self.caveat):
            box.addWidget(widget)

    def show_summary(self, summary: PeriodSummary) -> None:
        effects = summary.side_effects
        timing = summary.timing  # the domain decides whether a comparison is fair, and says why not
        found = bool(timing.notes)
        self.setVisible(bool(effects))
        self.setProperty("found", found)
        for widget in (self, self.heading, self.notes, self.caveat):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        lines = timing.sentences
        self.notes.setText(lines[0] if len(lines) == 1 else "\n".join(f"• {n}" for n in lines))
        caveat = [timing.caveat]
        sleep = [s for s in effects if s.effect.key in SLEEP_EFFECTS and s.bedtime[1] >= s.morning[1]]
        if found:
            caveat.append(translate("ui.side_effects.timing", "Talk to your prescriber before changing when you take LDN."))
        elif sleep:
            names = listing([in_sentence(s.effect.shown_label) for s in sleep])
            caveat.append(translate(
                "ui.side_effects.timing", "In the LDN study, vivid dreams improved when the dose was taken in the morning "
                "instead of at bedtime. If {side_effects} trouble you, you could ask your prescriber about a morning dose."
            ).format(side_effects=names))
        self.caveat.setText(" ".join(caveat))
        self.caveat.show()
