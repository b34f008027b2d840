"""A __future__ import after other code is a SyntaxError, reported before anything runs."""
print("never printed")
from __future__ import annotations
