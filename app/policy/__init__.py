"""Policy: the risk of each step, roles, the owner's PIN, the safety settings approved with it,
exposure, and the one rule for what may run unseen."""
