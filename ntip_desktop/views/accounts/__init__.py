"""The 帳號審核 page's parts: queue model, filter bar, detail pane and dialogs."""
