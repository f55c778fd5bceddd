"""The side effects page's key insight: side effects that differ between morning and bedtime doses."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout

from diary.domain.summaries import PeriodSummary
from diary.ui.side_effects.words import listing
from diary.ui.widgets import heading, text_label

# Side effects the study (and common experience) links to a bedtime dose.
SLEEP_EFFECTS = ("vivid_dreams", "insomnia")


class TimingPanel(QFrame):
    """What the comparison of morning and bedtime doses found, and what to make of it."""

    def __init__(self):
        super().__init__(objectName="timingInsight")
        self.setAccessibleName("Morning or bedtime dose")
        box = QVBoxLayout(self)
        self.heading = heading("Morning or bedtime dose?")
        self.notes = text_label("Morning and bedtime doses compared")
        self.notes.setObjectName("timingNotes")
        self.caveat = text_label("About this comparison")
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
            caveat.append("Talk to your prescriber before changing when you take LDN.")
        elif sleep:
            names = listing([s.effect.label.lower() for s in sleep])
            caveat.append("In the LDN study, vivid dreams improved when the dose was taken in the morning instead of at "
                          f"bedtime. If {names} trouble you, you could ask your prescriber about a morning dose.")
        self.caveat.setText(" ".join(caveat))
        self.caveat.show()
