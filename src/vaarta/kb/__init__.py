"""Knowledge base: states, places, organisations, people and role words, loaded from data
files once and compiled into one Aho-Corasick automaton."""

from vaarta.kb.load import KnowledgeBase, load_kb

__all__ = ["KnowledgeBase", "load_kb"]
