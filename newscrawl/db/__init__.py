"""Storage, the only package that speaks SQL: models, engine set-up (`session`), the article
store (`repository`, with `contentindex` for dedupe), `search`, shared `tables`, migrations."""
