"""The audit page names every move of every transition table in words."""

from __future__ import annotations


def test_every_workflow_move_has_a_name_on_the_audit_page() -> None:
    """The log names each move in words: a new move in any transition table needs its label here."""
    from ntip_desktop.services import accounts, courses
    from ntip_desktop.views.audit.model import ACTION_LABELS

    tables = (accounts.WORKFLOW, courses.WORKFLOW, courses.MONTH_WORKFLOW)
    actions = {move.action for workflow in tables for move in workflow.moves}
    actions |= {"override_check", "answer_check", "record_consent", "update", "correct", "import", "delete"}
    actions |= {"sign_in_failed", "unlock"}  # services/auth.py
    assert actions - set(ACTION_LABELS) == set()
