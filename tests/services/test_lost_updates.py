"""Several clerks on one database: a save made on a copy that someone else changed (or removed) since it was
read is refused with a plain message and never written over theirs, on both engines. The use cases name the
record and the clerk themselves (each desk's tests); this is the safety net in ``Database.session`` for any
flush that loses the race on a versioned record (SQLAlchemy's ``StaleDataError``), wherever it happens."""

from __future__ import annotations

import uuid

import pytest
from account_world import World, build_world, business_input
from sqlalchemy import delete, select

from ntip_desktop.errors import ConflictError
from ntip_desktop.models import AccountApplication
from ntip_desktop.services.accounts.intake import submit_application
from ntip_desktop.services.db import Database

LOST = "已由其他人變更或刪除，您的修改沒有寫入"


def _application(database: Database, world: World) -> uuid.UUID:
    with database.session() as s:
        number = submit_application(s, world.coordinator, business_input(login_id="ckhs.race")).number
    with database.session() as s:
        return s.execute(select(AccountApplication.id).where(AccountApplication.number == number)).scalar_one()


def test_the_second_save_of_one_application_is_refused_and_the_first_stays(database: Database) -> None:
    app_id = _application(database, build_world(database))
    with pytest.raises(ConflictError, match=LOST), database.session() as s:
        mine = s.get(AccountApplication, app_id)  # the first clerk reads
        assert mine is not None and mine.version == 1
        with database.session() as other:  # the second clerk saves first
            theirs = other.get(AccountApplication, app_id)
            assert theirs is not None
            theirs.contact_name = "第二位承辦"
        mine.contact_name = "第一位承辦"  # the first clerk's save loses the race
    with database.session() as s:
        kept = s.get(AccountApplication, app_id)
        assert kept is not None and kept.contact_name == "第二位承辦" and kept.version == 2


def test_a_save_of_a_record_removed_meanwhile_is_a_conflict_not_a_crash(database: Database) -> None:
    app_id = _application(database, build_world(database))
    with pytest.raises(ConflictError, match=LOST), database.session() as s:
        mine = s.get(AccountApplication, app_id)
        assert mine is not None
        with database.session() as other:
            other.execute(delete(AccountApplication).where(AccountApplication.id == app_id))
        mine.contact_name = "第一位承辦"


def test_a_certificate_revoked_meanwhile_by_another_clerk_is_not_revoked_again(database: Database) -> None:
    """Certificates carry no version column: revoking is a compare-and-set on the state. The second clerk's
    copy still says 「有效」; their revocation is refused naming the first, whose reason and time stay."""
    from certificate_world import COURSE, build_certificate_world

    from ntip_desktop.models import Certificate, CertificateState
    from ntip_desktop.services import certificates
    from ntip_desktop.services.certificates import Selection

    cw = build_certificate_world(database)
    staff = cw.world.certificate_staff
    with database.session() as s:
        number = certificates.issue_certificates(s, staff, Selection(course_code=COURSE)).issued[0].number
    refused = pytest.raises(ConflictError, match=f"證明 {number} 剛由 .* 變更，已不是有效證明，未撤銷")
    with refused, database.session() as s:
        copy = s.execute(select(Certificate).where(Certificate.number == number)).scalar_one()
        assert copy.state is CertificateState.ISSUED  # what the second clerk sees
        with database.session() as other:  # the first clerk revokes first
            certificates.revoke_certificate(other, cw.world.admin, number, "誤發")
        certificates.revoke_certificate(s, staff, number, "重複核發")
    with database.session() as s:
        kept = s.execute(select(Certificate).where(Certificate.number == number)).scalar_one()
        assert (kept.state, kept.end_reason) == (CertificateState.REVOKED, "誤發")
