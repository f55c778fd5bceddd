"""`ldn-diary report`: the clinician summary from the command line."""

from diary.cli import main
from tests.conftest import pdf_text


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_report(capsys, tmp_path):
    assert run(capsys, "demo")[0] == 0
    code, out, err = run(capsys, "report", "--out", tmp_path / "s.pdf", "--include-notes")
    assert code == 0, err
    assert "pages" in out
    text = pdf_text(tmp_path / "s.pdf")
    assert "patient-reported summary" in text and "Started LDN 1.5 mg at bedtime." in text


def test_a_chosen_period(capsys, tmp_path):
    run(capsys, "demo")
    code, out, _ = run(capsys, "report", "--out", tmp_path / "s.pdf", "--from", "2020-01-01", "--to", "2020-02-01")
    assert code == 0 and "2020-01-01 to 2020-02-01" in out
    assert "Note: Nothing was recorded in this period." in out  # said in the output, not only in the PDF
    assert "Nothing was recorded in this period." in pdf_text(tmp_path / "s.pdf")


def test_bad_options_are_invalid_input_and_write_nothing(capsys, tmp_path):
    run(capsys, "demo")
    code, _, err = run(capsys, "report", "--out", tmp_path / "s.txt")
    assert code == 2 and "must end in .pdf" in err
    code, _, err = run(capsys, "report", "--out", tmp_path / "s.pdf", "--from", "2026-02-01", "--to", "2026-01-01")
    assert code == 2 and "after it ends" in err
    code, _, err = run(capsys, "report", "--out", tmp_path / "missing" / "s.pdf")
    assert code == 2 and "does not exist" in err
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
