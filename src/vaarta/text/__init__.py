"""Text stages: normalise, clean, language ID, segment."""
