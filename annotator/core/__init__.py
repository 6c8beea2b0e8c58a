"""Pure-Python domain code: no Qt, no SQL (see docs/decisions/0001-layers.md)."""
