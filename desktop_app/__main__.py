"""Entry point: `koperasi` and `python -m desktop_app`."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # In the installed (frozen) app, a reader process of the NGO consolidation starts
        # this executable again; freeze_support runs its work instead of the app. Only
        # there: importing multiprocessing costs start-up 10-20 ms, and freeze_support
        # does nothing in an app that is not frozen.
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
