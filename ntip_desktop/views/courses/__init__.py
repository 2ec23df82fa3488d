"""課程審核: the course review desk (queue, filters, checklist panel, decisions)."""
