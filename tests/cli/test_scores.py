"""`ldn-diary scores`: condition scores of diaries built by hand at their boundaries (docs/scores.md)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

S = dt.date(2024, 3, 1)  # day 1 of the course; the command uses the real today, so stay in the past


def day(n: int) -> str:
    return (S + dt.timedelta(days=n - 1)).isoformat()


def diary(tmp_path, run, columns: str, rows: dict[int, str]) -> None:
    """A diary whose first dose is day 1: `rows` are the item cells of each day number."""
    lines = [f"date,dose_mg,dose_taken,{columns}"]
    lines += [f"{day(n)},{'1.5,yes' if n >= 1 else ','},{cells}" for n, cells in sorted(rows.items())]
    path = tmp_path / "items.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _out, err = run("import", path)
    assert code == 0, err


def scores(run, *args) -> dict:
    code, out, err = run("scores", "--json", *args)
    assert code == 0 and err == "", err
    data = json.loads(out)
    return {s["score"]: s for s in data["scores"]} | {"_": data}


def test_the_keys_and_values_of_pro2_cd_and_hbi(tmp_path, run):
    rows = dict.fromkeys(range(-6, 1), "5,2,2,") | dict.fromkeys(range(1, 8), "2,1,1,none")
    diary(tmp_path, run, "liquid_stools,ibd_abdominal_pain,wellbeing,complications", rows)
    got = scores(run)
    assert got["_"]["course_start"] == day(1) and got["_"]["as_of"] == day(7)
    pro2 = got["pro2_cd"]
    assert set(pro2) >= {"score", "baseline", "value", "remission", "response", "band"}
    assert (pro2["baseline"], pro2["value"], pro2["remission"], pro2["response"], pro2["band"]) == (20, 9, True, True, None)
    hbi = got["hbi"]
    assert (hbi["baseline"], hbi["value"], hbi["remission"], hbi["response"], hbi["band"]) == (9, 4, True, True, "remission")
    assert "pain_nrs" not in got  # no pain item recorded


@pytest.mark.parametrize(("days", "value"), [(3, None), (4, 3.0)])
def test_a_window_of_3_days_has_no_value_and_4_has(tmp_path, run, days, value):
    diary(tmp_path, run, "pain", dict.fromkeys(range(1, days + 1), "3"))
    assert scores(run)["pain_nrs"]["value"] == value


@pytest.mark.parametrize(("last", "remission", "band"), [("5", False, "mild"), ("4", True, "remission")])
def test_hbi_of_5_is_not_remission(tmp_path, run, last, remission, band):
    rows = {1: "5,0,0", 2: "5,0,0", 3: "5,0,0", 4: f"{last},0,0"}
    diary(tmp_path, run, "liquid_stools,ibd_abdominal_pain,wellbeing", rows)
    hbi = scores(run)["hbi"]
    assert (hbi["remission"], hbi["band"]) == (remission, band)


def test_sccai_drop_of_1_5_is_not_a_response_but_1_75_is(tmp_path, run):
    base = dict.fromkeys(range(-6, 1), "0,0,2,0,3")  # 5 a day
    diary(tmp_path, run, "stools,night_stools,urgency,rectal_bleeding,wellbeing",
          base | {1: "0,0,0,0,4", 2: "0,0,0,0,3", 3: "0,0,0,0,4", 4: "0,0,0,0,3"})
    got = scores(run, "--as-of", day(4))
    assert got["sccai"]["baseline"] == 5 and got["sccai"]["value"] == 3.5 and got["sccai"]["response"] is False
    assert scores(run, "--as-of", day(4))["sccai"]["remission"] is False


def test_pain_nrs_response_is_a_word_and_its_remission_null(tmp_path, run):
    diary(tmp_path, run, "pain", dict.fromkeys(range(-6, 1), "8") | dict.fromkeys(range(1, 8), "4"))
    pain = scores(run)["pain_nrs"]
    assert (pain["baseline"], pain["value"], pain["remission"], pain["response"], pain["band"]) == (8, 4, None, "substantial", None)


def test_words_name_each_score_and_its_source(tmp_path, run):
    diary(tmp_path, run, "pain", dict.fromkeys(range(-6, 1), "8") | dict.fromkeys(range(1, 8), "4"))
    code, out, _err = run("scores")
    assert code == 0
    assert "Pain NRS (IMMPACT, Dworkin 2008): 4.0" in out and "response: substantial" in out


def test_without_a_course_it_says_so(run):
    code, _out, err = run("scores", "--json")
    assert code == 1 and "no treatment course" in err


def test_add_takes_the_items_and_rejects_what_is_not_allowed(run):
    code, _out, err = run("add", "--date", day(1), "--liquid-stools", "3", "--wellbeing", "1",
                          "--complications", "arthralgia;uveitis", "--pain", "4", "--ibd-abdominal-pain", "2")
    assert code == 0, err
    code, _out, err = run("add", "--date", day(1), "--wellbeing", "5")
    assert code == 2 and "wellbeing 5 is not allowed; use 0 very well" in err
    code, _out, err = run("add", "--date", day(1), "--complications", "warts")
    assert code == 2 and "complication 'warts' is not known" in err


def test_a_csv_item_out_of_range_rejects_the_file_naming_line_and_column(tmp_path, run):
    path = tmp_path / "bad.csv"
    path.write_text("date,wellbeing,liquid_stools,complications\n"
                    f"{day(1)},5,x,none\n{day(2)},1,2,uveitis;warts\n", encoding="utf-8")
    code, _out, err = run("import", path)
    assert code == 2
    assert "line 2: wellbeing 5 is not allowed; use 0 very well" in err
    assert "line 2: column 'liquid_stools': liquid_stools 'x' is not allowed; use a whole number from 0 to 50" in err
    assert "line 3: complication 'warts' is not known" in err


def test_export_and_import_carry_every_item(tmp_path, run):
    assert run("demo")[0] == 0
    for suffix in ("csv", "json"):
        assert run("export", tmp_path / f"all.{suffix}")[0] == 0
    header = (tmp_path / "all.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "liquid_stools" in header and "complications" in header
    code, out, _ = run("scores", "--json")
    assert code == 0
    for suffix in ("csv", "json"):
        other = tmp_path / f"other-{suffix}"
        assert run("--data-dir", other, "import", tmp_path / f"all.{suffix}")[0] == 0
        again = run("--data-dir", other, "scores", "--json")[1]
        assert json.loads(again)["scores"] == json.loads(out)["scores"]
