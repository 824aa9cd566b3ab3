"""Extraction fields (issue 10): date source, credits by role, page type, link kinds.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # reserved: filled in by the change named above


def downgrade() -> None:
    pass
