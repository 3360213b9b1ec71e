"""join the crawler and web-app branches of the schema

Revision ID: 0021
Revises: 0010, 0020
Create Date: 2026-11-25
"""

revision = "0021"
down_revision = ("0010", "0020")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
