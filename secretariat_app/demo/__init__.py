"""Demo data from the seed article and synthetic archives for benchmarks."""
