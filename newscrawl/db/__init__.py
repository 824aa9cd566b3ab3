"""Storage, the only package that speaks SQL: models, engine set-up (`session`), the article
store (`repository`, with `contentindex` for dedupe), `search`, `runs`, the export's queries
(`export`), shared `tables`, Alembic migrations."""

from sqlalchemy import Engine as Engine  # the type other layers annotate engines with
