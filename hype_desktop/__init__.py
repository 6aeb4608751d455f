"""HyPe Desktop: an offline reflection aid for pedagogical well-being in schools."""

__version__ = "0.1.0"
APP_NAME = "HyPe Desktop"
