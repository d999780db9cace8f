"""review desk at scale: covering indexes for the dashboard's and country pages' counts

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Counts by state and country (dashboard) and by country, type and year (country page)
    # are then read from the index alone, not from 100,000 table rows.
    op.create_index("ix_events_country_state_type_date", "events", ["country", "review_state", "event_type", "date"])
    op.create_index("ix_events_type_state_stance", "events", ["event_type", "review_state", "stance"])
    op.create_index("ix_events_stance_state", "events", ["stance", "review_state"])


def downgrade() -> None:
    op.drop_index("ix_events_stance_state", table_name="events")
    op.drop_index("ix_events_type_state_stance", table_name="events")
    op.drop_index("ix_events_country_state_type_date", table_name="events")
