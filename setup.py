"""Builds the translations (.qm, from the .ts files) before setuptools collects the package's files."""

import runpy
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTranslations(build_py):
    def run(self) -> None:
        runpy.run_path(str(Path(__file__).parent / "packaging" / "translations.py"))["build"]()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
