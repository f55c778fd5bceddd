"""`ldn-diary chart`: the window's trend chart as a PNG or SVG file."""

import datetime as dt

from diary.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def fill(capsys, tmp_path):
    rows = ["date,activity,dose_mg,dose_taken,vivid_dreams"]
    start = dt.date(2024, 1, 1)
    for n in range(60):
        dose, taken = ("", "") if n < 7 else ("1.5", "yes")
        rows.append(f"{start + dt.timedelta(days=n)},{7 if n < 20 else 3},{dose},{taken},{1 if n == 9 else 0}")
    path = tmp_path / "d.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert run(capsys, "import", path)[0] == 0


def test_png_and_svg(capsys, tmp_path):
    fill(capsys, tmp_path)
    code, out, _ = run(capsys, "chart", "--out", tmp_path / "c.png")
    assert code == 0 and "Saved" in out
    assert (tmp_path / "c.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    code, _, _ = run(capsys, "chart", "--out", tmp_path / "c.svg", "--from", "2024-01-10", "--to", "2024-02-01")
    svg = (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert code == 0 and "<svg" in svg and len(svg) > 10_000


def test_bad_arguments_are_invalid_input(capsys, tmp_path):
    fill(capsys, tmp_path)
    code, _, err = run(capsys, "chart", "--out", tmp_path / "c.jpg")
    assert code == 2 and ".png or .svg" in err
    code, _, err = run(capsys, "chart", "--out", tmp_path / "c.png", "--from", "2024-02-01", "--to", "2024-01-01")
    assert code == 2 and "after" in err
    assert not (tmp_path / "c.png").exists()


def test_an_empty_diary_has_nothing_to_chart(capsys, tmp_path):
    code, _, err = run(capsys, "chart", "--out", tmp_path / "c.png")
    assert code == 2 and "no entries" in err
