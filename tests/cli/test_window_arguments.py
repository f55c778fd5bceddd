"""`ldn-diary` with no command opens the window: its few options are read without building every
command's parser (or importing what `add` offers), and read as the full parser reads them."""

import subprocess
import sys
from pathlib import Path

import pytest

from diary import cli

WINDOW_ARGUMENTS = [[], ["--hidden"], ["--data-dir", "d"], ["--data-dir=d", "--lang", "de", "--hidden"], ["--lang=nl"]]


@pytest.mark.parametrize("argv", WINDOW_ARGUMENTS)
def test_the_windows_options_are_read_as_the_full_parser_reads_them(argv):
    quick = cli._window_arguments(argv)
    assert quick is not None
    assert vars(quick) == vars(cli._parser().parse_args(argv))
    assert quick.command is None


@pytest.mark.parametrize("argv", [
    ["add", "--activity", "3"], ["--data-dir", "d", "report"], ["--help"], ["-h"], ["--version"],
    ["--data-dir"],  # a mistake: the full parser says what is wrong
    ["--h"],  # --help or --hidden? the full parser says it is ambiguous
    ["--data", "d"],  # an abbreviation: the full parser takes it as it always has
    ["frobnicate"], [""],
])
def test_anything_else_goes_to_the_full_parser(argv):
    assert cli._window_arguments(argv) is None


def test_an_abbreviated_option_still_opens_the_window_on_that_folder():
    assert cli._parser().parse_args(["--data", "d"]).data_dir == Path("d")


def test_opening_the_window_builds_no_commands_parser_and_imports_no_condition_items(tmp_path):
    code = (
        "import sys\n"
        "import diary.ui.app as app\n"
        "opened = []\n"
        "app.run_window = lambda data_dir, hidden: opened.append((str(data_dir), hidden)) or 0\n"
        "from diary import cli\n"
        "cli._parser = None  # building it would fail\n"
        f"assert cli.main(['--data-dir', {str(tmp_path)!r}, '--hidden']) == 0\n"
        "print(opened, 'diary.score_commands' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == f"[({str(tmp_path)!r}, True)] False"
