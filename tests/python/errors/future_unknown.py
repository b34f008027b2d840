from __future__ import annotations, not_a_feature
print("never printed")
