"""Scale-out (issue 14): a crawl run belongs to a fleet job; several workers, one row each.

Several ``scrapy crawl news -s NEWSCRAWL_SCHEDULER=redis`` workers share one Redis frontier
(one *job*); each writes its own ``crawl_runs`` row tagged with the job id and its worker name,
so ``SELECT … GROUP BY job_id`` gives the fleet's run. (The race between two workers storing
near-copies at once is closed by a transaction-level lock in the repository, not a column.)

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("crawl_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("job_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("worker", sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f("ix_crawl_runs_job_id"), ["job_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("crawl_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_crawl_runs_job_id"))
        batch_op.drop_column("worker")
        batch_op.drop_column("job_id")
