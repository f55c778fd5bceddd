"""Alembic environment: migrations run on the connection the app passes in."""

from alembic import context

from diary.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("LDN Diary migrations run through diary.store.database, which passes a connection")

# render_as_batch: SQLite cannot ALTER most things, so Alembic copies tables instead.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
