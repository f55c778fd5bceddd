"""The command line in Dutch and German: its words follow --lang, its files and --json do not."""

import csv as csv_module
import re

import pytest

from diary.domain.language import translate


@pytest.fixture
def demo(run):
    assert run("demo")[0] == 0


@pytest.mark.parametrize("code", ["nl", "de"])
@pytest.mark.parametrize("name", ["out.csv", "out.json", "out.fhir.json"])
def test_exported_files_are_the_same_in_every_language(demo, run, tmp_path, code, name):
    files = {}
    for lang in ("en", code):
        path = tmp_path / lang / name
        path.parent.mkdir()
        result = run("export", path, "--lang", lang)
        assert result[0] == 0, result
        files[lang] = _same_run(path.read_text(encoding="utf-8")) if name.endswith(".fhir.json") else path.read_bytes()
    assert files[code] == files["en"]


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _same_run(fhir: str) -> bytes:
    """A FHIR bundle as if both exports were one: each export has its own random ids and its time."""
    ids: dict[str, str] = {}
    fhir = UUID.sub(lambda m: ids.setdefault(m[0], f"id-{len(ids)}"), fhir)
    return re.sub(r'"(timestamp|issued)":"[^"]*"', r'"\1":"T"', fhir).encode("utf-8")


@pytest.mark.parametrize("code", ["nl", "de"])
@pytest.mark.parametrize("command", [["response", "--json"], ["response", "--json", "--all-courses"], ["scores", "--json"]])
def test_json_output_is_the_same_in_every_language(demo, run, code, command):
    english = run(*command, "--lang", "en")
    translated = run(*command, "--lang", code)
    assert english[0] == translated[0] == 0
    assert translated[1] == english[1]


def test_the_cohort_s_json_is_the_same_in_every_language(run, tmp_path):
    assert run("demo", "--cohort", tmp_path / "cohort")[0] == 0
    english = run("cohort", tmp_path / "cohort", "--json", "--lang", "en")
    dutch = run("cohort", tmp_path / "cohort", "--json", "--lang", "nl")
    assert english[0] == dutch[0] == 0 and dutch[1] == english[1]


@pytest.mark.parametrize("code", ["nl", "de"])
def test_argparse_s_own_words_follow_the_language(run, code):
    status, _, err = run("add", "--no-such-option", "--lang", code)
    assert status == 2
    with _speaking(code):
        usage, unknown = translate("cli.argparse", "usage: "), translate("cli.argparse", "unrecognized arguments: %s")
    assert err.startswith(usage) and unknown % "--no-such-option" in err
    english = run("add", "--no-such-option", "--lang", "en")[2]
    assert english.startswith("usage: ") and "unrecognized arguments: --no-such-option" in english
    assert err != english, f"argparse's words are not translated into {code} yet"


@pytest.mark.parametrize("code", ["nl", "de"])
def test_the_help_speaks_the_language(run, code):
    status, out, _ = run("--lang", code, "--help")
    assert status == 0
    with _speaking(code):
        words = [translate("cli.argparse", "show this help message and exit"), translate("cli.argparse", "options"),
                 translate("cli", "save the trend chart the window shows")]
    for text in words:
        assert " ".join(text.split()) in " ".join(out.split())


def _speaking(code):
    from diary.desktop import language
    from diary.domain.language import using

    return using(language.words(code))


@pytest.mark.parametrize("code", ["nl", "de"])
def test_a_csv_imports_the_same_in_every_language(demo, run, tmp_path, code):
    """The same file gives the same diary whatever the language, and a bad file is refused in it, whole."""
    from tests.conftest import dump

    csv = tmp_path / "diary.csv"
    assert run("export", csv)[0] == 0
    diaries = {}
    for lang in ("en", code):
        folder = tmp_path / f"into-{lang}"
        assert run("import", csv, "--lang", lang, "--data-dir", folder)[0] == 0
        diaries[lang] = [row for row in dump(folder) if "alembic_version" not in row]
    assert diaries[code] == diaries["en"]

    bad = tmp_path / "bad.csv"
    rows = list(csv_module.reader(csv.read_text(encoding="utf-8").splitlines()))
    rows[1][rows[0].index("activity")] = "11"
    with bad.open("w", newline="", encoding="utf-8") as f:
        csv_module.writer(f).writerows(rows)
    before = dump(tmp_path / f"into-{code}")
    status, _, err = run("import", bad, "--lang", code, "--data-dir", tmp_path / f"into-{code}")
    assert status == 2 and {"nl": "regel 2: activity", "de": "Zeile 2: activity"}[code] in err, err
    assert dump(tmp_path / f"into-{code}") == before
