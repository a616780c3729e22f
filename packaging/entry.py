"""The bundle's entry point: the same ``main`` as the ``needsassess`` script and ``python -m needsassess``."""

import sys

from needsassess.cli import main

if __name__ == "__main__":
    sys.exit(main())
