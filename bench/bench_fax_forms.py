"""How fast are the fax forms (業務帳號申請表 / 承辦人異動申請表)?

Times, in this process, (a) rendering N forms to bytes and (b) the batch writer ``render_fax_forms``
(render + atomic write of one file per form into a temporary folder), half of each kind, with
organisation names of varying length. The first render (font registration) is timed separately.

Run: ``python bench/bench_fax_forms.py [--count 500] [--seed N]``.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta

from ntip_desktop.services.accounts import make_application_number
from ntip_desktop.services.pdf.fax_form import (
    ContactChangeData,
    DistrictCenterInfo,
    FaxFormData,
    Person,
    render_fax_forms,
    render_form,
)

CENTER = DistrictCenterInfo("國立臺中教育大學區管中心", "04-2218-3199", "04-2218-3190")
PLACES = ["臺中市", "彰化縣", "南投縣", "苗栗縣", "雲林縣"]
STEMS = [
    "立臺中第一高級中等學校",
    "立文華高級中等學校",
    "立大墩國民中學",
    "立忠孝國民小學附設幼兒園",
    "私立華盛頓高級中學附設國民中學暨國民小學部與幼兒園聯合行政辦公室教務處設備組",
]
SURNAMES = "王林陳李張黃吳劉蔡楊"
GIVEN = "大明小華美玲志豪淑芬家豪怡君"


def _person(rng: random.Random, title: str = "") -> Person:
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(2))
    return Person(
        name,
        f"04-{rng.randint(2000, 2999)}-{rng.randint(1000, 9999)}",
        f"user{rng.randint(1, 99999)}@school.edu.tw",
        title,
    )


def make_forms(count: int, seed: int) -> list[FaxFormData | ContactChangeData]:
    rng = random.Random(seed)
    forms: list[FaxFormData | ContactChangeData] = []
    for i in range(1, count + 1):
        county = rng.choice(PLACES)
        common = dict(
            organization_code=f"{rng.randint(10000, 999999):06d}",
            organization_name=county + rng.choice(STEMS),
            county=county,
            subtype_code="school",
            subtype_label="各級學校",
            login_id=f"org{i:05d}_edu",
            submitted_on=date(2026, 3, 2) + timedelta(days=i % 30),
            district_center=CENTER,
        )
        if i % 2:
            forms.append(
                FaxFormData(
                    application_number=make_application_number(115, i),
                    applicant=_person(rng, "教務主任"),
                    contact=_person(rng),
                    agreement_version="2009-10-08 第1版",
                    agreement_accepted_at=datetime(2026, 3, 2, 1, 5, tzinfo=UTC),
                    notes="研習業務承辦使用。",
                    **common,  # type: ignore[arg-type]
                )
            )
        else:
            forms.append(
                ContactChangeData(
                    application_number=make_application_number(115, i, prefix="C"),
                    old_contact=_person(rng),
                    new_contact=_person(rng, "設備組長"),
                    reason="原承辦人調職，改由新任承辦人辦理研習業務。",
                    **common,  # type: ignore[arg-type]
                )
            )
    return forms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    forms = make_forms(args.count, args.seed)

    start = time.perf_counter()
    first = render_form(forms[0])
    print(
        f"first form (font registration included): {1000 * (time.perf_counter() - start):.0f} ms, "
        f"{len(first) / 1024:.0f} KiB"
    )

    start = time.perf_counter()
    size = sum(len(render_form(form)) for form in forms)
    render_s = time.perf_counter() - start
    print(
        f"render only:    {args.count} forms in {render_s:.2f} s = {args.count / render_s:.0f} forms/s "
        f"(mean {size / args.count / 1024:.0f} KiB per PDF)"
    )

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        result = render_fax_forms(forms, folder)
        write_s = time.perf_counter() - start
    print(
        f"render + write: {len(result.written)} files in {write_s:.2f} s = {len(result.written) / write_s:.0f} forms/s"
    )


if __name__ == "__main__":
    main()
