"""Small closed word lists per language (numbers, months, weekdays, postpositions)."""
