"""The rules in docs/: every citation of them in the code points at a real heading, and the
numbers their tables state are the numbers the code uses."""

import datetime as dt
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CITATION = re.compile(r"docs/([\w-]+\.md)(?:#([\w-]+))?")
# A table row whose last cell names a constant: | what | value | `diary.module.NAME` |
NUMBER_ROW = re.compile(r"^\|(?P<what>[^|]+)\|(?P<value>[^|]+)\|\s*`(?P<code>diary\.[\w.]+)`\s*\|\s*$", re.M)


def anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(doc: Path) -> list[str]:
    text = re.sub(r"^```.*?^```", "", doc.read_text(encoding="utf-8"), flags=re.M | re.S)  # no headings in code
    return [anchor(h) for h in re.findall(r"^#{1,6} (.+)$", text, re.M)]


def citations() -> list[tuple[str, str, str | None]]:
    found = []
    for path in sorted((ROOT / "diary").rglob("*.py")):
        for match in CITATION.finditer(path.read_text(encoding="utf-8")):
            found.append((str(path.relative_to(ROOT)), match[1], match[2]))
    return found


def test_the_code_cites_the_docs_not_the_spec():
    assert len(citations()) >= 14
    for path in (ROOT / "diary").rglob("*.py"):
        assert "SPEC section" not in path.read_text(encoding="utf-8"), path


@pytest.mark.parametrize(("source", "doc", "heading"), citations())
def test_each_citation_names_a_doc_and_a_heading(source, doc, heading):
    assert (DOCS / doc).is_file(), f"{source} cites docs/{doc}, which does not exist"
    if heading is not None:
        assert heading in anchors(DOCS / doc), f"{source} cites docs/{doc}#{heading}: no such heading"


@pytest.mark.parametrize("doc", sorted(p.name for p in DOCS.glob("*.md")))
def test_headings_are_unique_and_links_between_docs_resolve(doc):
    names = anchors(DOCS / doc)
    assert len(names) == len(set(names)), f"docs/{doc} has two headings with the same anchor"
    for target, heading in re.findall(r"\]\(([\w-]*\.md)?(?:#([\w-]+))?\)", (DOCS / doc).read_text(encoding="utf-8")):
        target_doc = DOCS / (target or doc)
        assert target_doc.is_file(), f"docs/{doc} links to {target}"
        assert not heading or heading in anchors(target_doc), f"docs/{doc} links to {target}#{heading}"


def constant(path: str):
    """The value a dotted name such as diary.domain.treatment.Settings.relative_threshold has."""
    parts = path.split(".")
    for i in range(len(parts), 0, -1):
        try:
            value = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        for name in parts[i:]:
            value = getattr(value, name)
        return value
    raise ImportError(path)


def number(text: str):
    """"0.30" -> 0.3, "0.10–0.90" -> (0.1, 0.9)."""
    values = tuple(float(part) for part in text.strip().split("–"))
    return values if len(values) > 1 else values[0]


def stated_numbers() -> dict[str, tuple[str, str, str]]:
    """Constant -> (doc, what, value as written), for every such row of every doc."""
    rows = {}
    for doc in sorted(DOCS.glob("*.md")):
        for row in NUMBER_ROW.finditer(doc.read_text(encoding="utf-8")):
            rows[row["code"]] = (doc.name, row["what"].strip(), row["value"].strip())
    return rows


def test_the_docs_state_the_key_numbers():
    stated = stated_numbers()
    for code in (
        "diary.domain.treatment.Settings.relative_threshold",
        "diary.domain.treatment.Settings.absolute_threshold",
        "diary.domain.response.RELATIVE_RANGE",
        "diary.domain.response.ABSOLUTE_RANGE",
        "diary.domain.response.ONSET_WINDOW_DAYS",
        "diary.domain.response.LONG_LASTING_DAYS",
        "diary.domain.summaries.COMPARABLE_FROM_DAY",
        "diary.domain.summaries.MIN_TIMING_DAYS",
        "diary.domain.summaries.TIMING_DIFFERENCE",
    ):
        assert code in stated, f"no table row of docs/ states {code}"


@pytest.mark.parametrize("code", sorted(stated_numbers()))
def test_a_number_in_the_docs_is_the_code_s(code):
    doc, what, value = stated_numbers()[code]
    assert number(value) == pytest.approx(constant(code)), f"docs/{doc}: {what} is {value}, the code has {constant(code)}"


def test_the_clinic_results_window_is_the_one_the_docs_state(service):
    """The summary shows clinic results from N days before its period: N as docs/response-rules.md states it."""
    from diary.domain.report import ReportOptions
    from diary.domain.treatment import ClinicResult

    text = (DOCS / "response-rules.md").read_text(encoding="utf-8")
    days = int(re.search(r"^\| Days before the summary's period whose clinic results it shows \| (\d+) \|", text, re.M)[1])
    first, last = dt.date(2026, 5, 1), dt.date(2026, 6, 1)
    inside, outside = first - dt.timedelta(days=days), first - dt.timedelta(days=days + 1)
    for day in (inside, outside):
        service.treatment.add_clinic_result(ClinicResult(day, crp_mg_l=5.0))
    shown = service.reports.report_data(ReportOptions(first=first, last=last)).clinic_results
    assert [r.day for r in shown] == [inside]
