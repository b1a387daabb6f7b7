"""English closed word lists."""
