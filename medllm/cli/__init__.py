"""`python -m medllm COMMAND`: the command table (main), summarize/export (infer), and one-line user errors (errors)."""
