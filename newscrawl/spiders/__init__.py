"""Spiders: decide what to fetch and what to follow."""
