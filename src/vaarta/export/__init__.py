"""Exporters, registered by name: GDELT-style TSV, PLOVER JSON lines, ICEWS-style CSV,
Parquet. Each takes stored event dicts and a path, and returns the number written."""

from vaarta.export.formats import EXPORTERS, export_events

__all__ = ["EXPORTERS", "export_events"]
