"""The HTTP side: a read-only JSON API over the store (pages come next)."""
