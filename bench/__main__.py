"""`python -m bench [--quick]`: LDN Diary's timings on years of data, against bare baselines.

Every figure is a median of several runs; start-up and memory are measured in fresh
processes. Nothing here asserts a time: machines are noisy, so the table reports and the
reader judges, against the targets of SPEC section 7.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import gc
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.diaries import build_diary

HERE = Path(__file__).parent
TODAY = dt.date.today()


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Seconds taken by each of `runs` calls.

    The garbage of the run before is collected first, untimed: a figure is a web of reference
    cycles, and freeing the last run's chart inside the next one's time (100-190 ms of a 25 y
    chart's build) measured the loop, not a build.
    """
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def child(mode: str, *args: str, qpa: str = "offscreen") -> str:
    """Run bench/child.py in a fresh interpreter on the Qt platform plugin `qpa`, told when it was spawned;
    returns its last line."""
    env = {**os.environ, "PYTHONPATH": str(HERE.parent), "QT_QPA_PLATFORM": qpa}
    command = [sys.executable, str(HERE / "child.py"), mode, repr(time.time()), *args]
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return out.stdout.strip().splitlines()[-1]


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []

    def add(self, what: str, value: str, target: str = "", ratio: str = "", scaling: str = "") -> None:
        self.rows.append((what, value, target, ratio, scaling))
        print(f"  {what}: {value}" + (f"  (target {target})" if target else "") + (f"  [{ratio}]" if ratio else "")
              + (f"  {{{scaling}}}" if scaling else ""), flush=True)

    def markdown(self) -> str:
        lines = ["| measurement | result | target (SPEC 7) | against baseline | larger / smaller diary |",
                 "|---|---|---|---|---|"]
        lines += [f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in self.rows]
        return "\n".join(lines)


def scaling(times: dict[int, float]) -> str:
    """How a figure grows with the diary: the larger diary's time over the smaller's, beside the data's ratio."""
    small, large = sorted(times)
    return f"{times[large] / times[small]:.2f} × for {large / small:g} × the days"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run on small diaries, few repeats (for CI)")
    args = parser.parse_args()
    years = (1, 2) if args.quick else (10, 25)
    runs = 3 if args.quick else 7
    table = Table()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the PDF and charts need one
    # The app as installed runs from bytecode (pip compiles a wheel's modules, PyInstaller freezes
    # them): compile the checkout's once, or each fresh process below would compile ~100 modules
    # from source first (PYTHONDONTWRITEBYTECODE stops Python caching them itself).
    compileall.compile_dir(HERE.parent / "diary", quiet=1)

    with tempfile.TemporaryDirectory(prefix="ldn-bench-") as tmp:
        folders = {}
        for n in years:
            folders[n] = Path(tmp) / f"{n}y"
            start = time.perf_counter()
            count = build_diary(folders[n], n, TODAY)
            print(f"built a {n}-year diary of {count} entries in {time.perf_counter() - start:.1f} s", flush=True)
        main_dir = folders[years[0]]
        label = f"{years[0]} y"

        # --- start-up, in fresh processes ------------------------------------------------------------
        # On the desktop's own platform plugin when there is a display (what a user sees), and on
        # Qt's offscreen plugin, which skips the font set-up a bare empty window never needs but
        # any window with text does: the same start-up looks slower there against the bare window.
        platforms = ["offscreen"]
        if sys.platform.startswith("linux") and os.environ.get("DISPLAY"):
            platforms.insert(0, "xcb")
        for platform_name in platforms:
            where = "X11 display" if platform_name == "xcb" else "offscreen"
            bare, full, ready, ready_large, store = [], [], [], [], []
            for _ in range(runs + 4):  # interleaved, so that a busy moment of the machine hits them all
                bare.append(float(child("bare", qpa=platform_name)))
                full.append(float(child("app", str(main_dir), qpa=platform_name)))
                ready.append(float(child("ready", str(main_dir), qpa=platform_name)))
                ready_large.append(float(child("ready", str(folders[years[-1]]), qpa=platform_name)))
                store.append(float(child("store", qpa=platform_name)))
            # The best runs too: on a shared machine the medians of fresh processes swing by a third.
            table.add(f"window first paint, {label} diary ({where})",
                      f"{median(full) * 1000:.0f} ms (best {min(full) * 1000:.0f})", "≤ 1.5 × bare window",
                      f"{median(full) / median(bare):.2f} × bare ({median(bare) * 1000:.0f} ms); "
                      f"best {min(full) / min(bare):.2f} × ({min(bare) * 1000:.0f} ms)")
            table.add(f"window showing the diary's pages, {label} diary ({where})", f"{median(ready) * 1000:.0f} ms",
                      "", f"{median(ready) / median(bare):.2f} × bare")
            table.add(f"window showing the diary's pages, {years[-1]} y diary ({where})",
                      f"{median(ready_large) * 1000:.0f} ms", "", f"{median(ready_large) / median(bare):.2f} × bare",
                      scaling({years[0]: median(ready), years[-1]: median(ready_large)}))
            # A floor under the figure above: the window cannot show the diary before this import.
            table.add(f"of which importing the database code, SQLAlchemy's ORM and the store ({where})",
                      f"{median(store) * 1000:.0f} ms", "", f"{median(store) / median(bare):.2f} × bare")

        from diary.services.diary import DiaryService

        service = DiaryService(main_dir)
        # As the window does once it is up: start-up's heap set aside from the garbage collector.
        from diary.ui.app import settle_heap

        settle_heap()
        try:
            # --- saving one entry through the service the window uses ------------------------------
            entry = service.entries.between()[-1]
            saves = timed(lambda: service.entries.save(entry), 50 if args.quick else 200)
            table.add("save one entry", f"median {median(saves) * 1000:.1f} ms, p95 {p95(saves) * 1000:.1f} ms", "< 20 ms")

            # --- response and summaries, on both diaries: they should grow in step with the days --------
            assessed: dict[int, float] = {}
            summarised: dict[int, float] = {}
            scored: dict[int, float] = {}
            for n in years:
                other = DiaryService(folders[n])
                try:
                    assessed[n] = median(timed(other.reports.assessments, runs))
                    summarised[n] = median(timed(other.reports.period_summary, runs))
                    scored[n] = median(timed(other.reports.scores, runs))
                finally:
                    other.close()
            for n in years:
                last = n == years[-1]
                table.add(f"response assessment of every course, {n} y", f"{assessed[n] * 1000:.0f} ms",
                          scaling=scaling(assessed) if last else "")
            for n in years:
                last = n == years[-1]
                table.add(f"side-effect and adherence summaries, {n} y", f"{summarised[n] * 1000:.0f} ms",
                          scaling=scaling(summarised) if last else "")
            for n in years:
                table.add(f"condition scores (PRO2-CD, HBI) of the latest course, {n} y", f"{scored[n] * 1000:.0f} ms",
                          scaling=scaling(scored) if n == years[-1] else "")

            # --- charts --------------------------------------------------------------------------
            from matplotlib.backends.backend_agg import FigureCanvasAgg
            from matplotlib.figure import Figure

            from diary.charts.trend import TrendChart

            def bare_figure(series):
                days = [e.day for e in series.entries if e.activity is not None]
                values = [e.activity for e in series.entries if e.activity is not None]
                figure = Figure(figsize=(10, 6.2))
                FigureCanvasAgg(figure)
                figure.add_subplot().plot(days, values, ".")
                figure.canvas.draw()

            def empty_panels():
                """The chart's five panels with nothing in them: a floor under the full chart's figure."""
                figure = Figure(figsize=(10, 6.2))
                FigureCanvasAgg(figure)
                for n in range(5):
                    figure.add_axes((0.08, 0.1 + 0.18 * n, 0.9, 0.16))
                figure.canvas.draw()

            def full_chart(series):
                chart = TrendChart(series)
                FigureCanvasAgg(chart.figure)
                chart.figure.canvas.draw()
                return chart

            built: dict[int, float] = {}
            for n in years:
                other = DiaryService(folders[n])
                try:
                    whole = other.reports.trend()
                finally:
                    other.close()
                bare = median(timed(lambda whole=whole: bare_figure(whole), runs))
                built[n] = median(timed(lambda whole=whole: full_chart(whole), runs))
                if n == years[0]:
                    bare_draw = bare
                table.add(f"full-range chart, {n} y", f"{built[n] * 1000:.0f} ms", "",
                          f"{built[n] / bare:.2f} × bare Figure ({bare * 1000:.0f} ms)",
                          scaling(built) if n == years[-1] else "")
            empty = median(timed(empty_panels, runs))
            table.add("five empty panels (matplotlib Axes, no data)", f"{empty * 1000:.0f} ms", "",
                      f"{empty / bare_draw:.2f} × bare Figure")
            series = service.reports.trend()
            chart = full_chart(series)
            chart.with_legend = False  # as in the window, which shows its legend beside the chart
            chart.draw()
            last = series.last
            course = series.courses[-1].course
            ranges = {
                "4 weeks": (last - dt.timedelta(days=27), last),
                "12 weeks": (last - dt.timedelta(days=83), last),
                "this course": (course.start - dt.timedelta(days=7), last),
                "everything": (series.first, last),
            }
            names = list(ranges)
            for name in names:
                # From the range before it (the previous button), as a user clicks through them.
                previous = ranges[names[names.index(name) - 1]]

                def switch(target=ranges[name], previous=previous):
                    chart.show_range(*previous)
                    gc.collect()  # as in timed()
                    start = time.perf_counter()
                    chart.show_range(*target)
                    chart.figure.canvas.draw()
                    return time.perf_counter() - start

                times = [switch() for _ in range(3 * runs)]  # quick, and noisy: more runs
                table.add(f"switch the chart to {name} and redraw, {label}", f"{median(times) * 1000:.0f} ms", "< 100 ms",
                          f"{median(times) / bare_draw:.2f} × bare Figure")

            # --- the clinician summary ------------------------------------------------------------
            from diary.domain.report import ReportOptions
            from diary.report.pdf import ClinicianReport

            pdf = Path(tmp) / "summary.pdf"
            course = service.treatment.courses()[-1]
            twelve = ReportOptions(course.start - dt.timedelta(days=7), course.start + dt.timedelta(days=83))
            everything = ReportOptions(series.first, series.last)
            def write_pdf(on: DiaryService, options: ReportOptions) -> int:
                data = on.reports.report_data(options)
                return ClinicianReport(data, on.reports.trend(data.first, data.last)).save_pdf(pdf)

            table.add("write the 12-week PDF", f"{median(timed(lambda: write_pdf(service, twelve), runs)):.2f} s", "< 1.5 s")
            whole: dict[int, float] = {years[0]: median(timed(lambda: write_pdf(service, everything), runs))}
            table.add(f"write the {label} PDF", f"{whole[years[0]]:.2f} s")
            larger = DiaryService(folders[years[-1]])
            try:
                span = larger.reports.trend()
                whole[years[-1]] = median(timed(lambda: write_pdf(larger, ReportOptions(span.first, span.last)), runs))
            finally:
                larger.close()
            table.add(f"write the {years[-1]} y PDF", f"{whole[years[-1]]:.2f} s", scaling=scaling(whole))

            # --- import and export --------------------------------------------------------------------
            csv = Path(tmp) / "diary.csv"
            export = timed(lambda: service.transfer.export_file(csv), runs)
            table.add(f"export the {label} CSV", f"{median(export):.2f} s")

            def import_fresh() -> float:
                """Seconds to import into a new, empty diary (creating the diary is not timed)."""
                target = DiaryService(Path(tempfile.mkdtemp(dir=tmp)))
                try:
                    start = time.perf_counter()
                    target.transfer.import_file(csv)
                    return time.perf_counter() - start
                finally:
                    target.close()

            imports = [import_fresh() for _ in range(runs)]
            table.add(f"import the {label} CSV into an empty diary", f"{median(imports):.2f} s")
        finally:
            service.close()

        # --- the clinic's: the cohort table and the FHIR export (bench/clinic.py) ----------------
        from bench.clinic import run as bench_clinic

        bench_clinic(Path(tmp), folders, args.quick, runs, table.add)

        # --- memory, in a fresh process ----------------------------------------------------------
        memory = {n: float(child("memory", str(folders[n]))) for n in years}
        for n in years:
            table.add(f"peak memory, window with the Trends page open, {n} y", f"{memory[n]:.0f} MB",
                      scaling=scaling(memory) if n == years[-1] else "")

    print()
    print(f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores"
          + (" — quick run" if args.quick else ""))
    print()
    print(table.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
