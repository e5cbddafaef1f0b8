"""Build the Koperasi bundle and installers (see build_installer.py)."""
