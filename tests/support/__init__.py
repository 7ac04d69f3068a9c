"""Test and benchmark helpers: the loopback feed server and the hostile behaviours it can serve."""
