"""The 課程審核 page's views: the review desk, its dialogs, and the back-end counties' report months."""
