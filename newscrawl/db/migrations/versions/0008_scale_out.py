"""Scale-out (issue 14): constraints/locks needed by several workers on one database.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # reserved: filled in by the change named above


def downgrade() -> None:
    pass
