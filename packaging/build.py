"""Builds the frozen LDN Diary: one folder that runs without Python, in packaging/dist/ldn-diary/.

    python packaging/build.py            # with the Python of the venv the app is installed in

Steps: install PyInstaller into this Python if it lacks that version; install the app, as its
wheel would install it, into packaging/build/stage (so the frozen app holds exactly the files the
wheel holds: pyproject.toml's package data is the one list of runtime resources); render the
platform icons from resources/ldn-diary.svg into packaging/build/icons; run ldn-diary.spec; copy
the Linux desktop files into the bundle. Prints the bundle's size and the time taken.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BUILD = HERE / "build"  # scratch: the staged app, the icons, PyInstaller's work folder
DIST = HERE / "dist"  # the bundle: dist/ldn-diary/
BUNDLE = DIST / "ldn-diary"
STAGE = BUILD / "stage"
ICONS = BUILD / "icons"

# Pinned so a new PyInstaller release cannot change a build behind our back; raise it on purpose.
PYINSTALLER = "6.22.3"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def ensure_pyinstaller() -> None:
    """Install the pinned PyInstaller into the running Python (the venv), unless it is there."""
    try:
        if importlib.metadata.version("pyinstaller") == PYINSTALLER:
            return
    except importlib.metadata.PackageNotFoundError:
        pass
    print(f"Installing PyInstaller {PYINSTALLER} into {sys.prefix}", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", f"pyinstaller=={PYINSTALLER}"], check=True)


def stage_app() -> None:
    """Install the app (not its dependencies) from a fresh copy of the sources, as its wheel would."""
    source = BUILD / "source"
    for folder in (source, STAGE):
        shutil.rmtree(folder, ignore_errors=True)
    # A copy, so that setuptools' build/ leftovers in the checkout can never slip into the bundle.
    junk = shutil.ignore_patterns("__pycache__", "*.pyc", "screenshots")
    source.mkdir(parents=True)
    for name in ("diary", "resources"):
        shutil.copytree(REPO / name, source / name, ignore=junk)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-compile", "--target", str(STAGE), str(source)],
        check=True,
    )


def render_icons() -> None:
    """PNGs of every size, a Windows .ico and a macOS .icns, all drawn from the one SVG by Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image  # matplotlib depends on Pillow, so it is always here
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["build"])
    renderer = QSvgRenderer(str(REPO / "resources" / "ldn-diary.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/ldn-diary.svg could not be read")
    shutil.rmtree(ICONS, ignore_errors=True)
    ICONS.mkdir(parents=True)
    images: dict[int, Image.Image] = {}
    for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES}):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"ldn-diary-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"could not write {path}")
        images[size] = Image.open(path)
    largest = max(ICO_SIZES)
    images[largest].save(
        ICONS / "ldn-diary.ico", sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != largest],
    )
    images[max(ICNS_SIZES)].save(ICONS / "ldn-diary.icns", append_images=[images[s] for s in ICNS_SIZES])
    shutil.copy2(REPO / "resources" / "ldn-diary.svg", ICONS / "ldn-diary.svg")


def run_pyinstaller() -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(HERE / "ldn-diary.spec")],
        check=True,
    )


def add_linux_files() -> None:
    """The desktop entry, AppStream metainfo, icons and install.sh, beside the program (Linux only)."""
    if not sys.platform.startswith("linux"):
        return
    share = BUNDLE / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "linux" / "ldn-diary.desktop", share / "applications")
    shutil.copy2(HERE / "linux" / "org.ldndiary.LDNDiary.metainfo.xml", share / "metainfo")
    for size in PNG_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ICONS / f"ldn-diary-{size}.png", folder / "ldn-diary.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICONS / "ldn-diary.svg", scalable / "ldn-diary.svg")
    shutil.copy2(HERE / "linux" / "install.sh", BUNDLE / "install.sh")


def staged_version() -> str:
    """The version of the app being built (diary.__version__ of the staged copy)."""
    (dist,) = importlib.metadata.distributions(name="ldn-diary", path=[str(STAGE)])
    return dist.version


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the frozen LDN Diary into packaging/dist/ldn-diary/.")
    parser.add_argument("--archive", action="store_true", help="also pack the bundle as a .tar.gz (a .zip on Windows)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    ensure_pyinstaller()
    stage_app()
    render_icons()
    run_pyinstaller()
    add_linux_files()
    print(f"Built {BUNDLE} ({folder_size(BUNDLE) / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s")
    if args.archive:
        fmt = "zip" if sys.platform == "win32" else "gztar"
        system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
        base = DIST / f"ldn-diary-{staged_version()}-{system}-{platform.machine().lower()}"
        archive = shutil.make_archive(str(base), fmt, root_dir=DIST, base_dir="ldn-diary")
        print(f"Packed {archive} ({Path(archive).stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
