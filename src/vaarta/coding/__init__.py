"""Event coding: frames, clauses, modality, ontology and in-document merge."""
