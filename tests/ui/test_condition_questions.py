"""The condition-score questions of the entry page and the profile's choice of scores, driven with
qtbot on the real widgets and the real service (docs/scores.md)."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from diary.domain.condition_items import ITEMS
from diary.domain.entries import DailyEntry
from diary.domain.treatment import Profile
from diary.ui.entry.condition_items import ChoiceRow, CountField
from diary.ui.entry.page import EntryPage
from diary.ui.treatment.page import TreatmentPage
from diary.ui.writes import Writes
from tests.conftest import TODAY

CROHNS = ("pro2_cd", "hbi")


def entry_page(qtbot, service):
    page = EntryPage(service, Writes(lambda change: None))
    qtbot.addWidget(page)
    with qtbot.waitActive(page):  # shortcuts and the focus only work in the active window
        page.show()
        page.activateWindow()
    return page


@pytest.fixture
def crohns(service):
    service.treatment.save_profile(Profile("Crohn's disease", scores=CROHNS))
    return service


def type_keys(qtbot, *keys):
    """Each key pressed where the cursor is now (as a person at the keyboard)."""
    for key in keys:
        key, modifier = key if isinstance(key, tuple) else (key, Qt.KeyboardModifier.NoModifier)
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_no_score_switched_on_asks_nothing(qtbot, service):
    service.treatment.save_profile(Profile("Hay fever"))
    page = entry_page(qtbot, service)
    assert not page.condition_items.isVisible() and page.condition_items.fields == {}
    page.save()
    saved = service.entries.get(TODAY)
    assert saved.items == {} and saved.complications is None


def test_only_the_items_of_the_scores_switched_on_are_asked_in_the_users_words(qtbot, crohns):
    page = entry_page(qtbot, crohns)
    fields = page.condition_items.fields
    assert list(fields) == ["liquid_stools", "ibd_abdominal_pain", "wellbeing"]
    assert isinstance(fields["liquid_stools"], CountField) and fields["liquid_stools"].text() == ""
    wellbeing = fields["wellbeing"]
    assert isinstance(wellbeing, ChoiceRow)
    assert [b.text() for b in wellbeing.group.buttons()] == ["0 very well", "1 slightly below par", "2 poor", "3 very poor", "4 terrible"]
    assert not any(b.isChecked() for b in wellbeing.group.buttons())  # pre-set to nothing
    labels = [w.text() for w in page.condition_items.findChildren(type(page.status))]
    assert ITEMS["liquid_stools"].question in labels and "Any of these today?" in labels
    assert page.condition_items.complications is not None and len(page.condition_items.complications.boxes) == 8
    assert not page.is_dirty()


def test_sccai_alone_asks_its_four_complications(qtbot, service):
    service.treatment.save_profile(Profile("Ulcerative colitis", scores=("sccai",)))
    page = entry_page(qtbot, service)
    assert list(page.condition_items.fields) == ["stools", "night_stools", "wellbeing", "urgency", "rectal_bleeding"]
    assert list(page.condition_items.complications.boxes) == ["arthralgia", "uveitis", "erythema_nodosum", "pyoderma_gangrenosum"]


def test_an_unanswered_item_is_not_saved(qtbot, crohns):
    page = entry_page(qtbot, crohns)
    qtbot.mouseClick(page.condition_items.fields["wellbeing"].group.button(0), Qt.MouseButton.LeftButton)
    assert page.is_dirty()
    page.save()
    saved = crohns.entries.get(TODAY)
    assert saved.items == {"wellbeing": 0}  # 0 only where chosen; the others are left out
    assert saved.complications is None


def test_keyboard_entry_of_a_whole_day(qtbot, crohns):
    page = entry_page(qtbot, crohns)
    page.activity_group.button(0).setFocus()  # where the window puts the cursor
    type_keys(qtbot, Qt.Key.Key_3)  # activity 3
    qtbot.waitUntil(lambda: page.activity_group.checkedId() == 3)
    type_keys(qtbot, (Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier))  # to the first question
    assert QApplication.focusWidget() is page.condition_items.fields["liquid_stools"]
    type_keys(qtbot, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_Tab,  # 12 liquid stools
              Qt.Key.Key_2, Qt.Key.Key_Return,  # moderate tummy pain; Enter goes on, as Tab
              Qt.Key.Key_4, Qt.Key.Key_Left, Qt.Key.Key_Tab,  # terrible, then one less: very poor
              Qt.Key.Key_Tab, Qt.Key.Key_Space,  # not "none": joint pain
              (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier))
    saved = crohns.entries.get(TODAY)
    assert saved.activity == 3  # the digits answered the questions, not the activity
    assert dict(saved.items) == {"liquid_stools": 12, "ibd_abdominal_pain": 2, "wellbeing": 3}
    assert saved.complications == frozenset({"arthralgia"})
    assert "Saved" in page.status.text()


def test_none_clears_the_complications_ticked_and_a_second_click_unanswers(qtbot, crohns):
    page = entry_page(qtbot, crohns)
    checklist = page.condition_items.complications
    checklist.boxes["uveitis"].click()
    checklist.none.click()
    assert checklist.value() == frozenset() and not checklist.boxes["uveitis"].isChecked()
    row = page.condition_items.fields["ibd_abdominal_pain"]
    row.group.button(1).click()
    row.group.button(1).click()
    assert row.value() is None
    page.save()
    saved = crohns.entries.get(TODAY)
    assert saved.complications == frozenset() and "ibd_abdominal_pain" not in saved.items


def test_a_saved_day_shows_its_items_and_the_complications_hint_is_not_a_value(qtbot, crohns):
    before = TODAY - dt.timedelta(days=2)
    crohns.entries.save(DailyEntry(before, items={"liquid_stools": 4, "wellbeing": 1}, complications=frozenset({"arthralgia"})))
    page = entry_page(qtbot, crohns)
    checklist = page.condition_items.complications
    assert checklist.hint.text() == "last time: joint pain" and checklist.value() is None  # a hint only
    page.go_to(before)
    assert page.condition_items.fields["liquid_stools"].text() == "4"
    assert page.condition_items.fields["wellbeing"].value() == 1
    assert page.condition_items.fields["ibd_abdominal_pain"].value() is None
    assert checklist is not page.condition_items.complications  # rebuilt for the day
    assert page.condition_items.complications.boxes["arthralgia"].isChecked()
    assert not page.is_dirty()
    page.condition_items.fields["liquid_stools"].clear()
    page.on_form_edited()
    assert page.is_dirty()


def test_an_item_of_a_score_switched_off_keeps_its_saved_value(qtbot, service):
    service.entries.save(DailyEntry(TODAY, items={"pain": 6, "wellbeing": 2}))
    service.treatment.save_profile(Profile("Crohn's disease", scores=("pro2_cd",)))
    page = entry_page(qtbot, service)
    assert "pain" not in page.condition_items.fields
    page.condition_items.fields["liquid_stools"].setText("2")
    page.save()
    assert dict(service.entries.get(TODAY).items) == {"pain": 6, "wellbeing": 2, "liquid_stools": 2}


# --- the profile ----------------------------------------------------------------------------------


def treatment_page(qtbot, service, told):
    page = TreatmentPage(service, Writes(told))
    qtbot.addWidget(page)
    return page


def test_the_condition_suggests_its_scores_and_none_is_stored_until_a_box_is_changed(qtbot, service):
    page = treatment_page(qtbot, service, lambda change: None)
    choice = page.profile_box.score_choice
    page.condition.setCurrentText("Crohn's disease")
    assert [k for k, b in choice.boxes.items() if b.isChecked()] == ["pro2_cd", "hbi"]
    assert "PRO2 (Crohn's disease) — STRIDE-II" in [b.text() for b in choice.boxes.values()]
    assert choice.boxes["hbi"].text() == "HBI without abdominal mass — Harvey && Bradshaw 1980"  # "&" shown, not a mnemonic
    assert not choice.usual_stools.isVisibleTo(page)  # only PRO2-UC needs it
    page.save_profile_button.click()
    assert service.treatment.profile().scores is None
    assert service.treatment.profile().active_scores == CROHNS
    choice.boxes["pain_nrs"].click()
    page.condition.setCurrentText("Ulcerative colitis")  # a choice made is not overridden
    page.save_profile_button.click()
    assert service.treatment.profile().scores == ("pro2_cd", "hbi", "pain_nrs")


def test_usual_stools_is_asked_with_pro2_uc_and_kept_otherwise(qtbot, service):
    service.treatment.save_profile(Profile("Ulcerative colitis", usual_stools=3))
    page = treatment_page(qtbot, service, lambda change: None)
    choice = page.profile_box.score_choice
    assert choice.boxes["pro2_uc"].isChecked() and choice.usual_stools.isVisibleTo(page)
    assert choice.usual_stools.value() == 3
    choice.usual_stools.setValue(2)
    page.save_profile_button.click()
    assert service.treatment.profile().usual_stools == 2 and service.treatment.profile().scores is None
    choice.boxes["pro2_uc"].click()
    assert not choice.usual_stools.isVisibleTo(page)
    page.condition.setCurrentText("Ulcerative colitis, left-sided")
    page.save_profile_button.click()
    profile = service.treatment.profile()
    assert profile.scores == ("sccai",) and profile.usual_stools == 2


def test_switching_a_score_off_hides_its_questions_on_the_entry_page(qtbot, crohns):
    entry = entry_page(qtbot, crohns)

    def told(change):
        entry.on_data_changed(change)
        treatment.on_data_changed(change)

    treatment = treatment_page(qtbot, crohns, told)
    entry.condition_items.fields["liquid_stools"].setText("5")  # typed, not saved yet
    entry.on_form_edited()
    treatment.profile_box.score_choice.boxes["hbi"].click()
    treatment.save_profile_button.click()
    assert crohns.treatment.profile().scores == ("pro2_cd",)
    assert list(entry.condition_items.fields) == ["liquid_stools", "ibd_abdominal_pain"]
    assert entry.condition_items.complications is None
    assert entry.condition_items.fields["liquid_stools"].text() == "5"  # the answer still asked is kept
    treatment.profile_box.score_choice.boxes["pro2_cd"].click()
    treatment.save_profile_button.click()
    assert not entry.condition_items.isVisible()
