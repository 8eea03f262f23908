"""`python -m app` runs the Hearth command line."""

import sys

from app.cli.main import main

sys.exit(main())
