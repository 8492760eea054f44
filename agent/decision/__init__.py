"""Decision: the causal Transformer over aligned (A, B) label streams, its training, nucleus
sampling with constraints (Decider), evaluation against count-table baselines, the sweep."""
