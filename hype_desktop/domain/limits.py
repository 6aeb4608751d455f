"""Every limit of what the app writes and reads, in one place: the sizes of texts, lists and files
of each format (sealed shares, invitations, team summaries, the personal export, presets, content
packs, and the database the answers go into).

Writers and readers of a format take their limits from here, so a file the app writes is never
one that the app at the other end refuses. Where one format carries another's content (a share
holds a reflection's answers, a summary the factors of a pack), its reader's limit is derived
from the other's: whatever a pack can hold, a reflection, a share, a summary and an export of it
can hold too (tests/unit/test_limits_agree.py checks max and max+1 through each writer and reader).
"""

from __future__ import annotations

from typing import Final

KIB: Final = 1024
MIB: Final = 1024 * KIB

# --- ids and short names, wherever they appear ----------------------------------------------------
ID_MAX: Final = 80  # module, factor, statement and prompt ids; a content pack's id
TEAM_CODE_MAX: Final = 40
LABEL_MAX: Final = 200  # a round's label (reflection start page, new team round, invitation, export)
NAME_MAX: Final = 120  # an organisation's, a lead's or a team's name
TEAM_NAME_MAX: Final = 200  # a team profile's name (workshop mode)
POSITION_MAX: Final = 120  # where the user left a reflection (a page id)

# --- what a person writes in a reflection ------------------------------------------------------------
NOTE_MAX: Final = 2000  # a note on a statement
PROMPT_MAX: Final = 5000  # an answer to an open question
STEP_MAX: Final = 300  # a next step, and what was learned from it
STEPS_MAX: Final = 3  # next steps per reflection

# --- a content pack (instrument) ------------------------------------------------------------------------
PACK_BYTES: Final = 2 * MIB
PACK_MODULES_MAX: Final = 20
PACK_FACTORS_PER_MODULE_MAX: Final = 20
PACK_ITEMS_PER_FACTOR_MAX: Final = 20
PACK_PROMPTS_PER_FACTOR_MAX: Final = 5
PACK_ITEM_MAP_MAX: Final = 2000
PACK_SHORT_TEXT_MAX: Final = 400
PACK_LONG_TEXT_MAX: Final = 2000
PACK_VERSION_MAX: Final = 10_000
# The content a reflection is made with: the built-in content and a pack that adds to it (two packs'
# worth), so one reflection, share, summary or export can hold at most this much.
CONTENT_MODULES_MAX: Final = 2 * PACK_MODULES_MAX
FACTORS_MAX: Final = CONTENT_MODULES_MAX * PACK_FACTORS_PER_MODULE_MAX
ITEMS_MAX: Final = FACTORS_MAX * PACK_ITEMS_PER_FACTOR_MAX
PROMPTS_MAX: Final = FACTORS_MAX * PACK_PROMPTS_PER_FACTOR_MAX

# --- team files -------------------------------------------------------------------------------------------
ROUND_BYTES: Final = 64 * KIB  # an invitation (.hype-round)
SHARE_BYTES: Final = 768 * KIB  # a sealed share (.hype): the sealed content as base64, and the envelope
SHARE_CONTENT_BYTES: Final = 512 * KIB  # what the seal holds
TEAM_BYTES: Final = 2 * MIB  # a team summary (.hype-team)
TEAM_SIZE_MAX: Final = 1000
TEXTS_PER_GROUP_MAX: Final = 2000  # free texts a summary gives for one factor
CARDS_MAX: Final = 1000  # workshop vote cards per value

# --- the personal export ("Export all my data") -------------------------------------------------------
EXPORT_BYTES: Final = 4 * 1024 * MIB
EXPORT_REFLECTIONS_MAX: Final = 500_000
EXPORT_CONTENT_COPIES_MAX: Final = 1000
# a kept content copy is the built-in content with an adding pack, written again with spaces:
# more than one pack file's worth
CONTENT_COPY_CHARS_MAX: Final = 3 * PACK_BYTES
EXPORT_ROUND_KEYS_MAX: Final = 1000  # team rounds a collator made, and invitations a member opened
EXPORT_RELEASES_MAX: Final = 20_000  # releases logged over all of them

# --- a trainer's preset -------------------------------------------------------------------------------------
PRESET_BYTES: Final = 1 * MIB
PRESET_LOGO_BYTES: Final = 512 * KIB
PRESET_ROUNDS_MAX: Final = 30
