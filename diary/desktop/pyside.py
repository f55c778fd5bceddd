"""A cost of PySide6's that the app can spare.

PySide6 (6.12) looks at every module imported after it for `from __feature__ import ...` by reading
the module's source with `inspect.getsource`, and `inspect` keeps every line it reads in `linecache`:
by the time the Trends page is open that is 30 MB of lines of source (tracemalloc: 367,890 lines,
35.7 MiB) and ~20 ms of each start. The app uses no `__feature__`, but PySide6 still asks.
"""

from __future__ import annotations

import sys
from types import ModuleType


def spare_source_reads() -> None:
    """The same question ("does its source say PySide6?") asked of the file's bytes, which are not
    kept. A PySide6 without the hook, or with another one, is left as it is."""
    feature = sys.modules.get("shibokensupport.feature")
    asked = getattr(feature, "_mod_uses_pyside", None)
    if asked is None or getattr(asked, "spared", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(asked(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(asked(module))

    uses_pyside.spared = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
