"""rightswatch: turn human-rights reports into a sourced, reviewable database of events.

The narrow public API: read sources, extract events, open a store.
"""

from rightswatch.records import Candidate, Document, EventRecord, RawDocument

__version__ = "0.1.0"

__all__ = ["Candidate", "Document", "EventRecord", "RawDocument", "__version__"]
