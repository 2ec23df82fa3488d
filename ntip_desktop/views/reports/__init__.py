"""The 月報傳報 page: report packages between schools and their district office, and the back-end months."""
