"""Hypewatch: finds health-news stories that overstate the evidence."""

__version__ = "0.1.0"
