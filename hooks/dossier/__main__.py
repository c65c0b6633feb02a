"""``python -m dossier``: the same as the ``dossier`` command."""

import sys

from dossier.editorial.cli import main

sys.exit(main())
