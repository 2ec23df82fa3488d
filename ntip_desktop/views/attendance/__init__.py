"""出席登錄: the attendance page, its grid, its undo commands and the roster dialogs."""
