"""Order Console. `python main.py --help` lists the commands; no command opens the console."""

import sys

from console.cli import main

if __name__ == "__main__":
    sys.exit(main())
