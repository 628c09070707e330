// Date-range filters and timelines order events by start date.
CREATE INDEX event_start_date IF NOT EXISTS
FOR (n:Event) ON (n.startDate)
