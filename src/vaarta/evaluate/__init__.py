"""Gold reading and scoring (DESIGN.md section 6)."""

from vaarta.evaluate.scorer import Score, score_documents

__all__ = ["Score", "score_documents"]
