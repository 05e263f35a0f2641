"""Turning Documents into facts the checks reason about. The only layer that knows how
LKjIP tables look, driven by the vocabulary in ``rules/``."""
