"""The import contracts in pyproject.toml cover the whole package: a new top-level module
must be placed in a layer, or ``lint-imports`` would not constrain it."""

from __future__ import annotations

import pkgutil
import re
import tomllib
from pathlib import Path

import newscrawl

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_every_top_level_module_is_in_a_layer() -> None:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    placed = {m for layer in layers for m in re.split(r"\s*[|:]\s*", layer.strip())}
    modules = {f"newscrawl.{m.name}" for m in pkgutil.iter_modules(newscrawl.__path__)}
    assert modules - placed == set(), "add these to a layer in pyproject.toml"
    assert placed - modules == set(), "these layers name modules that do not exist"
