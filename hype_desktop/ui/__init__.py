"""Qt widgets: thin views over domain objects, wired by controllers."""
