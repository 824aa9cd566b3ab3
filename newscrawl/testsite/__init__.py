"""A deterministic local news site (generator + server) used by the tests, the demo and the benchmarks."""
