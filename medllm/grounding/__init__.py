"""Is a summary supported by its note: the rule-based checker (checker/) and the per-summary scores eval reports (coverage, degeneracy, copy, truncation)."""
