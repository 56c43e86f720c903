"""The data contract: readers of phase1_data-style folders (contract), preference pairs (pairs), the seeded synthetic corpus (corpus), and the one writer of whole output folders (outdir)."""
