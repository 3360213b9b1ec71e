"""The daily digest: building an issue, the subscriber list, and mailing it."""
