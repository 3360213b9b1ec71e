"""Storage shared by the crawler, the classifier, the web app and the jobs."""
from storage.db import Database, DatabaseError, open_database
from storage.models import utcnow

__all__ = ["Database", "DatabaseError", "open_database", "utcnow"]
