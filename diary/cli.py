"""The `ldn-diary` command: opens the window, or runs one diary command (see diary.commands)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from diary import APP_NAME, __version__
from diary.domain.language import translate

_Commands = argparse._SubParsersAction  # what add_subparsers gives (argparse names it privately)


def argparse_words(text: str | None) -> str | None:
    """argparse's own words (its gettext msgids) in the current language; others unchanged."""
    if text is None:
        return None
    words = {
        "usage: ": translate("cli.argparse", "usage: "),
        "positional arguments": translate("cli.argparse", "positional arguments"),
        "options": translate("cli.argparse", "options"),
        "subcommands": translate("cli.argparse", "subcommands"),
        "show this help message and exit": translate("cli.argparse", "show this help message and exit"),
        "%(prog)s: error: %(message)s\n": translate("cli.argparse", "%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": translate("cli.argparse", "argument %(argument_name)s: %(message)s"),
        "the following arguments are required: %s": translate("cli.argparse", "the following arguments are required: %s"),
        "one of the arguments %s is required": translate("cli.argparse", "one of the arguments %s is required"),
        "unrecognized arguments: %s": translate("cli.argparse", "unrecognized arguments: %s"),
        "not allowed with argument %s": translate("cli.argparse", "not allowed with argument %s"),
        "ignored explicit argument %r": translate("cli.argparse", "ignored explicit argument %r"),
        "expected one argument": translate("cli.argparse", "expected one argument"),
        "expected at most one argument": translate("cli.argparse", "expected at most one argument"),
        "expected at least one argument": translate("cli.argparse", "expected at least one argument"),
        "ambiguous option: %(option)s could match %(matches)s":
            translate("cli.argparse", "ambiguous option: %(option)s could match %(matches)s"),
        "unexpected option string: %s": translate("cli.argparse", "unexpected option string: %s"),
        "invalid %(type)s value: %(value)r": translate("cli.argparse", "invalid %(type)s value: %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            translate("cli.argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        "unknown parser %(parser_name)r (choices: %(choices)s)":
            translate("cli.argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
        "can't open '%(filename)s': %(error)s": translate("cli.argparse", "can't open '%(filename)s': %(error)s"),
    }
    return words.get(text, text)


def argparse_plural_words(singular: str, plural: str, n: int) -> str:
    """argparse's words with a count (ngettext), in the current language; others as English has them."""
    if singular == "expected %s argument":
        return translate("cli.argparse", "expected %s argument(s)", "argparse fills in %s, the count", n)
    return singular if n == 1 else plural


def speak_argparse() -> None:
    """Make argparse's own words (usage:, error:, options ...) follow the language: argparse reads
    them through gettext as `_` and `ngettext`, looked up when used."""
    argparse._ = argparse_words  # type: ignore[attr-defined]
    argparse.ngettext = argparse_plural_words  # type: ignore[attr-defined]


def _parser() -> argparse.ArgumentParser:
    """Every command's parser."""
    data_dir = _shared_options()  # accepted before or after the command name
    parser = _window_parser(data_dir)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=translate("cli", "show the version number and exit"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # In this order in the help.
    _add_entry_command(commands, data_dir)
    _add_transfer_commands(commands, data_dir)
    _add_output_commands(commands, data_dir)
    _add_care_commands(commands, data_dir)
    _add_cohort_command(commands, data_dir)
    return parser


def _shared_options() -> argparse.ArgumentParser:
    """--data-dir and --lang, which the window and every command take."""
    speak_argparse()
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help=translate("cli", "the diary's folder (default: $LDN_DIARY_DATA_DIR, else your user data folder)"),
    )
    options.add_argument("--lang", default=argparse.SUPPRESS, metavar="CODE",
                         help=translate("cli", "en, nl or de (default: $LDN_DIARY_LANG, else the system's language)"))
    return options


def _window_parser(data_dir: argparse.ArgumentParser, probe: bool = False) -> argparse.ArgumentParser:
    """`ldn-diary` with no command: the window's options only. A `probe` only tells whether the
    arguments are the window's: it knows no --help, no abbreviations, and raises on a mistake."""
    parser = argparse.ArgumentParser(
        prog="ldn-diary",
        description=translate("cli", "{app}: a symptom diary for low-dose naltrexone. With no command, opens the window.").format(
            app=APP_NAME),
        parents=[data_dir], add_help=not probe, allow_abbrev=not probe, exit_on_error=not probe,
    )
    parser.add_argument("--hidden", action="store_true", help=argparse.SUPPRESS)  # started at login: the tray only
    parser.set_defaults(command=None)
    return parser


def _window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The window's options if `argv` has nothing else (no command, no --help, no mistake), else None.

    The window is what most starts open, and it should appear as soon as a bare Qt window: every
    command's parser takes 5-9 ms to build, and the condition items `add` offers 15 ms to import."""
    parser = _window_parser(_shared_options(), probe=True)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the full parser says what is wrong
    return None if rest else args


def _add_entry_command(commands: _Commands[argparse.ArgumentParser], data_dir: argparse.ArgumentParser) -> None:
    add = commands.add_parser(
        "add", parents=[data_dir], help=translate("cli", "add or update one day's entry (only the values given change)")
    )
    add.add_argument("--date", help=translate("cli", "YYYY-MM-DD (default: today)"))
    add.add_argument("--activity", metavar="N", help=translate("cli", "disease activity 0 (none) to 10 (worst imaginable)"))
    add.add_argument("--dose-mg", metavar="X", help=translate("cli", "LDN dose in mg (0.1-50)"))
    taken = add.add_mutually_exclusive_group()
    taken.add_argument("--taken", dest="dose_taken", action="store_true", default=None, help=translate("cli", "the dose was taken"))
    taken.add_argument("--missed", dest="dose_taken", action="store_false", help=translate("cli", "the dose was missed"))
    add.add_argument("--dose-time", metavar="HH:MM", help=translate("cli", "when the dose was taken (24 h)"))
    add.add_argument(
        "--side-effect",
        action="append",
        default=[],
        metavar="NAME=SEVERITY",
        help=translate("cli", "e.g. vivid_dreams=2 (0 none, 1 mild, 2 moderate, 3 severe); repeat for more"),
    )
    add.add_argument("--note", help=translate("cli", "free text, up to 2,000 characters"))
    from diary.score_commands import add_item_options

    add_item_options(add)


def _add_transfer_commands(commands: _Commands[argparse.ArgumentParser], data_dir: argparse.ArgumentParser) -> None:
    imp = commands.add_parser("import", parents=[data_dir], help=translate("cli", "import a diary CSV or JSON export: all rows or none"))
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help=translate("cli", "check the file and say what would change; write nothing"))
    imp.add_argument("--new-side-effects", action="store_true",
                     help=translate("cli", "add a column named close to a known one (e.g. 'headach') as a side effect of your own"))

    exp = commands.add_parser("export", parents=[data_dir],
                              help=translate("cli", "export the whole diary to FILE.csv, FILE.json or FILE.fhir.json "
                                            "(FHIR R4, for a clinic's records)"))
    exp.add_argument("file", type=Path, metavar="FILE")
    exp.add_argument("--include-name", action="store_true", help=translate("cli", "FHIR: put your name and date of birth in the Patient"))


def _add_output_commands(commands: _Commands[argparse.ArgumentParser], data_dir: argparse.ArgumentParser) -> None:
    """The response verdict, the chart and the clinician summary."""
    resp = commands.add_parser(
        "response", parents=[data_dir], help=translate("cli", "is LDN working? the study's 4- and 12-week response rules")
    )
    resp.add_argument("--as-of", metavar="YYYY-MM-DD", help=translate("cli", "judge as of this date (default: the latest recorded day)"))
    resp.add_argument("--json", action="store_true", help=translate("cli", "print JSON (keys as in the spec) instead of words"))
    resp.add_argument("--all-courses", action="store_true", help=translate("cli", "every course, oldest first, not just the latest"))

    scores = commands.add_parser("scores", parents=[data_dir], help=translate("cli", "the condition scores: PRO2, HBI, SCCAI, pain NRS"))
    scores.add_argument("--as-of", metavar="YYYY-MM-DD", help=translate("cli", "as of this date (default: the latest recorded day)"))
    scores.add_argument("--json", action="store_true", help=translate("cli", "print JSON (keys as in docs/scores.md) instead of words"))

    chart = commands.add_parser("chart", parents=[data_dir], help=translate("cli", "save the trend chart the window shows"))
    chart.add_argument("--out", type=Path, required=True, metavar="FILE.png|FILE.svg")
    chart.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help=translate("cli", "first day shown (default: the first recorded)"))
    chart.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help=translate("cli", "last day shown (default: the last recorded)"))

    report = commands.add_parser("report", parents=[data_dir], help=translate("cli", "the 1-2 page PDF summary for your clinician"))
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument("--from", dest="first", metavar="YYYY-MM-DD",
        help=translate("cli", "first day (default: a week before this course)"))
    report.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help=translate("cli", "last day (default: today)"))
    report.add_argument("--include-notes", action="store_true", help=translate("cli", "print your notes too"))
    report.add_argument("--include-name", action="store_true", help=translate("cli", "print your name and date of birth"))


def _add_care_commands(commands: _Commands[argparse.ArgumentParser], data_dir: argparse.ArgumentParser) -> None:
    """The sample diary, and backups."""
    demo = commands.add_parser("demo", parents=[data_dir], help=translate("cli", "fill an empty data folder with realistic sample data"))
    demo.add_argument("--cohort", type=Path, metavar="FOLDER",
                      help=translate("cli", "instead, write 47 patients' exports shaped like the study's cohort to FOLDER (for `cohort`)"))

    backup = commands.add_parser("backup", parents=[data_dir], help=translate("cli", "back the diary up now (into the backups folder)"))
    backup.add_argument("--out", type=Path, metavar="FILE",
        help=translate("cli", "save the backup as FILE instead (or in the folder FILE)"))
    restore = commands.add_parser(
        "restore", parents=[data_dir], help=translate("cli", "replace the diary with a backup (the diary as it is now is backed up first)")
    )
    restore.add_argument("file", type=Path, metavar="FILE",
        help=translate("cli", "a backup file, or the name of one in the backups folder"))

    remind = commands.add_parser("remind", parents=[data_dir],
        help=translate("cli", "the daily and dose reminders (set them in the window)"))
    remind.add_argument("--status", action="store_true",
                        help=translate("cli", "what is set, when the next is due, whether notifications and a tray work here "
                                          "(the default)"))


def _add_cohort_command(commands: _Commands[argparse.ArgumentParser], data_dir: argparse.ArgumentParser) -> None:
    """`ldn-diary cohort FILE.json ... [--json] [--out FILE.pdf]` (run by diary.clinic_commands, which
    imports the cohort's rules: not at start-up, which parses these arguments before the window opens)."""
    cohort = commands.add_parser("cohort", parents=[data_dir],
                                 help=translate("clinic_commands", "the study's table from many patients' JSON exports "
                                                "(for a clinic; writes nothing but --out)"))
    cohort.add_argument("files", type=Path, nargs="+", metavar="FILE.json|FOLDER",
                        help=translate("clinic_commands", "patients' JSON exports, or folders of them"))
    cohort.add_argument("--json", action="store_true",
                        help=translate("clinic_commands", "print JSON (keys as in docs/cohort.md) instead of words"))
    cohort.add_argument("--out", type=Path, metavar="FILE.pdf",
                        help=translate("clinic_commands", "also print the table to a PDF for a clinic meeting"))


def _asked_language(argv: Sequence[str]) -> str | None:
    """The --lang given, read before the parser is built: its help speaks that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from diary.desktop import language, pyside

    pyside.spare_source_reads()  # PySide6 is imported now: before the rest of the app is

    asked = _asked_language(argv)
    try:
        language.install(language.choose(asked))
    except ValueError as exc:
        print(f"ldn-diary: error: {exc}", file=sys.stderr)
        return 2
    args = _window_arguments(argv)
    if args is None:
        args = _parser().parse_args(argv)
    if args.command is None:
        # Only what the window needs is imported here: it should appear as soon as a bare Qt window.
        from diary.ui.app import run_window
        from diary.ui.language_setting import chosen

        # The window's own setting comes before $LDN_DIARY_LANG and the system's language.
        language.install(language.choose(asked or chosen()))
        return run_window(getattr(args, "data_dir", None), hidden=args.hidden)
    from diary.commands import run

    return run(args)
