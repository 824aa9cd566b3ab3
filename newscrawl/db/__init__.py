"""Storage: models, engine/session set-up, the repository (all SQL), Alembic migrations."""
