"""Secretariat: records, briefing packs and search for the secretariat of a city-to-city council."""

__version__ = "0.1.0"
