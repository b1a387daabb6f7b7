"""Language profiles: what the pipeline does for one language, looked up by ``doc.lang``.

A profile finds the mentions of a document (actors, places, dates) from the knowledge base's
matches, and codes its events. The pipeline holds no language branch: Hindi and English are
profiles registered here, and a package may add another through the ``vaarta.profiles``
entry point (a callable taking the knowledge base and returning a profile) or by calling
``register``. A language with no profile is read (cleaned, split, its KB names found) but not
coded.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Protocol

from vaarta.kb import KnowledgeBase
from vaarta.kb.records import Match
from vaarta.model import Doc, Event, Mention


class LanguageProfile(Protocol):
    code: str
    # whose offices "the foreign ministry" and the like name when no state is in view
    home_country: str | None

    def mentions(self, doc: Doc, matches: list[Match], kb: KnowledgeBase) -> list[Mention]:
        """Actors, places and dates of ``doc``, in text order."""
        ...

    def events(self, doc: Doc) -> list[Event]:
        """The events of ``doc`` (its mentions found), before retellings are merged."""
        ...


ProfileFactory = Callable[[KnowledgeBase], LanguageProfile]
_FACTORIES: dict[str, ProfileFactory] = {}


def register(code: str, factory: ProfileFactory) -> None:
    """Make ``code`` a coded language: ``factory(kb)`` builds its profile when a pipeline loads."""
    _FACTORIES[code] = factory


def registered() -> list[str]:
    _load_builtin()
    return sorted(_FACTORIES)


def load_profiles(kb: KnowledgeBase, home_country: dict[str, str] | None = None) -> dict[str, LanguageProfile]:
    """Every registered profile, built over ``kb``; ``home_country`` overrides a profile's home."""
    _load_builtin()
    profiles = {code: factory(kb) for code, factory in _FACTORIES.items()}
    for code, home in (home_country or {}).items():
        if code in profiles:
            profiles[code].home_country = home
    return profiles


_loaded = False


def _load_builtin() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    from vaarta.profiles.en import english_profile
    from vaarta.profiles.hi import hindi_profile

    _FACTORIES.setdefault("hi", hindi_profile)
    _FACTORIES.setdefault("en", english_profile)
    for ep in entry_points(group="vaarta.profiles"):
        _FACTORIES.setdefault(ep.name, ep.load())
