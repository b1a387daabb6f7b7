"""vaarta: political event data from Hindi and English news, with the evidence."""

from typing import TYPE_CHECKING, Any

from vaarta.model import Doc, Event

if TYPE_CHECKING:
    from vaarta.pipeline import Pipeline, load_pipeline

__version__ = "0.1.0"
__all__ = ["Doc", "Event", "Pipeline", "load_pipeline", "open_store", "__version__"]


def open_store(url: str | None = None):  # type: ignore[no-untyped-def]
    """Open (and create or upgrade) the store at ``url``; see ``vaarta.store``."""
    from vaarta.store import open_store as _open

    return _open(url)


def __getattr__(name: str) -> Any:
    """``Pipeline`` and ``load_pipeline`` are imported when first asked for: what only reads
    a store (the web pages) never loads the coder's modules."""
    if name in ("Pipeline", "load_pipeline"):
        from vaarta import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'vaarta' has no attribute {name!r}")
