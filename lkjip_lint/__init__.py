"""lkjip-lint: consistency checks for Indonesian government performance reports (LKjIP)."""

__version__ = "0.1.0"
