"""vaarta: political event data from Hindi and English news, with the evidence."""

from vaarta.model import Doc, Event
from vaarta.pipeline import Pipeline, load_pipeline

__version__ = "0.1.0"
__all__ = ["Doc", "Event", "Pipeline", "load_pipeline", "__version__"]
