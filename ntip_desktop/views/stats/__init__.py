"""統計報表: the figures as charts and tables, XLSX and the PDF report."""
