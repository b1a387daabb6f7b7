"""Knowledge base: states, places, organisations, people and role words, loaded from data
files once and compiled into one Aho-Corasick automaton."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vaarta.kb.load import KnowledgeBase, load_kb

__all__ = ["KnowledgeBase", "load_kb"]


def __getattr__(name: str) -> Any:
    """Imported when first asked for: ``vaarta.kb.codes`` (legends, exports) needs no loader."""
    if name in __all__:
        from vaarta.kb import load

        return getattr(load, name)
    raise AttributeError(f"module 'vaarta.kb' has no attribute {name!r}")
