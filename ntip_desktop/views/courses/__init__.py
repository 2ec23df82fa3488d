"""課程審核: the course desk's page, the course form and the imports."""
