"""The names behind event codes, read once from the KB files: organisations (UNO, EUR, AFU …)
and states (English name and FIPS 10-4 code). For legends and exports, which need the codes'
names without loading the whole knowledge base."""

from __future__ import annotations

from functools import cache

from vaarta.text.resources import data_path, read_tsv


@cache
def organisation_names() -> dict[str, str]:
    """Code -> name of the intergovernmental organisations (armed groups all share IMG)."""
    out: dict[str, str] = {}
    for _, r in read_tsv(data_path("kb") / "organisations.tsv"):
        if r.get("kind") != "img":
            out.setdefault(r["code"], r["name"])
    return out


@cache
def state_names() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 -> (English name, FIPS 10-4 code)."""
    return {r["code"]: (r["name"], r.get("fips") or "") for _, r in read_tsv(data_path("kb") / "states.tsv")}
