// Event lists filter by kind (conference, workshop...).
CREATE INDEX event_kind IF NOT EXISTS
FOR (n:Event) ON (n.kind)
