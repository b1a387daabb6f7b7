"""The store's schema, one definition for SQLite and PostgreSQL (SQLAlchemy Core).

Bump SCHEMA_VERSION with every change and add a migration to ``MIGRATIONS`` in ``sql.py``.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    exists,
    select,
)

SCHEMA_VERSION = 12

metadata = MetaData()

meta = Table(
    "vaarta_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
# vaarta_meta key: events were replaced (a recode), so the next story grouping clusters
# every event again (events may have left clusters; vaarta.stories)
REGROUP_EVENTS = "events_regroup"

documents = Table(
    "documents", metadata,
    Column("id", String(255), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("url", Text),
    Column("title", Text),
    Column("lang", String(8)),
    Column("published", Date),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
    Column("story_id", String(255), index=True),
)

events = Table(
    "events", metadata,
    Column("event_id", String(300), primary_key=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("cameo", String(8)),
    Column("goldstein", Float),
    Column("quad", Integer),
    Column("modality", String(16), nullable=False),
    Column("date", String(10)),
    Column("date_precision", String(16)),
    Column("place_name", Text),
    Column("place_country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("rule", String(64), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("actor_countries", String(255), nullable=False),  # "IND|RUS": for filters and dyads
    Column("recipient_countries", String(255), nullable=False),
    Column("cluster_id", String(300), index=True),  # the cross-document event it is a mention of
    # version 3: the group its cluster is found in (type, parties, modality): grouping a new
    # event reads only its group, not the whole store
    Column("group_key", String(600)),
    # version 7: the words of the evidence that named actor, recipient, place and date, kept
    # by the coder (vaarta.store.rows); NULL for events stored before
    Column("evidence_spans", Text),
    # version 12: the day its cluster is found by (its date's day, else its document's day;
    # NULL: none), set with group_key: a new event meets only its group's events of nearby
    # days, through ix_events_group (which also serves group_key alone)
    Column("group_day", String(10)),
)
Index("ix_events_group", events.c.group_key, events.c.group_day)
Index("ix_events_type_date", events.c.type, events.c.date)
Index("ix_events_date", events.c.date)  # version 3: newest-first lists without a sort of every row
# version 6: the events of a place (by name or country) from an index
Index("ix_events_place_name", events.c.place_name, events.c.date)
Index("ix_events_place_country", events.c.place_country, events.c.date)
# version 9, PostgreSQL: every event newest first as the lists order them (see ix_event_states_newest)
Index("ix_events_newest", events.c.date.desc().nulls_last(), events.c.event_id).ddl_if(dialect="postgresql")

participants = Table(
    "event_participants", metadata,
    Column("event_id", String(300), ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(10), primary_key=True),  # actor | recipient
    Column("position", Integer, primary_key=True),
    Column("name", Text),
    Column("country", String(8), index=True),
    Column("sector", String(8)),
    Column("kb_id", String(128)),
    Column("wikidata", String(32)),
    Column("text", Text),
)
# version 3: "events of IND as actor" from the index alone
Index("ix_participants_country_role", participants.c.country, participants.c.role, participants.c.event_id)
# version 5: the same for a person of the KB
Index("ix_participants_kb_id", participants.c.kb_id, participants.c.role, participants.c.event_id)

sentences = Table(
    "sentences", metadata,
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("paragraph", Integer, nullable=False),
)

# version 2: MinHash signatures of documents, for near-duplicate stories
signatures = Table(
    "document_signatures", metadata,
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("minhash", LargeBinary, nullable=False),
)

# version 3: the LSH band keys of each signature, so a new document finds its near-duplicates
# through an index instead of every signature being read again
story_bands = Table(
    "story_bands", metadata,
    Column("band", Integer, primary_key=True),
    Column("key", String(32), primary_key=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)

# version 4: what `vaarta watch` polls and what it has seen (vaarta.watch.state). Rows are
# keyed by the sha256 of their URL: a URL can be longer than an index entry may be.
watch_feeds = Table(
    "watch_feeds", metadata,
    Column("id", String(64), primary_key=True),
    Column("url", Text, nullable=False),
    # the listing it was found on (a home page's feed, a sitemap index's sitemap); NULL for a
    # source the user listed
    Column("parent_id", String(64), index=True),
    Column("kind", String(16)),  # feed | sitemap | page, as its last body showed
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_polled", DateTime),
    Column("last_status", Integer),  # HTTP status of the last poll (304: unchanged); NULL: no answer
    Column("last_error", Text),  # NULL when the last poll went well
    Column("polls", Integer, nullable=False),
    Column("failures", Integer, nullable=False),
    Column("added_at", DateTime, nullable=False),
)

watch_urls = Table(
    "watch_urls", metadata,
    Column("id", String(64), primary_key=True),
    Column("url", Text, nullable=False),  # as listed, tracking parameters stripped; or a page's canonical URL
    Column("feed_id", String(64), index=True),  # the listing it was first found on
    Column("source_id", String(64), index=True),  # the source the user listed that led to it
    Column("listed_date", Date),  # the day its feed or sitemap gave, if any
    Column("status", String(16), nullable=False, index=True),  # pending stored duplicate skipped error
    Column("doc_id", String(255)),  # the document that holds its article (stored, duplicate)
    Column("canonical", Text),  # the page's canonical URL when it differs from ``url``
    Column("error", Text),
    Column("retry", Boolean, nullable=False),  # an error worth trying again (5xx, timeout)
    Column("attempts", Integer, nullable=False),
    Column("first_seen", DateTime, nullable=False),
    Column("last_tried", DateTime),
)


# version 5: what the pages count, kept by every write in its own transaction
# (vaarta.store.aggregates) so that no page reads every event (vaarta.store.summaries).
# On SQLite they are WITHOUT ROWID tables: rows lie in key order, so a key prefix is one
# range read and grouping by the leading columns needs no sort.
# A missing date or month is '' (key columns cannot be NULL on PostgreSQL). Goldstein sums
# are in thousandths of a point, as integers: sums that go up and down stay exact.

# each (state, role) of an event once, with the event's date: "the newest events of IND as
# actor" walk an index instead of sorting every event IND is in
event_states = Table(
    "event_states", metadata,
    Column("event_id", String(300), ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(10), primary_key=True),  # actor | recipient
    Column("state", String(8), primary_key=True),
    Column("date", String(10)),
)
Index("ix_event_states_state_date", event_states.c.state, event_states.c.role, event_states.c.date,
      event_states.c.event_id)
# version 9, PostgreSQL: the same in the newest-first order the lists ask for (date DESC NULLS
# LAST, event_id): an ascending index walked backwards gives the ids in the wrong order and the
# missing dates first, so PostgreSQL sorted every event of the state. (SQLite's NULLs are the
# smallest values: walking the ascending index backwards is already that order.)
Index("ix_event_states_newest", event_states.c.state, event_states.c.role, event_states.c.date.desc().nulls_last(),
      event_states.c.event_id).ddl_if(dialect="postgresql")

# the same for the people of the KB (kb_id): "the newest events of Narendra Modi as actor"
event_people = Table(
    "event_people", metadata,
    Column("event_id", String(300), ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(10), primary_key=True),
    Column("kb_id", String(128), primary_key=True),
    Column("date", String(10)),
)
Index("ix_event_people_kb_date", event_people.c.kb_id, event_people.c.role, event_people.c.date,
      event_people.c.event_id)
Index("ix_event_people_newest", event_people.c.kb_id, event_people.c.role, event_people.c.date.desc().nulls_last(),
      event_people.c.event_id).ddl_if(dialect="postgresql")  # version 9, as above


def _key(name: str, length: int) -> Column:  # type: ignore[type-arg]
    """A text column of a count table's primary key."""
    return Column(name, String(length), primary_key=True)


def _day_key() -> list[Column]:  # type: ignore[type-arg]
    """The key columns of the per-day count tables: the date as stored, PLOVER type, modality."""
    return [_key("date", 10), _key("type", 16), _key("modality", 16)]


def _sums() -> list[Column]:  # type: ignore[type-arg]
    """The values a count table keeps: events, and Goldstein sums in thousandths over the
    g_n events that have a score."""
    return [Column("n", BigInteger, nullable=False), Column("g_milli", BigInteger, nullable=False),
            Column("g_n", BigInteger, nullable=False)]


def _slice_key() -> list[Column]:  # type: ignore[type-arg]
    """The key columns every count table slices by: month, PLOVER type, modality."""
    return [_key("month", 7), _key("type", 16), _key("modality", 16)]


def _count_table(name: str, *keys: Column, sums: bool = False) -> Table:  # type: ignore[type-arg]
    """A count table: its key columns (the primary key), then its values — the event count
    ``n``, or with ``sums`` also the Goldstein sums — and no rowid in SQLite."""
    values = _sums() if sums else [Column("n", BigInteger, nullable=False)]
    return Table(name, metadata, *keys, *values, sqlite_with_rowid=False)


# events per month, type and modality: stats, type and month facets, counts
agg_months = _count_table(
    "agg_months",
    *_slice_key(),
)

# events per pair of state sets as stored on events ("IND|USA" -> "PAK"): the top dyads,
# and the network, facets and counterparts of events a state or pair is in
agg_dyads = _count_table(
    "agg_dyads",
    _key("actors", 255),
    _key("recipients", 255),
    sums=True,
)

# events per unordered pair of states (one acts, the other receives), day, type and
# modality: dyad timelines, and the counts and facets of a pair
agg_pair_days = Table(
    "agg_pair_days", metadata,
    _key("lo", 8),  # lo <= hi
    _key("hi", 8),
    *_day_key(),
    Column("n", BigInteger, nullable=False),
    Column("coop", BigInteger, nullable=False),  # quad 1-2
    Column("g_milli", BigInteger, nullable=False),
    Column("g_n", BigInteger, nullable=False),
    Column("lo_acts", BigInteger, nullable=False),  # events in which lo is an actor
    Column("hi_acts", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)

# events per state, role (actor, recipient, or "any": either) and month, type, modality
agg_states = _count_table(
    "agg_states",
    _key("role", 10),
    _key("state", 8),
    *_slice_key(),
)

# events per KB person, role (actor, recipient, any) and month, type, modality: a person's page
agg_people = _count_table(
    "agg_people",
    _key("role", 10),
    _key("kb_id", 128),
    *_slice_key(),
)

# events per state or KB person (``who``: a code or a kb_id) and state on the other side of
# it (it acts and the other receives, or the other way): an actor page's counterparts
agg_counterparts = _count_table(
    "agg_counterparts",
    _key("who", 128),
    _key("other", 8),
)

# network edges (actor state -> another recipient state) per month, type, modality
agg_edges = _count_table(
    "agg_edges",
    _key("source", 8),
    _key("target", 8),
    *_slice_key(),
    sums=True,
)

# the same edges over all time and types: the whole network at a glance
agg_edge_totals = _count_table(
    "agg_edge_totals",
    _key("source", 8),
    _key("target", 8),
    sums=True,
)

# placed events (with coordinates) per place, month, type, modality; ``place`` is the JSON of
# [name, country, lat, lon], the place's identity, as name and country may be NULL
agg_places = _count_table(
    "agg_places",
    _key("place", 600),
    *_slice_key(),
    Column("name", Text),
    Column("country", String(8)),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    sums=True,
)

# each story's size, first title and first and last day, kept by story grouping
# (vaarta.stories): the stories page lists the biggest without grouping every document
story_sizes = Table(
    "story_sizes", metadata,
    _key("story_id", 255),
    Column("documents", BigInteger, nullable=False),
    Column("title", Text),
    Column("first", Date),
    Column("last", Date),
    sqlite_with_rowid=False,
)
Index("ix_story_sizes_documents", story_sizes.c.documents.desc(), story_sizes.c.story_id)

# placed events per state and role: the map of one state's events
agg_state_places = _count_table(
    "agg_state_places",
    _key("role", 10),
    _key("state", 8),
    _key("place", 600),
    Column("name", Text),
    Column("country", String(8)),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    sums=True,
)

# version 6: placed events per unordered pair of states (one acts, the other receives): the
# map of a pair's events
agg_pair_places = _count_table(
    "agg_pair_places",
    _key("lo", 8),  # lo <= hi
    _key("hi", 8),
    _key("place", 600),
    Column("name", Text),
    Column("country", String(8)),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    sums=True,
)

# version 6: what the events of one state (in one role) hold beyond that state, per month,
# type and modality: the edges not from it as actor (role "actor") or not to it as
# recipient ("recipient"), and its fellow actors. With agg_edges and agg_states they give
# the network and the actor counts of a state's events of one type or time. Only events with
# two actor or two recipient states have such rows: few.
agg_co_edges = _count_table(
    "agg_co_edges",
    _key("role", 10),
    _key("state", 8),
    _key("source", 8),
    _key("target", 8),
    *_slice_key(),
    sums=True,
)

agg_co_actors = _count_table(
    "agg_co_actors",
    _key("state", 8),
    _key("other", 8),  # another actor state of its events
    *_slice_key(),
)

# version 8: the events of a place name or country (placed or not: '' for a missing one) per
# month, type and modality: the count, months and facets of a place filter
agg_place_months = _count_table(
    "agg_place_months",
    _key("name", 600),
    _key("country", 8),
    *_slice_key(),
)
Index("ix_agg_place_months_country", agg_place_months.c.country)

# version 8: per KB person in a role, the actor states of its events (each once per event) per
# month, type and modality: the actor counts beside the events of one person
agg_people_actors = _count_table(
    "agg_people_actors",
    _key("role", 10),
    _key("kb_id", 128),
    _key("state", 8),
    *_slice_key(),
)

# version 8: network edges per day (the whole date as stored: '2024-07-08', '2024-07' or
# '2024'), type and modality: the days at the ends of a network's since/until
agg_edge_days = _count_table(
    "agg_edge_days",
    *_day_key(),
    _key("source", 8),
    _key("target", 8),
    sums=True,
)

# version 8: the map of a place filter finds its places by name or country, not by a scan
Index("ix_agg_places_name", agg_places.c.name)
Index("ix_agg_places_country", agg_places.c.country)
# version 8: the edges of a range of months read in month order, from the index alone (the
# network with dates: a month-first range, not a scan of every edge)
Index("ix_agg_edges_month", agg_edges.c.month, agg_edges.c.type, agg_edges.c.modality, agg_edges.c.source,
      agg_edges.c.target, agg_edges.c.n, agg_edges.c.g_milli, agg_edges.c.g_n)

# version 9: the actor states (each once per event) of the events of a place name or country
# ('' for a missing one), per month, type and modality: the actor counts beside a place's events
agg_place_actors = _count_table(
    "agg_place_actors",
    _key("name", 600),
    _key("country", 8),
    _key("state", 8),
    *_slice_key(),
)
Index("ix_agg_place_actors_country", agg_place_actors.c.country)
# version 9: the edges of one type read from the index alone, in edge order (the network of a
# type: its rows, not a scan of every edge)
Index("ix_agg_edges_type", agg_edges.c.type, agg_edges.c.source, agg_edges.c.target, agg_edges.c.month,
      agg_edges.c.modality, agg_edges.c.n, agg_edges.c.g_milli, agg_edges.c.g_n)

# version 10: events per day as stored (a whole date, or a month or year where that is all the
# event has), type and modality, and the actor states of those events (each once per event):
# the count, types, months and actor states of a range with a day in since/until, whose whole
# months come from agg_months and agg_states and only the months at its ends from these
agg_days = _count_table(
    "agg_days",
    *_day_key(),
)

agg_day_actors = _count_table(
    "agg_day_actors",
    *_day_key(),
    _key("state", 8),
)

# version 11: network edges per year of their month ('2024' for '2024-07' and for a bare
# '2024'; '' undated), every type and modality together: the whole years of a network with
# dates and no type or modality, whose months at the ends come from agg_edges (or the days)
agg_edge_years = _count_table(
    "agg_edge_years",
    _key("source", 8),
    _key("target", 8),
    _key("year", 4),
    sums=True,
)

AGGREGATES = (agg_months, agg_dyads, agg_pair_days, agg_states, agg_people, agg_counterparts, agg_edges,
              agg_edge_totals, agg_places, agg_state_places, agg_pair_places, agg_co_edges, agg_co_actors,
              agg_place_months, agg_people_actors, agg_edge_days, agg_place_actors, agg_days, agg_day_actors, agg_edge_years)

# version 6: every participant (name, text, KB id) and place name ever stored, once each
# (vaarta.store.names): a filter by name matches these few thousand rows, not every
# participant, and then walks the by-KB-id or by-place indexes. Rows are never deleted: an
# entry no event has any more changes no answer. ``key`` is a hash of the other columns
# (names can be longer than an index entry may be).
known_names = Table(
    "known_names", metadata,
    _key("key", 64),
    Column("kind", String(12), nullable=False),  # participant | place
    Column("name", Text),
    Column("text", Text),
    Column("kb_id", String(128), index=True),
)


def unsigned_documents(everywhere: bool = False):  # type: ignore[no-untyped-def]
    """The ids of documents not yet through story grouping (no signature row). An anti-join
    (NOT EXISTS), never ``NOT IN (subquery)``: PostgreSQL plans the latter, at its default
    work_mem and with a million documents, as a scan of every signature per document.
    Without ``everywhere``, only among the documents without a story (``story_id IS NULL``,
    through its index: grouping gives every document it signs a story in the same
    transaction) — the anti-join over every document is a scan of them all (0.2 s at 500,000
    documents); a full grouping looks everywhere."""
    stmt = select(documents.c.id).where(~exists().where(signatures.c.doc_id == documents.c.id))
    return stmt if everywhere else stmt.where(documents.c.story_id.is_(None))
