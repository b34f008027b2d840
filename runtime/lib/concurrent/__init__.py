"""The concurrent package: here, `concurrent.interpreters` (PEP 734)."""
