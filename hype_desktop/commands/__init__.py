"""Subcommands of `hype-desktop`, one module each (see cli.COMMANDS)."""
