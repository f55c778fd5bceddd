"""Our CSV export, opened and saved unchanged by a real spreadsheet (LibreOffice Calc), imports
back as the same diary: with ',' or ';' or tabs between cells, 24- or 12-hour times."""

import shutil
import subprocess

import pytest

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice Calc (libreoffice-calc-nogui)")

# LibreOffice's CSV filter options: separator, text quote, UTF-8, first line, column formats, language.
SAVED_AS = {
    "comma, US English": ("44,34,76,1", "44,34,76,1"),
    "semicolon, as in German or French settings": ("44,34,76,1,,1031", "59,34,76,1"),
    "tab": ("44,34,76,1,,1043", "9,34,76,1"),
}


def saved_by_calc(source, folder, read: str, write: str):
    folder.mkdir()
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{folder / 'profile'}", f"--infilter=CSV:{read}",
         "--convert-to", f"csv:Text - txt - csv (StarCalc):{write}", "--outdir", str(folder), str(source)],
        check=True, capture_output=True, timeout=300,
    )
    return folder / source.name


@pytest.mark.parametrize("how", SAVED_AS)
def test_our_export_saved_by_libreoffice_imports_as_the_same_diary(run, tmp_path, how):
    demo, fresh = tmp_path / "demo", tmp_path / "fresh"
    assert run("demo", "--data-dir", demo)[0] == 0
    assert run("add", "--data-dir", demo, "--note", "x;=1+2; said \"ok\", then left")[0] == 0
    ours = tmp_path / "diary.csv"
    assert run("export", "--data-dir", demo, ours)[0] == 0
    saved = saved_by_calc(ours, tmp_path / "calc", *SAVED_AS[how])
    assert saved.read_bytes() != ours.read_bytes()  # Calc did rewrite it
    code, _out, err = run("import", "--data-dir", fresh, saved)
    assert code == 0, err
    again = tmp_path / "again.csv"
    assert run("export", "--data-dir", fresh, again)[0] == 0
    assert again.read_bytes() == ours.read_bytes()
