"""The contracts every stage shares: the plan, the home, the request's context, errors, time."""
