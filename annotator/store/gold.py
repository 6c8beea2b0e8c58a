"""The gold layer: writes that record who decided and which annotators agreed.

A mixin of Repository (which supplies db, span and event writes and the change log).
"""

from __future__ import annotations


class GoldStore:
    pass
