"""`ldn-diary response`: import a diary, then the assessment in words and as JSON (SPEC section 4)."""

import datetime as dt
import json

import pytest

S = dt.date(2024, 3, 1)  # day 1 of the course; the command uses the real today, so stay in the past


def day(n: int) -> str:
    return (S + dt.timedelta(days=n - 1)).isoformat()


def csv_rows(first_day: int, last_day: int, activity: int, dose: str = "") -> list[str]:
    taken = "yes" if dose else ""
    return [f"{day(n)},{activity},{dose},{taken}" for n in range(first_day, last_day + 1)]


@pytest.fixture
def short_lived(tmp_path, run):
    """Baseline 8; 2s from day 5 (onset day 7) to day 44; 8s again from day 45 (end day 49)."""
    rows = csv_rows(-6, 0, 8) + csv_rows(1, 4, 8, "4.5") + csv_rows(5, 44, 2, "4.5") + csv_rows(45, 80, 8, "4.5")
    path = tmp_path / "diary.csv"
    path.write_text("date,activity,dose_mg,dose_taken\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert run("import", path)[0] == 0
    return path


def test_json_has_the_spec_keys_and_values(run, short_lived):
    code, out, err = run("response", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["course_start"] == day(1)  # the first dose taken started the course
    assert data["as_of"] == day(80) and data["day"] == 80
    assert data["baseline"] == 8 and data["target"] == pytest.approx(5.6)
    assert data["onset"] == day(7) and data["onset_day"] == 7
    assert data["end"] == day(49) and data["duration_days"] == 42
    assert data["category"] == "short_lived"
    assert "short-lived" in data["explanation"]
    assert [v["week"] for v in data["visits"]] == [0, 4, 8, 12]
    week4 = data["visits"][1]
    assert week4 == {"week": 4, "mean": 2, "change": -6}
    assert data["visits"][2] == {"week": 8, "mean": 8, "change": 0}
    assert data["visits"][3] == {"week": 12, "mean": None, "change": None}  # days 78-80 only: 3 values


@pytest.mark.parametrize(
    ("as_of", "category", "duration"),
    [(0, "not_started", None), (20, "improving", 14), (40, "response_ongoing", 34), (80, "short_lived", 42)],
)
def test_as_of_before_during_and_after(run, short_lived, as_of, category, duration):
    data = json.loads(run("response", "--json", "--as-of", day(as_of))[1])
    assert data["as_of"] == day(as_of)
    assert data["category"] == category
    assert data["duration_days"] == duration


def test_words_for_people(run, short_lived):
    code, out, _ = run("response")
    assert code == 0
    assert "Short-lived clinical response" in out
    assert "day 80" in out
    assert "week 4 2.0 (-6.0)" in out


def test_all_courses_oldest_first(run, tmp_path, short_lived):
    export = tmp_path / "all.json"
    assert run("export", export)[0] == 0
    data = json.loads(export.read_text(encoding="utf-8"))
    data["courses"][0]["end"] = day(80)
    data["courses"].append({"start": day(101), "end": None, "stop_reason": "", "steps": []})
    data["entries"] += [
        {"date": day(n), "activity": 7, "dose_mg": 1.5, "dose_taken": True, "dose_time": None, "note": "", "side_effects": {}}
        for n in range(101, 111)
    ]
    export.write_text(json.dumps(data), encoding="utf-8")
    other = tmp_path / "other"
    assert run("import", export, "--data-dir", other)[0] == 0

    _code, out, _ = run("response", "--json", "--all-courses", "--data-dir", other)
    results = json.loads(out)
    assert [r["course_start"] for r in results] == [day(1), day(101)]
    assert results[0]["category"] == "short_lived" and results[0]["as_of"] == day(80)
    assert results[1]["category"] == "too_early" and results[1]["day"] == 10
    # Without --all-courses: the latest course only, as one object.
    latest = json.loads(run("response", "--json", "--data-dir", other)[1])
    assert latest["course_start"] == day(101)


def test_a_diary_without_a_course_says_so(run):
    code, out, err = run("response", "--json")
    assert code == 1 and out == ""
    assert "no treatment course" in err


def test_bad_as_of_is_invalid_input(run, short_lived):
    code, _, err = run("response", "--as-of", "yesterday")
    assert code == 2 and "--as-of" in err


def test_json_numbers_are_rounded_to_6_decimals(run, tmp_path):
    # Baseline 6.285714...: a target of 4.3999999999999995 before rounding.
    rows = [f"{day(n)},{v}" for n, v in zip(range(-6, 1), (6, 7, 6, 6, 7, 6, 6))] + csv_rows(1, 10, 6, "4.5")
    path = tmp_path / "d.csv"
    path.write_text("date,activity,dose_mg,dose_taken\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert run("import", path)[0] == 0
    _, out, _ = run("response", "--json")
    data = json.loads(out)
    assert data["baseline"] == 6.285714 and data["target"] == 4.4
    assert "4.3999" not in out


def test_as_of_after_the_last_recorded_day_says_so_and_never_has_stayed(run, short_lived):
    _, out, _ = run("response", "--as-of", day(30))
    assert "has stayed there" in out  # recorded up to that day
    _, out, _ = run("response", "--as-of", day(120))
    assert "has stayed" not in out and f"Nothing is recorded after {S.replace(month=5, day=19):%-d %B %Y}." in out


def test_as_of_an_improvement_still_going_past_the_last_value(run, tmp_path):
    rows = csv_rows(-6, 0, 8) + csv_rows(1, 4, 8, "4.5") + csv_rows(5, 30, 2, "4.5")
    path = tmp_path / "d.csv"
    path.write_text("date,activity,dose_mg,dose_taken\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert run("import", path)[0] == 0
    _, out, _ = run("response", "--as-of", day(60))
    assert "has stayed" not in out and "stayed there for 3 weeks and 6 days, up to the last day recorded" in out
    assert "Nothing is recorded after 30 March 2024." in out


def test_as_of_before_the_course_is_not_started_without_a_negative_day(run, short_lived):
    code, out, _ = run("response", "--as-of", "2017-06-01")
    assert code == 0 and "not started on 2017-06-01" in out and "day -" not in out and "day −" not in out
    data = json.loads(run("response", "--as-of", "2017-06-01", "--json")[1])
    assert data["category"] == "not_started" and data["day"] is None
