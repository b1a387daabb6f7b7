"""The store's schema, one definition for SQLite and PostgreSQL (SQLAlchemy Core).

Bump SCHEMA_VERSION with every change and add a migration to ``migrations.py``.
"""

from __future__ import annotations

from sqlalchemy import (
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
)

SCHEMA_VERSION = 3

metadata = MetaData()

meta = Table(
    "vaarta_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

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
    Column("group_key", String(600), index=True),
)
Index("ix_events_type_date", events.c.type, events.c.date)
Index("ix_events_date", events.c.date)  # version 3: newest-first lists without a sort of every row

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
