"""The values a sound SQLite file may still hold that the app could not read back (part of the diary's check)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from diary.domain.language import translate

# SQLite's checks look at the file's structure, not at what the values mean. A flipped bit in a
# date or time (stored as text, parsed when read), in a value the schema's CHECK constraints
# forbid (SQLite before 3.44 does not re-check them), or in a record's type (text turned blob)
# passes integrity_check, yet would stop the app reading the diary: these are checked too.
DATE_COLUMNS = (
    ("entries", "day"), ("courses", "start"), ("courses", "end"), ("medications", "start"),
    ("medications", "stop"), ("clinic_results", "day"), ("profile", "date_of_birth"),
)
TIME_COLUMNS = (("entries", "dose_time"), ("titration_steps", "time"))


# A query counting the rows with a wrong value, and the words for that count of them.
_Check = tuple[str, Callable[[int], str]]


def _dates(where: str) -> Callable[[int], str]:
    return lambda n: translate("store.value_checks", "%n date(s) in {column} cannot be read", None, n).format(column=where)


def _times(where: str) -> Callable[[int], str]:
    return lambda n: translate("store.value_checks", "%n time(s) in {column} cannot be read", None, n).format(column=where)


def _categories(n: int) -> str:
    if n == 1:  # English's plural is irregular: not "category(s)"
        return translate("store.value_checks", "1 medication category cannot be read")
    # Not numerus messages: English, Dutch and German use the plural for every count above 1.
    return translate("store.value_checks", "{count} medication categories cannot be read", "the count is above 1").format(count=n)


def _settings(n: int) -> str:
    return translate("store.value_checks", "%n setting(s) cannot be read", None, n)


def unreadable_values(con: sqlite3.Connection) -> str | None:
    """The first kind of stored value the app could not read back, in words; None if all are readable."""
    from diary.domain.treatment import MedicationCategory

    categories = ", ".join("'" + c.value.replace("'", "''") + "'" for c in MedicationCategory)
    checks: list[_Check] = [
        (f"SELECT count(*) FROM {table} WHERE {column} IS NOT NULL AND date({column}, '+0 days') IS NOT {column}",
         _dates(f"{table}.{column}"))
        for table, column in DATE_COLUMNS
    ]
    checks += [
        (f"SELECT count(*) FROM {table} WHERE {column} IS NOT NULL AND {column} != '' "
         f"AND ({column} NOT GLOB '[0-2][0-9]:[0-5][0-9]' OR substr({column}, 1, 2) > '23')",
         _times(f"{table}.{column}"))
        for table, column in TIME_COLUMNS
    ]
    checks.append((f"SELECT count(*) FROM medications WHERE category NOT IN ({categories})", _categories))
    checks.append(("SELECT count(*) FROM settings WHERE NOT json_valid(value)", _settings))
    checks += _kind_checks(con)
    checks += _constraint_checks(con)
    for sql, words in checks:
        try:
            (found,) = con.execute(sql).fetchone()
        except sqlite3.OperationalError:
            continue  # a table or column of another schema version, or an SQLite without json_valid
        if found:
            return words(found)
    return None


def _storage_kinds(declared: str) -> tuple[str, ...]:
    """What SQLite may hold in a column of a declared type (SQLite itself never enforces it)."""
    declared = declared.upper()
    if "INT" in declared or "BOOL" in declared:
        return ("integer",)
    if any(word in declared for word in ("REAL", "FLOA", "DOUB", "NUMERIC", "DECIMAL")):
        return ("real", "integer")
    if any(word in declared for word in ("CHAR", "TEXT", "CLOB", "DATE", "TIME")):
        return ("text",)
    return ()


def _wrong_kind(table: str) -> Callable[[int], str]:
    def words(n: int) -> str:
        if n == 1:  # "1 row holds", "2 rows hold": the verb agrees too
            return translate("store.value_checks", "1 row of {table} holds a value of the wrong kind").format(table=table)
        return translate("store.value_checks", "{count} rows of {table} hold a value of the wrong kind", "the count is above 1").format(
            count=n, table=table)

    return words


def _broken_rule(table: str, rule: str) -> Callable[[int], str]:
    def words(n: int) -> str:
        if n == 1:
            return translate("store.value_checks", "1 row of {table} breaks the rule {rule}").format(table=table, rule=rule)
        return translate("store.value_checks", "{count} rows of {table} break the rule {rule}", "the count is above 1").format(
            count=n, table=table, rule=rule)

    return words


def _kind_checks(con: sqlite3.Connection) -> list[_Check]:
    """A check per table that every value is of its column's kind (a damaged record can turn text into a blob)."""
    checks: list[_Check] = []
    tables = [name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        conditions = []
        for _cid, column, declared, *_rest in con.execute(f"PRAGMA table_info({quoted})"):
            kinds = _storage_kinds(declared or "")
            if kinds:
                allowed = ", ".join(f"'{kind}'" for kind in ("null", *kinds))
                conditions.append(f'typeof("{column.replace(chr(34), chr(34) * 2)}") NOT IN ({allowed})')
        if conditions:
            checks.append((f"SELECT count(*) FROM {quoted} WHERE {' OR '.join(conditions)}", _wrong_kind(table)))
    return checks


def _check_expressions(create_sql: str) -> list[str]:
    """The expressions of the CHECK constraints in a CREATE TABLE statement."""
    found = []
    upper = create_sql.upper()
    start = upper.find("CHECK")
    while start != -1:
        opening = create_sql.find("(", start)
        depth, end = 0, opening
        for end in range(opening, len(create_sql)):
            depth += {"(": 1, ")": -1}.get(create_sql[end], 0)
            if depth == 0:
                break
        found.append(create_sql[opening + 1 : end])
        start = upper.find("CHECK", end)
    return found


def _constraint_checks(con: sqlite3.Connection) -> list[_Check]:
    """The schema's CHECK constraints, evaluated on every row (integrity_check of older SQLite skips them)."""
    checks: list[_Check] = []
    for table, create_sql in con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND sql LIKE '%CHECK%'"
    ):
        quoted = '"' + table.replace('"', '""') + '"'
        for expression in _check_expressions(create_sql):
            checks.append((f"SELECT count(*) FROM {quoted} WHERE NOT ({expression})", _broken_rule(table, expression)))
    return checks
