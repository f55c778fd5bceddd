"""The side effects page: its table model alone, then the page on a diary built through the service."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from diary.domain.entries import DailyEntry, Severity
from diary.domain.side_effects import SideEffect
from diary.domain.summaries import Adherence, DoseLevel, DoseTiming, SideEffectSummary
from diary.domain.treatment import Course, TitrationStep
from diary.services.changes import Change
from diary.ui.side_effects.model import SideEffectsModel
from diary.ui.side_effects.page import COURSE, EVERYTHING, WEEKS_4, WEEKS_12, SideEffectsPage, empty_state
from diary.ui.side_effects.words import adherence_lines, dose_level_line
from tests.conftest import TODAY

DAY = dt.timedelta(days=1)
START = TODAY - 40 * DAY  # today is day 41 of the course
MORNING, BEDTIME = dt.time(8, 0), dt.time(22, 0)
DREAMS = SideEffect("vivid_dreams", "Vivid dreams", builtin=True)
HEADACHE = SideEffect("headache", "Headache", builtin=True)


def day(n: int) -> dt.date:
    """Treatment day n (START is day 1)."""
    return START + (n - 1) * DAY


# --- the model alone -----------------------------------------------------------------------------


def summary(effect, first, last, morning=(0, 0), bedtime=(0, 0), resolved=False, after_increase=False, present=3, recorded=12):
    return SideEffectSummary(
        effect=effect, days_present=present, days_recorded=recorded, highest=Severity.MODERATE,
        first=first, last=last, resolved=resolved, morning=morning, bedtime=bedtime, after_increase=after_increase,
    )


@pytest.fixture
def model(qtbot):
    model = SideEffectsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model


def cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_model_rows_and_cells(model):
    dreams = summary(DREAMS, day(2), day(15), morning=(0, 26), bedtime=(7, 13), resolved=True, present=7, recorded=46)
    headache = summary(HEADACHE, day(16), day(40), morning=(4, 20), after_increase=True)
    model.set_summaries([dreams, headache], [Course(START)], year=False)

    assert model.rowCount() == 2 and model.columnCount() == 9
    assert cell(model, 0, SideEffectsModel.EFFECT) == "Vivid dreams"
    assert cell(model, 0, SideEffectsModel.PRESENT) == "7 of 46 (15%)"
    assert cell(model, 0, SideEffectsModel.HIGHEST) == "moderate"
    assert cell(model, 0, SideEffectsModel.FIRST) == f"{day(2).day} {day(2):%b}"
    assert cell(model, 0, SideEffectsModel.LAST) == f"{day(15).day} {day(15):%b}"
    assert cell(model, 0, SideEffectsModel.RESOLVED) == "yes"
    assert cell(model, 0, SideEffectsModel.MORNING) == "0 of 26 (0%)"
    assert cell(model, 0, SideEffectsModel.BEDTIME) == "7 of 13 (54%)"
    assert cell(model, 0, SideEffectsModel.AFTER_INCREASE) == "no (day 2 of LDN)"  # starting is no increase
    assert cell(model, 1, SideEffectsModel.RESOLVED) == "not yet"
    assert cell(model, 1, SideEffectsModel.BEDTIME) == "—"  # no bedtime doses at all
    assert cell(model, 1, SideEffectsModel.AFTER_INCREASE) == "yes"
    assert cell(model, 1, SideEffectsModel.EFFECT, SideEffectsModel.SummaryRole) is headache
    assert cell(model, 0, SideEffectsModel.PRESENT, Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignCenter)
    assert "no days recorded with a bedtime dose" in cell(model, 1, SideEffectsModel.BEDTIME, Qt.ItemDataRole.ToolTipRole).lower()
    assert model.rowCount(model.index(0, 0)) == 0


def test_model_headers_explain_the_columns(model):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[SideEffectsModel.EFFECT] == "Side effect"
    assert headers[SideEffectsModel.MORNING] == "With a\nmorning dose"
    tip = model.headerData(SideEffectsModel.RESOLVED, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "last 14 days" in tip
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_model_marks_a_side_effect_first_felt_without_ldn(model):
    before = summary(HEADACHE, START - 3 * DAY, START + 2 * DAY)
    between = summary(DREAMS, dt.date(2026, 5, 20), dt.date(2026, 5, 21))
    courses = [Course(START, end=dt.date(2026, 5, 10)), Course(dt.date(2026, 6, 1))]
    model.set_summaries([before, between], courses, year=True)
    assert cell(model, 0, SideEffectsModel.FIRST) == f"{(START - 3 * DAY).day} {START - 3 * DAY:%b %Y} (before LDN)"
    assert cell(model, 1, SideEffectsModel.FIRST) == "20 May 2026 (off LDN)"
    assert "without LDN" in cell(model, 0, SideEffectsModel.FIRST, Qt.ItemDataRole.ToolTipRole)
    model.set_summaries([before], [], year=True)  # no course known: no mark
    assert "LDN" not in cell(model, 0, SideEffectsModel.FIRST)
    model.set_summaries([])
    assert model.rowCount() == 0


def test_adherence_and_dose_level_words():
    few = Adherence(days=30, days_with_entry=28, doses_recorded=25, doses_taken=24,
                    missed_days=(dt.date(2026, 6, 3),), usual_timing=DoseTiming.BEDTIME)
    assert adherence_lines(few) == [
        "Doses taken: 24 of 25 days with a dose recorded (96%).",
        "Missed dose: 3 Jun.",
        "Usual dose time: bedtime (18:00–03:59).",
        "Nothing recorded on 2 of 30 days (diary 93% complete).",
    ]
    many = Adherence(30, 30, 30, 23, tuple(dt.date(2026, 6, d) for d in range(1, 8)), None)
    assert adherence_lines(many)[1:] == [
        "Missed doses: 7, the latest on 7 Jun.",
        "Usual dose time: not known (no dose times recorded).",
        "Every one of the 30 days has an entry.",
    ]
    assert adherence_lines(Adherence(5, 2, 0, 0, (), None))[0] == "No doses recorded in this period."
    assert adherence_lines(Adherence(5, 0, 0, 0, (), None)) == ["Nothing recorded in this period."]
    assert dose_level_line(DoseLevel(1.5, dt.date(2026, 8, 25), dt.date(2026, 9, 7), 14)) == "1.5 mg: 25 Aug – 7 Sep (14 days recorded)"
    assert dose_level_line(DoseLevel(4.5, dt.date(2025, 12, 30), dt.date(2026, 1, 2), 1), year=True) == (
        "4.5 mg: 30 Dec 2025 – 2 Jan 2026 (1 day recorded)"
    )
    assert "above the usual low-dose range" in dose_level_line(DoseLevel(6.0, TODAY, TODAY, 1))


# --- the page on a real diary --------------------------------------------------------------------


@pytest.fixture
def diary(service):
    """A baseline week, two weeks of 1.5 mg at bedtime with vivid dreams, then 3 mg in the morning without them.

    Day 20's dose was missed, day 30 and today (day 41) have no entry.
    """
    service.treatment.start_course(START, (TitrationStep(1, 1.5, BEDTIME), TitrationStep(15, 3.0, MORNING)))
    for n in range(-6, 41):
        effects = {"vivid_dreams": Severity.NONE, "headache": Severity.NONE}
        if 2 <= n <= 12 and n % 2 == 0:
            effects["vivid_dreams"] = Severity.MODERATE
        if n < 1:
            service.entries.save(DailyEntry(day(n), activity=6, side_effects=effects))
        elif n == 20:
            service.entries.save(DailyEntry(day(n), activity=4, dose_mg=3.0, dose_taken=False, side_effects=effects))
        elif n != 30:  # day 30 not recorded
            mg, time = (1.5, BEDTIME) if n < 15 else (3.0, MORNING)
            service.entries.save(DailyEntry(day(n), activity=4, dose_mg=mg, dose_taken=True, dose_time=time, side_effects=effects))
    return service


@pytest.fixture
def page(qtbot, diary):
    widget = SideEffectsPage(diary)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def test_opens_on_this_course_with_the_timing_insight(page):
    assert page.title == "Side effects"
    assert page.period_buttons.checkedId() == COURSE
    assert (page.summary.first, page.summary.last) == (START - 7 * DAY, TODAY)
    assert "from the week before LDN started" in page.period_label.text()
    assert page.timing_box.isVisible()
    # Bedtime doses only on days 1-14, when side effects often settle anyway: no fair comparison.
    assert page.timing_notes.text() == (
        "No comparison of morning and bedtime doses: too few bedtime doses to compare (bedtime doses on "
        "days 1–14; morning doses on days 15–40); at least 7 days of each from day 15 of LDN on are needed, "
        "as side effects often settle over the first two weeks whatever the dose time."
    )
    assert page.timing_caveat.isVisible() and "fade over the first weeks" in page.timing_caveat.text()
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, SideEffectsModel.PRESENT)) == "6 of 46 (13%)"
    assert page.table.isVisible() and not page.empty_label.isVisible()
    adherence = page.adherence_label.text()
    assert "Doses taken: 38 of 39 days with a dose recorded (97%)." in adherence
    assert f"Missed dose: {day(20).day} {day(20):%b}." in adherence
    assert "Usual dose time: morning" in adherence
    assert "Nothing recorded on 2 of 48 days" in adherence  # day 30, and today
    assert page.levels_label.text().splitlines() == [
        f"1.5 mg: {day(1).day} {day(1):%b} – {day(14).day} {day(14):%b} (14 days recorded)",
        f"3.0 mg: {day(15).day} {day(15):%b} – {day(40).day} {day(40):%b} (25 days recorded)",
    ]


def test_the_table_shows_every_row_without_scrolling(qtbot, page):
    qtbot.waitUntil(lambda: page.table.viewport().height() >= page.table.rowHeight(0) * page.model.rowCount())


def test_a_narrow_page_puts_remarks_on_a_second_line(qtbot, page):
    index = page.model.index(0, SideEffectsModel.AFTER_INCREASE)
    page.resize(1600, 600)
    qtbot.waitUntil(lambda: not page.model.compact)
    assert page.model.data(index) == "no (day 2 of LDN)"
    page.resize(500, 600)
    qtbot.waitUntil(lambda: page.model.compact)
    assert page.model.data(index) == "no\n(day 2 of LDN)"
    # Still every row in view: the page scrolls, the table does not.
    qtbot.waitUntil(lambda: page.table.viewport().height() >= sum(page.table.rowHeight(r) for r in range(page.model.rowCount())))


def test_period_buttons(qtbot, page):
    qtbot.mouseClick(page.period_buttons.button(WEEKS_4), Qt.MouseButton.LeftButton)
    assert (page.summary.first, page.summary.last) == (TODAY - 27 * DAY, TODAY)
    assert page.period_label.text().startswith("Last 4 weeks:")
    # Only morning doses in the last 4 weeks, and no vivid dreams: nothing felt at all.
    assert page.empty_label.isVisible() and page.empty_label.text() == empty_state()
    assert not page.table.isVisible() and not page.timing_box.isVisible()

    qtbot.mouseClick(page.period_buttons.button(WEEKS_12), Qt.MouseButton.LeftButton)
    assert page.summary.first == TODAY - 83 * DAY
    assert page.model.rowCount() == 1

    qtbot.mouseClick(page.period_buttons.button(EVERYTHING), Qt.MouseButton.LeftButton)
    assert (page.summary.first, page.summary.last) == (day(-6), TODAY)
    assert page.period_label.text().startswith("Everything:")

    qtbot.mouseClick(page.period_buttons.button(COURSE), Qt.MouseButton.LeftButton)
    assert page.summary.first == START - 7 * DAY


def test_controls_have_accessible_names(page):
    names = [b.accessibleName() for b in page.period_buttons.buttons()]
    assert names == ["Show this course", "Show last 4 weeks", "Show last 12 weeks", "Show everything"]
    assert page.table.accessibleName() == "Side effects in this period"
    assert page.timing_box.accessibleName() and page.adherence_label.accessibleName()


def test_refreshes_after_a_save(qtbot, page, diary):
    qtbot.mouseClick(page.period_buttons.button(WEEKS_4), Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    change = diary.entries.update(DailyEntry(TODAY, side_effects={"headache": Severity.SEVERE}))
    page.on_data_changed(change)
    assert page.period_buttons.checkedId() == WEEKS_4  # the chosen period stays
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, SideEffectsModel.EFFECT)) == "Headache"
    assert page.model.data(page.model.index(0, SideEffectsModel.HIGHEST)) == "severe"
    assert page.table.isVisible() and not page.empty_label.isVisible()
    assert "too few bedtime doses to compare" in page.timing_notes.text()


def test_ignores_changes_that_do_not_concern_it(page, diary):
    shown = page.summary
    page.on_data_changed(Change(settings=True))
    assert page.summary is shown
    page.on_data_changed(Change(side_effects=True))
    assert page.summary is not shown


def test_empty_diary(qtbot, service):
    page = SideEffectsPage(service)
    qtbot.addWidget(page)
    page.show()
    assert not page.period_buttons.button(COURSE).isEnabled()
    assert page.period_buttons.checkedId() == EVERYTHING
    assert page.empty_label.isVisible() and "Nothing recorded yet" in page.empty_label.text()
    assert not page.table.isVisible() and not page.timing_box.isVisible()
    assert page.period_label.text() == "Everything: nothing recorded yet."


def test_calm_empty_state_when_nothing_was_felt(qtbot, service):
    for n in range(1, 11):
        service.entries.save(DailyEntry(day(n), activity=3, dose_mg=1.5, dose_taken=True, dose_time=BEDTIME,
                                      side_effects={"vivid_dreams": Severity.NONE}))
    page = SideEffectsPage(service)
    qtbot.addWidget(page)
    page.show()
    assert page.period_buttons.checkedId() == COURSE  # the first dose started a course
    assert page.empty_label.text() == empty_state() and page.empty_label.isVisible()
    assert not page.timing_box.isVisible()
    assert "Doses taken: 10 of 10" in page.adherence_label.text()


def test_a_new_course_enables_this_course(qtbot, service):
    service.entries.save(DailyEntry(TODAY - 3 * DAY, activity=5))
    page = SideEffectsPage(service)
    qtbot.addWidget(page)
    assert not page.period_buttons.button(COURSE).isEnabled()
    page.on_data_changed(service.treatment.start_course(TODAY - DAY))
    assert page.period_buttons.button(COURSE).isEnabled()
    qtbot.mouseClick(page.period_buttons.button(COURSE), Qt.MouseButton.LeftButton)
    assert (page.summary.first, page.summary.last) == (TODAY - 8 * DAY, TODAY)


def test_a_stopped_course_ends_its_period(qtbot, diary):
    diary.treatment.stop_course(day(35), "trying without")
    page = SideEffectsPage(diary)
    qtbot.addWidget(page)
    assert (page.summary.first, page.summary.last) == (START - 7 * DAY, day(35))
    assert f"until it stopped on {day(35).day} {day(35):%b %Y}" in page.period_label.text()


def test_bedtime_vivid_dreams_without_morning_days_suggest_asking_about_a_morning_dose(qtbot, service):
    for n in range(1, 8):
        service.entries.save(DailyEntry(day(n), dose_mg=1.5, dose_taken=True, dose_time=BEDTIME,
                                      side_effects={"vivid_dreams": Severity.MILD if n % 2 else Severity.NONE}))
    page = SideEffectsPage(service)
    qtbot.addWidget(page)
    page.show()
    assert page.timing_box.isVisible()
    assert "too few morning and bedtime doses to compare (bedtime doses on days 1–7)" in page.timing_notes.text()
    assert page.timing_caveat.isVisible()
    assert "ask your prescriber about a morning dose" in page.timing_caveat.text()


def test_the_window_lists_the_page_and_builds_it_when_first_shown(qtbot, diary):
    from diary.ui.main_window import MainWindow

    window = MainWindow(diary)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert "Side effects" in titles
    assert window.side_effects_page.page is None
    window.page_actions[titles.index("Side effects")].trigger()
    assert isinstance(window.side_effects_page.page, SideEffectsPage)
    window.events.data_changed.emit(diary.entries.update(DailyEntry(TODAY, side_effects={"nausea": Severity.MILD})))
    assert "Nausea" in [window.side_effects_page.page.model.data(window.side_effects_page.page.model.index(r, 0))
                        for r in range(window.side_effects_page.page.model.rowCount())]
