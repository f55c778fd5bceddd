"""Opening the diary file: data folder, SQLite pragmas, permissions and Alembic migrations."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from diary import APP_NAME
from diary.domain.language import translate
from diary.store.backups import BackupError, make_backup
from diary.store.files import fsync_file, fsync_folder
from diary.store.integrity import check_diary
from diary.store.paths import BACKUP_DIRNAME, DATA_DIR_ENV, DB_FILENAME, DiaryOpenError, default_data_dir, private_mkdir

__all__ = ["BACKUP_DIRNAME", "DATA_DIR_ENV", "DB_FILENAME", "DiaryOpenError", "default_data_dir", "open_engine", "private_mkdir"]

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy import Connection, Engine
    from sqlalchemy.pool import ConnectionPoolEntry

# Every migration revision in order, newest last. Kept here so that opening an up-to-date
# diary needs no Alembic import; tests check it against the migration scripts.
SCHEMA_REVISIONS = ("0001", "0002")
SCHEMA_REVISION = SCHEMA_REVISIONS[-1]


def _upgrade(engine: Engine) -> None:
    """Run the Alembic migrations up to the newest revision."""
    from importlib.resources import as_file, files

    from alembic import command
    from alembic.config import Config

    with as_file(files("diary.store") / "migrations") as script_dir, engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(script_dir))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so every transaction (DDL included)
    # is real; pysqlite's own implicit transactions skip some statements.
    dbapi_connection.isolation_level = None
    # A damaged byte inside a note (no check can see one) shows as "\ufffd" rather than stopping the app.
    dbapi_connection.text_factory = _lenient_text
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def _engine(db_path: Path) -> Engine:
    from sqlalchemy import create_engine, event  # here, not at the top: the window shows before this runs

    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


NEW_PREFIX = DB_FILENAME + ".new-"


def _create_diary(db_path: Path) -> None:
    """Make a new, fully migrated diary at `db_path`, which must not exist yet.

    It is built under a temporary name and renamed into place once whole and closed (its WAL
    folded in), so that an existing file never has to be taken for a new diary: a diary file
    whose data was lost (a crash, then its -wal deleted) is never silently started afresh.
    """
    import tempfile

    for stale in db_path.parent.glob(NEW_PREFIX + "*"):
        stale.unlink(missing_ok=True)  # left by a first start that was interrupted
    fd, name = tempfile.mkstemp(prefix=NEW_PREFIX, dir=db_path.parent)  # 0600: SQLite's companions follow
    os.close(fd)
    staging = Path(name)
    try:
        engine = _engine(staging)
        try:
            _upgrade(engine)
        finally:
            engine.dispose()  # the last connection closed: the WAL is checkpointed and removed
        fsync_file(staging)
        try:
            os.link(staging, db_path)  # never replaces a file that appeared meanwhile
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not db_path.exists():
                os.replace(staging, db_path)
        fsync_folder(db_path.parent)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(name + suffix).unlink(missing_ok=True)


def open_engine(data_dir: Path) -> Engine:
    """An engine on the diary in `data_dir`, created if there is no file yet, else upgraded to the newest schema.

    A file from a newer version, or one that is not a sound diary (PRAGMA integrity_check), is
    refused and left untouched; an older one is backed up into backups/ before it is upgraded.
    """
    private_mkdir(data_dir)
    db_path = data_dir / DB_FILENAME
    if not db_path.exists():
        _create_diary(db_path)
    revision = check_diary(db_path)  # read-only: a damaged file stays exactly as it is
    if os.name == "posix" and db_path.stat().st_mode & 0o077:
        db_path.chmod(0o600)  # e.g. a diary copied in from elsewhere
    if revision not in SCHEMA_REVISIONS:
        raise DiaryOpenError(
            translate("store.database", "This diary was written by a newer version of {app} (schema {schema}). "
                      "Please update the app; the diary was left untouched.").format(app=APP_NAME, schema=revision)
        )
    if revision != SCHEMA_REVISION:
        try:
            make_backup(db_path, data_dir / BACKUP_DIRNAME, f"before-upgrade-{revision}")
        except (BackupError, OSError) as exc:
            raise DiaryOpenError(translate("store.database", "The diary could not be backed up before its upgrade ({error}); "
                                           "it was left untouched.").format(error=exc)) from exc
    engine = _engine(db_path)
    if revision != SCHEMA_REVISION:
        _upgrade(engine)
    return engine
