"""Koperasi: offline bookkeeping for savings-and-loan cooperatives."""

__version__ = "0.1.0"
