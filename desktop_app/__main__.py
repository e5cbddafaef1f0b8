"""Entry point: `koperasi` and `python -m desktop_app`."""

import multiprocessing
import sys

from desktop_app.cli import main

if __name__ == "__main__":
    # In the installed (frozen) app, a reader process of the NGO consolidation starts
    # this executable again; freeze_support runs its work instead of the app.
    multiprocessing.freeze_support()
    sys.exit(main())
