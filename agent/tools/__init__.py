"""Tools, not runtime: benchmarks, patch generation, the demo, long-run simulation."""
