"""Opioid painkillers, which naltrexone blocks: which medications are ones, and the warning when one
is taken during an LDN course."""

from __future__ import annotations

import re
from collections.abc import Iterable

from diary.domain.language import translate
from diary.domain.treatment import Course, Medication, MedicationCategory

# Opioid painkillers by generic and common brand names (lower case), each with its generic name.
# Naltrexone blocks them, so a medication with one of these names is an opioid whatever its kind.
OPIOID_NAMES = {
    **{name: name for name in (
        "tramadol", "codeine", "morphine", "oxycodone", "hydrocodone", "fentanyl", "buprenorphine",
        "methadone", "tapentadol", "hydromorphone", "pethidine", "meperidine", "dihydrocodeine",
    )},
    **dict.fromkeys(("tramal", "ultram", "zaldiar", "zydol", "tramacet"), "tramadol"),
    **dict.fromkeys(("co-codamol", "solpadeine", "tylenol with codeine"), "codeine"),
    **dict.fromkeys(("ms contin", "zomorph", "sevredol", "oramorph"), "morphine"),
    **dict.fromkeys(("oxycontin", "oxynorm", "percocet", "targin", "longtec", "shortec"), "oxycodone"),
    **dict.fromkeys(("vicodin", "norco"), "hydrocodone"),
    **dict.fromkeys(("durogesic", "actiq", "abstral"), "fentanyl"),
    **dict.fromkeys(("temgesic", "subutex", "suboxone", "butrans", "transtec"), "buprenorphine"),
    **dict.fromkeys(("palexia", "nucynta"), "tapentadol"),
    **dict.fromkeys(("dilaudid", "palladone"), "hydromorphone"),
    "demerol": "pethidine",
    "co-dydramol": "dihydrocodeine",
}
_OPIOID_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(OPIOID_NAMES, key=len, reverse=True)) + r")(?![\w-])"
)


def opioid_named(name: str) -> str | None:
    """The opioid painkiller a medication's name names ("Tramal 50 mg" -> "tramadol"), else None."""
    found = _OPIOID_PATTERN.search(" ".join(name.lower().split()))
    return OPIOID_NAMES[found.group(1)] if found else None


def is_opioid(medication: Medication) -> bool:
    """The one rule for "is this an opioid painkiller": recorded as one, or named as one."""
    return medication.category is MedicationCategory.OPIOID or opioid_named(medication.name) is not None


def opioid_note(medication: Medication) -> str | None:
    """"Tramal 50 mg is tramadol, an opioid painkiller." for an opioid, else None."""
    if not is_opioid(medication):
        return None
    generic = opioid_named(medication.name)
    if not medication.name:
        return translate("domain.opioids", "This medication is an opioid painkiller.")
    if generic is None or medication.name.lower().startswith(generic):
        return translate("domain.opioids", "{name} is an opioid painkiller.").format(name=medication.name)
    return translate("domain.opioids", "{name} is {generic}, an opioid painkiller.").format(name=medication.name, generic=generic)



def opioid_overlaps(medications: Iterable[Medication], courses: Iterable[Course]) -> list[Medication]:
    """Opioid painkillers taken at any time during an LDN course (naltrexone blocks them)."""
    courses = list(courses)
    overlapping = []
    for med in medications:
        if not is_opioid(med):
            continue
        for course in courses:
            starts_before_course_ends = med.start is None or course.end is None or med.start <= course.end
            stops_after_course_starts = med.stop is None or med.stop >= course.start
            if starts_before_course_ends and stops_after_course_starts:
                overlapping.append(med)
                break
    return overlapping


class _OpioidWarning:
    """The warning's text with {names} to fill in, written in the current language when it is filled."""

    def format(self, names: str) -> str:
        return translate(
            "domain.opioids",
            "Naltrexone blocks opioid painkillers, so {names} may not work as expected while you take LDN. "
            "Please talk to your prescriber before taking them together.",
        ).format(names=names)


OPIOID_WARNING = _OpioidWarning()


def opioid_warning(medications: Iterable[Medication], courses: Iterable[Course]) -> str | None:
    overlapping = opioid_overlaps(medications, courses)
    if not overlapping:
        return None
    names = list(dict.fromkeys(m.name for m in overlapping))
    joined = names[0] if len(names) == 1 else translate("domain.opioids", "{names} and {last}", "a list of medications").format(
        names=", ".join(names[:-1]), last=names[-1])
    return OPIOID_WARNING.format(names=joined)
