"""Mentions: actors, places and dates found in the cleaned text."""
