"""Clinical text, torch-free: de-identification (redact), normalisation, splits and evidence spans (preprocess), one-fact hard negatives (negatives)."""
