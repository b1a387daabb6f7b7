"""vaarta: political event data from Hindi and English news, with the evidence."""

from vaarta.model import Doc, Event
from vaarta.pipeline import Pipeline, load_pipeline

__version__ = "0.1.0"
__all__ = ["Doc", "Event", "Pipeline", "load_pipeline", "open_store", "__version__"]


def open_store(url: str | None = None):  # type: ignore[no-untyped-def]
    """Open (and create or upgrade) the store at ``url``; see ``vaarta.store``."""
    from vaarta.store import open_store as _open

    return _open(url)
