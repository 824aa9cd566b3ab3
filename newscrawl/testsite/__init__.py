"""A deterministic local news site (generator + server) for the tests, demo and benchmarks."""
