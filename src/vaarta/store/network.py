"""What the network page shows of a network: its busiest codes, the edges between them, its
heaviest edges and how many edges there are — without handing the page every edge.

At a million events the whole network has ~35,000 edges; the page draws 40 codes, the 300
heaviest of the edges between them (~1,560 at a million events: the force layout and the
arrows' markup cost more than the rest of the page), and lists 30 edges. ``view`` reads
those from the count tables in one statement when they hold the network asked for (no state
filter: all time, a type, a modality, a year or a month, or days at the ends of a range;
whole years from the edges per year); ``pick`` chooses the same from a list of edges (any
other filter), so both give one answer (``tests/store/test_network_view.py``).

Every edge is read a page at a time (``/api/network``): ``page`` has the database sort the
edges heaviest first and hand over one page after a key (events, source, target: no
offset), with how many edges there are; ``page_of`` does the same in Python over a list.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from sqlalchemy import BigInteger, String, and_, cast, func, literal, null, or_, select, union_all

from vaarta.store.schema import agg_edge_days, agg_edge_totals
from vaarta.store.summaries import Query, day_split, edge_parts, edge_rows, mean

MAX_NODES = 40  # codes drawn: the busiest by events on their edges, either way
TOP_EDGES = 30  # edges listed under the chart: the heaviest
MAX_ARROWS = 300  # edges drawn between those codes: the heaviest

Key = tuple[int, str, str]  # an edge's place in the heaviest-first order: events, source, target


def pick(edges: list[dict[str, Any]], max_nodes: int = MAX_NODES, top: int = TOP_EDGES,
         max_arrows: int | None = None) -> dict[str, Any]:
    """The view of ``edges`` (heaviest first, as ``Store.network`` gives them): ``nodes``, the
    ``max_nodes`` codes with the most events on their edges either way (most first, then by
    code) with those counts; ``drawn``, the ``max_arrows`` heaviest edges between those codes,
    and ``between``, how many edges there are between them; ``edges``, the ``top`` heaviest;
    ``edge_count``, how many edges there are. (``max_arrows`` None: ``MAX_ARROWS``.)"""
    max_arrows = MAX_ARROWS if max_arrows is None else max_arrows
    degree: dict[str, int] = {}
    get = degree.get
    for e in edges:
        n, a, b = e["events"], e["source"], e["target"]
        degree[a] = get(a, 0) + n
        degree[b] = get(b, 0) + n
    keep = sorted(degree, key=lambda c: (-degree[c], c))[:max_nodes]
    kept = set(keep)
    between = [e for e in edges if e["source"] in kept and e["target"] in kept]
    return {"nodes": [{"code": c, "events": degree[c]} for c in keep], "drawn": between[:max_arrows],
            "between": len(between), "edges": edges[:top], "edge_count": len(edges)}


def view(conn: Any, q: Any, max_nodes: int = MAX_NODES, top: int = TOP_EDGES,
         max_arrows: int | None = None) -> dict[str, Any] | None:
    """``pick`` of the network of ``q``, computed by the database from the count tables; None
    when they do not hold that network (a state or pair filter, a name, a place, a document)."""
    e = _edges(q)
    if e is None:
        return None
    max_arrows = MAX_ARROWS if max_arrows is None else max_arrows
    # a code's events: those of its edges as source plus those as target (summed per code
    # first: a few hundred rows to add up, not every edge twice)
    ends = union_all(select(e.c.source.label("code"), func.sum(e.c.n).label("n")).group_by(e.c.source),
                     select(e.c.target, func.sum(e.c.n)).group_by(e.c.target)).subquery("ends")
    total = func.sum(ends.c.n)
    k = (select(ends.c.code, total.label("n")).group_by(ends.c.code).order_by(total.desc(), ends.c.code)
         .limit(max_nodes).cte("k"))
    text_null, int_null = cast(null(), String), cast(null(), BigInteger)
    heaviest = (select(e.c.source, e.c.target, e.c.n, e.c.g_milli, e.c.g_n)
                .order_by(e.c.n.desc(), e.c.source, e.c.target).limit(top).subquery("top"))
    inside = [e.c.source.in_(select(k.c.code)), e.c.target.in_(select(k.c.code))]
    drawn = (select(e.c.source, e.c.target, e.c.n, e.c.g_milli, e.c.g_n).where(*inside)
             .order_by(e.c.n.desc(), e.c.source, e.c.target).limit(max_arrows).subquery("drawn"))
    stmt = union_all(
        select(literal("node"), k.c.code, text_null, k.c.n, int_null, int_null),
        select(literal("drawn"), drawn.c.source, drawn.c.target, drawn.c.n, drawn.c.g_milli, drawn.c.g_n),
        select(literal("between"), text_null, text_null, func.count(), int_null, int_null).select_from(e).where(*inside),
        select(literal("top"), heaviest.c.source, heaviest.c.target, heaviest.c.n, heaviest.c.g_milli,
               heaviest.c.g_n),
        select(literal("count"), text_null, text_null, func.count(), int_null, int_null).select_from(e),
    )
    out: dict[str, Any] = {"nodes": [], "drawn": [], "between": 0, "edges": [], "edge_count": 0}
    for kind, a, b, n, g, gn in conn.execute(stmt):
        if kind == "node":
            out["nodes"].append({"code": a, "events": int(n)})
        elif kind in ("count", "between"):
            out["edge_count" if kind == "count" else "between"] = int(n)
        else:
            out["drawn" if kind == "drawn" else "edges"].append(
                {"source": a, "target": b, "events": int(n), "goldstein": mean(int(g), int(gn))})
    # (the union keeps no order: the nodes and edges sorted as pick sorts them)
    out["nodes"].sort(key=lambda x: (-x["events"], x["code"]))
    for key in ("drawn", "edges"):
        out[key].sort(key=lambda x: (-x["events"], x["source"], x["target"]))
    return out


def page_of(edges: list[dict[str, Any]], limit: int, after: Key | None = None) -> dict[str, Any]:
    """``page`` of ``edges`` (heaviest first, as ``Store.network`` gives them), in Python."""
    keys = [(-e["events"], e["source"], e["target"]) for e in edges]
    start = bisect_right(keys, (-after[0], after[1], after[2])) if after is not None else 0
    got = edges[start:start + limit]
    more = start + limit < len(edges)
    return {"edges": got, "total": len(edges), "next": _key(got[-1]) if more and got else None}


def page(conn: Any, q: Any, limit: int, after: Key | None = None, min_events: int = 1) -> dict[str, Any] | None:
    """A page of the network of ``q`` computed by the database from the count tables: its
    ``limit`` heaviest edges (``edges``; ties by source, then target) after the edge whose
    key (events, source, target) is ``after``; ``total``, how many edges have ``min_events``
    or more; ``next``, the key of the page's last edge when more follow. None when the
    tables do not hold that network (``view`` says which)."""
    e = _edges(q)
    if e is None:
        return None
    where = [e.c.n >= min_events]
    if after is not None:
        n, source, target = after
        where.append(or_(e.c.n < n, and_(e.c.n == n, or_(e.c.source > source,
                                                          and_(e.c.source == source, e.c.target > target)))))
    # one edge more than the page: whether another page follows
    rows = (select(e.c.source, e.c.target, e.c.n, e.c.g_milli, e.c.g_n).where(*where)
            .order_by(e.c.n.desc(), e.c.source, e.c.target).limit(limit + 1).subquery("page"))
    text_null, int_null = cast(null(), String), cast(null(), BigInteger)
    stmt = union_all(
        select(literal("edge"), rows.c.source, rows.c.target, rows.c.n, rows.c.g_milli, rows.c.g_n),
        select(literal("count"), text_null, text_null, func.count(), int_null, int_null)
        .select_from(e).where(e.c.n >= min_events),
    )
    edges, total = [], 0
    for kind, a, b, n, g, gn in conn.execute(stmt):
        if kind == "count":
            total = int(n)
        else:
            edges.append({"source": a, "target": b, "events": int(n), "goldstein": mean(int(g), int(gn))})
    edges.sort(key=lambda x: (-x["events"], x["source"], x["target"]))  # (the union keeps no order)
    more = len(edges) > limit
    edges = edges[:limit]
    return {"edges": edges, "total": total, "next": _key(edges[-1]) if more else None}


def _key(edge: dict[str, Any]) -> Key:
    return edge["events"], edge["source"], edge["target"]


def _edges(q: Any) -> Any:
    """The network of ``q`` as a table of (source, target, n, g_milli, g_n), one row per
    edge: the edge totals themselves, or the count table rows summed per edge; None when the
    count tables do not hold it."""
    parts = _edge_rows(q)
    if parts is None:
        return None
    if parts[0] is agg_edge_totals:  # one row per edge already
        return agg_edge_totals.alias("e")
    rows = edge_rows(parts)
    return (select(rows.c.source, rows.c.target, func.sum(rows.c.n).label("n"),
                   func.sum(rows.c.g_milli).label("g_milli"), func.sum(rows.c.g_n).label("g_n"))
            .group_by(rows.c.source, rows.c.target).cte("e"))


def _edge_rows(q: Any) -> list[Any] | None:
    """Selects of (source, target, n, g_milli, g_n) rows whose sums per edge are the network
    of ``q`` (all time: the table of edge totals itself); None when the count tables do not
    hold it."""
    s = Query(q)
    if not s.answerable or s.roles or s.pair:
        return None
    t, d = agg_edge_totals, agg_edge_days
    if not s.plain:
        return [t]
    if s.monthly:
        return edge_parts(q)
    split = day_split(q)
    if split is None:
        return None
    inner, days = split
    parts = [select(d.c.source, d.c.target, d.c.n, d.c.g_milli, d.c.g_n).where(*Query(end).where(d, "date"))
             for end in days]
    return parts + (edge_parts(inner) if inner is not None else [])
