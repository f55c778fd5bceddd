"""Builds the frozen LDN Diary and uses it as a patient would, with no Python: the CI's installer check.

    python packaging/smoke_test.py [--no-build]

Checks, each against the bundle in packaging/dist/ldn-diary/ (exit status 1 if any fails):
- its size is at most 250 MB; it holds the icon and every Alembic script the wheel holds, only the
  PySide6 modules the app uses, matplotlib's Agg, QtAgg and SVG backends only (with backend_qt and
  backend_mixed, which they build on), and no other Qt binding, tkinter or test package;
- `--version`; `demo` into a new folder (creates the diary: runs the migrations); `response --json`;
  `report --out x.pdf` (a PDF of at least one page); `chart --out` .png and .svg;
- the window (QT_QPA_PLATFORM=offscreen): it takes the diary's lock, paints, opens the diary and
  stays up with no Python traceback; it is then killed, and a command opens the diary again.
Every run gets a fresh HOME and no PYTHON* variables, so nothing outside the bundle helps it.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build  # noqa: E402  (packaging/build.py: the paths and the build itself)

MAX_BYTES = 250 * 10**6
APP_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}  # the PySide6 modules the app imports
BACKENDS = {"backend_agg", "backend_qtagg", "backend_svg"}  # and the two these build on:
BACKEND_BASES = {"backend_qt", "backend_mixed"}
FORBIDDEN = ("tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "pytest", "_pytest", "hypothesis", "pypdf",
             "IPython", "sqlalchemy.testing", "matplotlib.tests", "matplotlib.testing",
             "scipy", "fhir", "pydantic")  # the clinic extra and the test extra's FHIR models

failures: list[str] = []
passes: list[str] = []


def check(ok: bool, what: str) -> bool:
    print(f"  {'ok  ' if ok else 'FAIL'} {what}", flush=True)
    (passes if ok else failures).append(what)
    return ok


def clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k not in ("VIRTUAL_ENV", "LDN_DIARY_DATA_DIR")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_DATA_HOME=str(home / ".local" / "share"), QT_QPA_PLATFORM="offscreen", LDN_DIARY_LANG="en")
    return env


def run(exe: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    started = time.monotonic()
    result = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=180)
    shown = " ".join(args).replace(str(Path(env["HOME"]).parent), "TMP")
    check(result.returncode == 0 and "Traceback" not in result.stderr,
          f"ldn-diary {shown}  ({time.monotonic() - started:.1f} s, exit {result.returncode})")
    if result.returncode != 0 or "Traceback" in result.stderr:
        print(result.stdout + result.stderr)
    return result


def check_contents(bundle: Path) -> None:
    size = build.folder_size(bundle)
    print(f"Bundle: {bundle} — {size / 1e6:.0f} MB ({size} bytes) in {sum(1 for _ in bundle.rglob('*'))} files")
    check(size <= MAX_BYTES, f"bundle size {size / 1e6:.0f} MB <= {MAX_BYTES / 1e6:.0f} MB")

    internal = bundle / "_internal"
    wheel_files = {
        p.relative_to(build.STAGE) for p in (build.STAGE / "diary").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and (p.suffix != ".py" or "migrations" in p.parts)
    }
    missing = sorted(str(p) for p in wheel_files if not (internal / p).is_file())
    check(not missing and Path("diary/resources/ldn-diary.svg") in wheel_files
          and Path("diary/store/migrations/script.py.mako") in wheel_files,
          f"runtime resources and Alembic scripts as in the wheel ({len(wheel_files)} files)"
          f"{' missing: ' + ', '.join(missing) if missing else ''}")

    qt_modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.*") if p.suffix in (".so", ".pyd")}
    check(qt_modules == APP_MODULES, f"PySide6 modules: {', '.join(sorted(qt_modules))}")

    from PyInstaller.archive.readers import CArchiveReader

    executable = bundle / ("ldn-diary.exe" if sys.platform == "win32" else "ldn-diary")
    modules = set(CArchiveReader(str(executable)).open_embedded_archive("PYZ.pyz").toc)
    backends = {m.rsplit(".", 1)[1] for m in modules if m.startswith("matplotlib.backends.backend_")}
    check(BACKENDS <= backends <= BACKENDS | BACKEND_BASES, f"matplotlib backends: {', '.join(sorted(backends))}")
    found = sorted(m for m in modules if any(m == f or m.startswith(f + ".") for f in FORBIDDEN))
    on_disk = sorted(p.name for p in internal.iterdir() if p.name.split(".")[0] in FORBIDDEN)
    others = ": " + ", ".join(found + on_disk) if found or on_disk else ""
    check(not found and not on_disk, f"no other Qt binding, tkinter or test package{others}")
    check("diary.resources" in modules and "alembic.op" in modules, "diary.resources and alembic.op are importable")


def check_commands(exe: Path, tmp: Path, env: dict[str, str]) -> None:
    version = run(exe, ["--version"], env).stdout.strip()
    check(version == f"ldn-diary {build.staged_version()}", f"--version prints {version!r}")

    data = tmp / "diary"
    run(exe, ["demo", "--data-dir", str(data)], env)
    check((data / "diary.sqlite3").is_file(), "demo created diary.sqlite3 (the migrations ran)")

    result = run(exe, ["response", "--json", "--data-dir", str(data)], env)
    try:
        category = json.loads(result.stdout).get("category")
    except ValueError:
        category = None
    check(bool(category), f"response --json gives a category ({category})")

    pdf = tmp / "x.pdf"
    run(exe, ["report", "--out", str(pdf), "--data-dir", str(data)], env)
    body = pdf.read_bytes() if pdf.is_file() else b""
    check(body.startswith(b"%PDF") and b"/Type /Page" in body and len(body) > 10_000,
          f"report wrote a PDF ({len(body)} bytes)")

    # The translations (.qm) were built into the wheel and frozen; Qt's own come along for its buttons.
    dutch = run(exe, ["--lang", "nl", "remind", "--status", "--data-dir", str(data)], env).stdout
    check("Dagelijkse herinnering" in dutch, "the frozen app speaks Dutch with --lang nl")
    german = run(exe, ["--lang", "de", "demo", "--data-dir", str(tmp / "leer")], env)
    check("Traceback" not in german.stderr, "the frozen app speaks German with --lang de")

    # The reminders' status loads desktop-notifier and D-Bus (no session bus here: "no (...)").
    status = run(exe, ["remind", "--status", "--data-dir", str(data)], env).stdout
    check("Daily reminder:    off" in status and "Notifications:" in status, "remind --status answers")

    for name, magic in (("chart.png", b"\x89PNG"), ("chart.svg", b"<svg")):
        out = tmp / name
        run(exe, ["chart", "--out", str(out), "--data-dir", str(data)], env)
        check(out.is_file() and magic in out.read_bytes()[:400], f"chart wrote {name}")


def check_window(exe: Path, tmp: Path, env: dict[str, str]) -> None:
    data = tmp / "window"
    run(exe, ["demo", "--data-dir", str(data)], env)
    wal = data / "diary.sqlite3-wal"  # appears when the window opens the diary, after its first paint
    check(not wal.exists(), "no diary connection is open before the window starts")
    log = tmp / "window.log"
    started = time.monotonic()
    with open(log, "w") as out:
        window = subprocess.Popen([str(exe), "--data-dir", str(data)], env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        locked = opened = False
        while time.monotonic() - started < 60 and window.poll() is None and not (locked and opened):
            time.sleep(0.2)
            try:
                holder = json.loads((data / "diary.sqlite3.lock").read_text() or "{}")
            except (OSError, ValueError):
                holder = {}
            locked = holder.get("owner") == "window" and holder.get("pid") == window.pid
            opened = wal.exists()
        shown_after = time.monotonic() - started
        time.sleep(3)  # the pages are built just after the diary opens
        output = log.read_text(errors="replace")
        check(locked and opened and window.poll() is None and "Traceback" not in output,
              f"the window opened the diary in {shown_after:.1f} s and stayed up 3 s more")
        if "Traceback" in output or window.poll() is not None:
            print(output)
    finally:
        if window.poll() is None:
            window.send_signal(signal.SIGTERM)
            try:
                window.wait(10)
            except subprocess.TimeoutExpired:
                window.kill()
                window.wait()
    run(exe, ["response", "--data-dir", str(data)], env)  # the lock was freed and the diary is whole


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="check the bundle already in packaging/dist")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if not args.no_build:
        subprocess.run([sys.executable, str(HERE / "build.py")], check=True)
        print(f"Build: {time.monotonic() - started:.0f} s")
    exe = build.BUNDLE / ("ldn-diary.exe" if sys.platform == "win32" else "ldn-diary")
    if not exe.is_file():
        print(f"No frozen app at {exe}: run packaging/build.py", file=sys.stderr)
        return 1
    check_contents(build.BUNDLE)
    with tempfile.TemporaryDirectory(prefix="ldn-smoke-") as tmp:
        tmp = Path(tmp)
        (tmp / "home").mkdir()
        env = clean_env(tmp / "home")
        check_commands(exe, tmp, env)
        check_window(exe, tmp, env)
    print(f"Smoke test of the frozen app: {'FAILED: ' + '; '.join(failures) if failures else 'all checks passed'}"
          f" ({time.monotonic() - started:.0f} s)")
    print(f"smoke: {len(passes)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
