"""One measurement in a fresh interpreter: `child.py MODE SPAWN_TIME [DATA_DIR]`.

bare    a bare PySide6 QMainWindow: seconds from spawn to its first paint
app     `ldn-diary --data-dir DATA_DIR`: seconds from spawn to the main window's first paint
ready   the same, to the first paint with the diary's pages in it
memory  the window with the Trends page open: peak memory in MB
store   seconds to import the database code (SQLAlchemy's ORM and the store) once Qt is up
"""

import sys
import time

mode, spawned = sys.argv[1], float(sys.argv[2])

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

app = QApplication(["bench"])


class FirstPaint(QObject):
    """Reports the first paint of the one widget it watches, then ends the event loop.

    On that widget only: a filter on the whole app (as this once was) ran Python for each of the
    10,514 events of the main window's build, 45 ms the app itself never spends."""

    def __init__(self, widget, report):
        super().__init__(widget)
        self.report = report
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            self.report(obj.window())
            QTimer.singleShot(0, app.quit)
        return False


def print_elapsed(_window):
    print(f"{time.time() - spawned:.4f}", flush=True)


def open_trends_then_measure(window):
    window.nav.setCurrentRow(window.pages.index(window.trends_page))
    app.processEvents()
    window.trends_page.page.canvas.draw()
    print(f"{peak_kilobytes() / 1024:.1f}", flush=True)


def peak_kilobytes():
    """This program's peak resident memory. On Linux VmHWM: ru_maxrss carries over the high-water mark
    from before exec, that of the forked copy of the benchmark, which holds both diaries and their charts."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux, bytes on macOS


report = print_elapsed if mode != "memory" else open_trends_then_measure
if mode == "store":
    from diary.desktop import pyside

    pyside.spare_source_reads()  # as the app does before it imports the rest
    start = time.perf_counter()
    import diary.services.diary  # noqa: F401

    print(f"{time.perf_counter() - start:.4f}", flush=True)
elif mode == "bare":
    window = QMainWindow()
    window.resize(1180, 800)
    FirstPaint(window, report)
    window.show()
    app.exec()
else:
    from diary.cli import main
    from diary.ui import app as window_app

    # The app's own hook for its windows' first paints: "Opening your diary…", then the main
    # window on the open diary (the one with a service).
    app_hook = window_app.after_first_paint

    def watched(widget, action):
        app_hook(widget, action)
        if (mode == "app") == (getattr(widget, "_service", None) is None):
            FirstPaint(widget, report)

    window_app.after_first_paint = watched
    main(["--data-dir", sys.argv[3]])
