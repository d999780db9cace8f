"""Views over stored events: exports, timelines, counts."""
