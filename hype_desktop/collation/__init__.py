"""Team rounds from members' shares to a summary: reading the files of a round, collation,
invitations given with them, sample shares, and what a team agreed in workshop mode.
"""
