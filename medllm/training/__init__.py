"""Model loading, hardware profiles and the precision probe, speed levers, the reference log-prob cache, checkpoints, DDP helpers, and the one seam over TRL/transformers/PEFT internals."""
