"""The merge decision: what to do with one incoming revision, given what is already held.

A pure function over small values, so the rules (DESIGN.md, docs/packages.md) are tested on their
own and the importer only applies them. Holding, for one assessment: its main line (the finalized
revisions by number, each with its hash and parent hash), the hashes quarantined as conflicts or
forks, and whether the head is a local draft.

Revisions may arrive in any order (packages imported out of order): a later revision whose parent
has not arrived yet is taken as a fast-forward, and the missing revision fills the gap when it comes
if it fits between its neighbours. For linear histories this makes the end state independent of the
order of arrival.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Action(StrEnum):
    NEW = "new"  # an assessment not held: insert it
    FAST_FORWARD = "updated"  # a later revision continuing the head: insert, it becomes the head
    HISTORY = "history"  # an earlier revision that fills a gap in the main line: insert, head unchanged
    UNCHANGED = "unchanged"  # already held (in the main line or in quarantine)
    CONFLICT = "conflict"  # same revision number, different content: quarantine
    FORK = "fork"  # continues another branch than the head: quarantine


QUARANTINED = frozenset({Action.CONFLICT, Action.FORK})


@dataclass(frozen=True)
class Incoming:
    uuid: str
    revision: int
    content_hash: str
    parent_hash: str | None


@dataclass(frozen=True)
class Link:
    content_hash: str
    parent_hash: str | None


@dataclass
class Held:
    """What the store holds for one assessment (updated by ``apply`` as a package is merged)."""

    main: dict[int, Link] = field(default_factory=dict)
    quarantined: set[str] = field(default_factory=set)
    draft_revision: int | None = None  # a local draft on top of the main line

    def hashes(self) -> set[str]:
        return {link.content_hash for link in self.main.values()} | self.quarantined


def _fits_gap(main: Mapping[int, Link], incoming: Incoming) -> bool:
    before, after = main.get(incoming.revision - 1), main.get(incoming.revision + 1)
    if after is not None and after.parent_hash != incoming.content_hash:
        return False
    return before is None or incoming.parent_hash == before.content_hash


def decide(held: Held | None, incoming: Incoming) -> Action:
    """The action for ``incoming`` given ``held`` (None when the assessment is not held at all)."""
    if held is None or (not held.main and held.draft_revision is None and not held.quarantined):
        return Action.NEW
    if incoming.content_hash in held.hashes():
        return Action.UNCHANGED
    if incoming.revision in held.main:
        return Action.CONFLICT
    if held.draft_revision is not None and incoming.revision >= held.draft_revision:
        return Action.CONFLICT  # the coordinator's own draft is never overwritten
    top = max(held.main) if held.main else 0
    if incoming.revision > top:
        head = held.main.get(top)
        if head is None or incoming.parent_hash == head.content_hash:
            return Action.FAST_FORWARD
        if incoming.parent_hash is None or incoming.parent_hash in held.hashes():
            return Action.FORK  # continues an older or a quarantined revision
        # Its parent has not arrived: a gap the parent fills later, unless it should be the head.
        return Action.FAST_FORWARD if incoming.revision > top + 1 else Action.FORK
    return Action.HISTORY if _fits_gap(held.main, incoming) else Action.FORK


def apply(held: Held, incoming: Incoming, action: Action) -> None:
    """Record in ``held`` what applying ``action`` changed."""
    if action in (Action.NEW, Action.FAST_FORWARD, Action.HISTORY):
        held.main[incoming.revision] = Link(incoming.content_hash, incoming.parent_hash)
    elif action in QUARANTINED:
        held.quarantined.add(incoming.content_hash)
