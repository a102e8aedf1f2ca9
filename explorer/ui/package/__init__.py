"""The Package tab: the incentive package designer (issue 17)."""
