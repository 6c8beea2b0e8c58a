"""Limits the command line and the window share, so both accept and show the same."""

from __future__ import annotations

from annotator.core.errors import UserError

# The largest seed of a split or an assignment: a Qt spin box holds a signed 32-bit
# integer, so `--seed` accepts 0 to this and a seed given on the command line can
# always be typed into a dialog.
MAX_SEED = 2**31 - 1

# Export problems listed by `annotator export` (as warnings) and by the Export dialog's
# report; the rest are counted ("... N more").
SHOWN_PROBLEMS = 20


def check_seed(seed: int | None) -> None:
    """Refuse a seed the dialogs could not hold (None: no seed, a random draw)."""
    if seed is not None and not 0 <= seed <= MAX_SEED:
        raise UserError(f"--seed must be 0 to {MAX_SEED}, got {seed}")
