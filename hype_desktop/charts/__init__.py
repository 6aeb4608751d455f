"""The one chart module for the screen and the PDFs, and its raster helper."""
