"""PDF documents (fax forms, later certificates): the only package that imports reportlab."""
