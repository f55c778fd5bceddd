"""The condition scores: each day's items and complications, the profile's usual stools and chosen scores.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 00:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entry_items",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["entries.id"], name=op.f("fk_entry_items_entry_id_entries"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("entry_id", "item", name=op.f("pk_entry_items")),
    )
    # Added columns, so that every existing row and value stays exactly as it was.
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("complications", sa.Text(), nullable=True))
    with op.batch_alter_table("profile") as batch:
        batch.add_column(sa.Column("usual_stools", sa.Integer(), server_default="1", nullable=False))
        batch.add_column(sa.Column("scores", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("profile") as batch:
        batch.drop_column("scores")
        batch.drop_column("usual_stools")
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("complications")
    op.drop_table("entry_items")
