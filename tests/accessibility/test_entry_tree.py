"""Today's entry as a screen reader finds it: names, roles and states over AT-SPI, from outside the process."""

import re

from tests.accessibility.tree import Tree, brief

SEVERITY = r"(none|mild|moderate|severe), [1-4] of 4"


def test_the_window_is_there_by_its_name(entry_tree: Tree):
    window = entry_tree.one(role="frame", name="LDN Diary")
    assert window["showing"]
    assert entry_tree.one(role="list", name="Pages")["focusable"]


def test_every_focusable_control_has_a_name(entry_tree: Tree):
    assert entry_tree.unnamed_focusable() == []


def test_no_focusable_container_without_a_name(entry_tree: Tree):
    assert entry_tree.unnamed_containers() == []


def test_the_activity_is_one_focusable_control_that_says_its_answer(entry_tree: Tree):
    row = entry_tree.one(pattern=r"How active was your disease: (not answered|.+, \d+ of 11)")
    assert row["focusable"]
    buttons = entry_tree.children(row)
    assert len([b for b in buttons if b["role"] == "check box"]) == 11
    assert not [b for b in buttons if b["focusable"]], "the row's buttons must not be Tab stops of their own"


def test_each_side_effect_is_one_focusable_control_that_says_its_answer(entry_tree: Tree):
    box = entry_tree.one(role="panel", name="Side effects today")
    labels = [n["name"] for n in entry_tree.children(box) if n["role"] == "label"]
    assert "Headache" in labels and len(labels) >= 5
    for label in labels:
        row = entry_tree.one(pattern=re.escape(label) + f": ({SEVERITY}|not answered)")
        assert row["focusable"], label
        assert not [b for b in entry_tree.under(row) if b["focusable"]], f"{label}: its buttons must not be Tab stops"
    assert entry_tree.one(pattern=f"Headache: {SEVERITY}")


def test_the_dose_the_time_the_note_and_save_have_their_names_and_roles(entry_tree: Tree):
    dose = entry_tree.one(role="spin button", name="Dose in milligrams")
    assert dose["text"].endswith("mg")
    for name in ("Dose taken", "Dose missed"):
        assert entry_tree.one(role="radio button", name=name)["focusable"]
    time = entry_tree.one(role="spin button", name="Time the dose was taken")
    assert re.fullmatch(r"\d\d:\d\d", time["text"])
    note = entry_tree.one(role="text", name="Note")
    assert note["editable"] and note["focusable"]
    assert entry_tree.one(role="push button", name="Save day")["focusable"]
    assert entry_tree.one(role="spin button", name="Date of the entry")["focusable"]


def test_the_verdict_panel_reads_as_sentences(entry_tree: Tree):
    panel = entry_tree.one(role="panel", name="Is LDN working?")
    labels = [n for n in entry_tree.children(panel) if n["role"] == "label"]
    assert labels and all(label["name"].strip() for label in labels)
    sentences = [label["name"] for label in labels if re.search(r"\w \w.*\.$", label["name"])]
    assert len(sentences) >= 2, [label["name"] for label in labels]
    assert not [n for n in sentences if "<" in n], "no markup read out"


def test_tab_goes_from_the_activity_to_the_dose_by_its_controls(running_app, entry_tree: Tree):
    start = running_app.focused_control()
    assert start is not None and start["name"].startswith("How active was your disease"), brief(start)
    stops = [running_app.focus_after("Tab") for _ in range(3)]
    assert [brief(s) for s in stops] == [
        "spin button 'Dose in milligrams'", "radio button 'Dose taken'", "spin button 'Time the dose was taken'"]
    back = [running_app.focus_after("shift+Tab") for _ in range(3)]
    assert brief(back[-1]) == brief(start)
