"""Ministry and institution dashboards, exports and the read-only API."""
