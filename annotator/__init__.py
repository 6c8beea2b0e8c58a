"""annotator: label actors, locations and events in Arabic news, adjudicate, export."""

__version__ = "0.1.0"
