"""``python -m needsassess`` runs the same entry point as the ``needsassess`` script."""

import sys

from needsassess.cli import main

sys.exit(main())
