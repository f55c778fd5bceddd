"""PySide6's check of each imported module, without keeping the module's source in memory."""

import linecache
import sys

import PySide6.QtCore  # noqa: F401 - the hook comes with PySide6

from diary.desktop import pyside


def test_modules_are_judged_the_same_without_their_source_kept(tmp_path, monkeypatch):
    feature = sys.modules["shibokensupport.feature"]
    (tmp_path / "uses_qt_here.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "plain_here.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    uses_qt, plain = __import__("uses_qt_here"), __import__("plain_here")
    pyside.spare_source_reads()
    pyside.spare_source_reads()  # once is enough: a second call changes nothing
    assert feature._mod_uses_pyside.spared
    linecache.clearcache()
    assert feature._mod_uses_pyside(uses_qt) is True
    assert feature._mod_uses_pyside(plain) is False
    assert feature._mod_uses_pyside(sys) is False  # a built-in module: PySide6's own answer
    assert not any(str(tmp_path) in path for path in linecache.cache)
