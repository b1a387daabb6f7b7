"""Hindi closed word lists."""
