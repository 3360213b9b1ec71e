"""join the jobs-and-digest branch of the schema

Revision ID: 0031
Revises: 0021, 0030
Create Date: 2026-11-25
"""

revision = "0031"
down_revision = ("0021", "0030")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
