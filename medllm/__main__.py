"""`python -m medllm COMMAND` (the commands live in medllm.cli.main)."""

import sys

from medllm.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
