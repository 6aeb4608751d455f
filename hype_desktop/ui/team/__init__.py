"""The team path in the windows: creating a round, following its status, members' shares and
the team's results as pictures. Calls into round creation, sharing and collation go through
round_actions, the one place the views touch those services."""
