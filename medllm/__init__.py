"""medllm: LoRA SFT + DPO for clinical-note summaries that stay faithful to the note."""

from pathlib import Path

__version__ = "0.1.0"

# The repository root (conf/, phase1_data/ live here when installed in editable mode).
PROJECT_ROOT = Path(__file__).resolve().parent.parent
