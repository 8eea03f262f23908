"""Policy: the risk of each step, roles, the owner's PIN, exposure, and the one rule for what may
run unseen."""
