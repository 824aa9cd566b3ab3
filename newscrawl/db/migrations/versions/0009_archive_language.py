"""Archive and language (issue 15): WARC record pointers, body language.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # reserved: filled in by the change named above


def downgrade() -> None:
    pass
