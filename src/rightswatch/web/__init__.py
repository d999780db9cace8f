"""The review desk: a FastAPI app where monitors verify, correct and publish events."""

from rightswatch.web.app import create_app

__all__ = ["create_app"]
