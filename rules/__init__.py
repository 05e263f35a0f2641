"""Data packs (TOML): vocabulary, scales, messages and rule defaults. No code lives here."""
