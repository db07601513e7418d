"""Staff import: CSV (UTF-8, Windows-1252, `,` or `;`) and XLSX; every row checked first, then
everyone created or no one; bad files get a clear form error, never a 500."""

import csv
import html
import io
import random
import re
import zipfile

import openpyxl
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from institutions.models import Membership, Position, User
from institutions.staff_import import import_staff

HEADER = ["email", "username", "full_name", "position", "preferred_language", "institution_code"]
AWA = ["awa.diallo@example.org", "", "Awa Diallo", "educator", "fr", "ML-BKO-MCA"]
BOUBACAR = ["", "BT-0042", "Boubacar Touré", "Prison officer", "en", "ML-BKO-MCA"]
NOT_A_TABLE = "This file is not a CSV or XLSX file."


def csv_bytes(rows, *, header=HEADER, delimiter=",", encoding="utf-8") -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def xlsx_bytes(rows, *, header=HEADER) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(out, "PNG")
    return out.getvalue()


def pdf_bytes(*, preamble: int = 0) -> bytes:
    """A PDF: a text header (metadata, `preamble` bytes of it) and a compressed, binary stream."""
    stream = random.Random(3).randbytes(600).replace(b"\x00", b"\x01")
    metadata = b"<x:xmpmeta>" + b"<dc:title>Liste du personnel</dc:title>" * (preamble // 38)
    return (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
        + metadata
        + b"\n1 0 obj\n<< /Length 600 /Filter /FlateDecode >>\nstream\n"
        + stream
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def zip_bytes(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


@pytest.fixture
def upload(
    client, sign_in, manager, bamako, koulikoro, learner, django_capture_on_commit_callbacks
):
    """upload(data, name=...): the Bamako manager posts a file to the import page (in English);
    a good file's background job runs as the request commits, and the answer is its page."""
    sign_in(manager)

    def upload(data: bytes, name: str = "staff.csv", institution=bamako):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("staff_import", args=[institution.pk]),
                {"file": SimpleUploadedFile(name, data)},
            )
        return client.get(response.url) if response.status_code == 302 else response

    return upload


def row_errors(response) -> dict[int, str]:
    """The problems the import page lists, by line number."""
    rows = re.findall(
        r"<tr><th scope=\"row\">(\d+)</th><td>(.*?)</td></tr>", response.content.decode(), re.S
    )
    return {int(line): html.unescape(text) for line, text in rows}


def file_errors(response) -> list[str]:
    assert response.status_code == 200
    return response.context["form"].errors.get("file", [])


def people_count() -> tuple[int, int]:
    return User.objects.count(), Membership.objects.count()


# --- good files --------------------------------------------------------------------------------


def test_a_good_csv_creates_everyone_with_a_current_membership(upload, bamako, manager):
    response = upload(csv_bytes([AWA, BOUBACAR]))

    assert response.status_code == 200
    assert "institutions/jobs/staff_import.html" in [t.name for t in response.templates]
    awa = User.objects.get(email="awa.diallo@example.org")
    boubacar = User.objects.get(username="BT-0042")
    assert awa.full_name == "Awa Diallo"
    assert boubacar.full_name == "Boubacar Touré"
    assert boubacar.preferred_language == "en"
    assert awa.memberships.current().get().position == Position.EDUCATOR
    assert boubacar.memberships.current().get().institution == bamako
    assert boubacar.memberships.current().get().position == Position.PRISON_OFFICER
    assert not awa.has_usable_password() and not boubacar.has_usable_password()


def test_a_utf8_csv_with_a_byte_order_mark_is_read(upload):
    response = upload(csv_bytes([AWA, BOUBACAR], encoding="utf-8-sig"))

    assert response.status_code == 200
    assert row_errors(response) == {}
    assert User.objects.get(email="awa.diallo@example.org").full_name == "Awa Diallo"
    assert User.objects.get(username="BT-0042").full_name == "Boubacar Touré"


def test_a_good_xlsx_file_is_read(upload, bamako):
    data = xlsx_bytes([AWA, ["", 10042, "Mariam Koné", "psychologist", "fr", "ML-BKO-MCA"]])

    response = upload(data, name="personnel.xlsx")

    assert "institutions/jobs/staff_import.html" in [t.name for t in response.templates]
    mariam = User.objects.get(username="10042")
    assert mariam.full_name == "Mariam Koné"
    assert mariam.memberships.current().get().position == Position.PSYCHOLOGIST
    assert User.objects.filter(email="awa.diallo@example.org").exists()


def test_the_file_type_is_read_from_the_content_not_the_name(upload):
    upload(xlsx_bytes([AWA]), name="staff.csv")
    upload(csv_bytes([BOUBACAR]), name="staff.xlsx")

    assert User.objects.filter(email="awa.diallo@example.org").exists()
    assert User.objects.filter(username="BT-0042").exists()


def test_a_semicolon_separated_windows_1252_file_with_french_headers_is_read(upload, bamako):
    data = csv_bytes(
        [
            ["", "AK-001", "Aïssata Keïta", "Psychologue", "français", "ML-BKO-MCA"],
            [
                "mariam.kone@example.org",
                "",
                "Mariam Koné",
                "Agent pénitentiaire",
                "fr",
                "ml-bko-mca",
            ],
        ],
        header=["Courriel", "Matricule", "Nom complet", "Poste", "Langue", "Code établissement"],
        delimiter=";",
        encoding="cp1252",
    )
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # what French Excel writes, not UTF-8

    response = upload(data)

    assert row_errors(response) == {}
    aissata = User.objects.get(username="AK-001")
    assert aissata.full_name == "Aïssata Keïta"
    assert aissata.memberships.current().get().position == Position.PSYCHOLOGIST
    mariam = User.objects.get(email="mariam.kone@example.org")
    assert mariam.full_name == "Mariam Koné"
    assert mariam.memberships.current().get().position == Position.PRISON_OFFICER


@pytest.mark.parametrize(
    ("written", "position"),
    [
        ("psychologist", Position.PSYCHOLOGIST),
        ("Psychologist", Position.PSYCHOLOGIST),
        ("Psychologue", Position.PSYCHOLOGIST),
        ("PSYCHOLOGUE ", Position.PSYCHOLOGIST),
        ("social_worker", Position.SOCIAL_WORKER),
        ("Social worker", Position.SOCIAL_WORKER),
        ("Travailleur social", Position.SOCIAL_WORKER),
        ("Agent penitentiaire", Position.PRISON_OFFICER),
        ("Éducateur", Position.EDUCATOR),
        ("probation-officer", Position.PROBATION_OFFICER),
    ],
)
def test_positions_are_accepted_as_code_or_english_or_french_label(
    manager, bamako, written, position
):
    row = ["", "ST-1", "Awa Diallo", written, "fr", "ML-BKO-MCA"]

    check = import_staff(data=csv_bytes([row]), actor=manager, institution=bamako)

    assert check.errors == []
    assert check.rows[0].details.position == position


# --- bad rows ----------------------------------------------------------------------------------

BAD_ROWS = {
    "unknown institution": (
        ["a1@example.org", "", "Awa Diallo", "educator", "fr", "ML-XXX-000"],
        "“ML-XXX-000” is not the code of an institution you manage",
    ),
    "invalid email": (
        ["not-an-email", "", "Awa Diallo", "educator", "fr", "ML-BKO-MCA"],
        "invalid email address “not-an-email”",
    ),
    "email already taken": (
        ["Learner@Example.org", "", "Awa Diallo", "educator", "fr", "ML-BKO-MCA"],
        "Aminata Traoré already works at your institution",
    ),
    "username already taken": (
        ["", "LEARNER", "Awa Diallo", "educator", "fr", "ML-BKO-MCA"],
        "Aminata Traoré already works at your institution",
    ),
    "unknown position": (
        ["a2@example.org", "", "Awa Diallo", "astronaut", "fr", "ML-BKO-MCA"],
        "unknown position “astronaut”",
    ),
    "missing name": (
        ["a3@example.org", "", "  ", "educator", "fr", "ML-BKO-MCA"],
        "the full name is missing",
    ),
    "another institution's code": (
        ["a4@example.org", "", "Awa Diallo", "educator", "fr", "ML-KKR-PRI"],
        "“ML-KKR-PRI” is not the code of an institution you manage",
    ),
    "no email and no username": (
        ["", "", "Awa Diallo", "educator", "fr", "ML-BKO-MCA"],
        "an email address or a username is required",
    ),
}


@pytest.mark.parametrize("kind", BAD_ROWS)
def test_a_bad_row_creates_nobody_and_is_listed_with_its_line_number(upload, kind):
    bad_row, reason = BAD_ROWS[kind]
    before = people_count()

    response = upload(csv_bytes([BOUBACAR, bad_row]))

    assert response.status_code == 200
    assert row_errors(response) == {3: reason}
    assert people_count() == before
    assert mail.outbox == []


def test_every_bad_row_is_listed_at_once(upload):
    rows = [BOUBACAR] + [bad_row for bad_row, _ in BAD_ROWS.values()] + [AWA]
    before = people_count()

    response = upload(csv_bytes(rows))

    errors = row_errors(response)
    assert sorted(errors) == list(range(3, 3 + len(BAD_ROWS)))
    assert [errors[line] for line in sorted(errors)] == [reason for _, reason in BAD_ROWS.values()]
    assert people_count() == before


def test_a_person_twice_in_the_file_is_listed_on_the_second_line(upload):
    rows = [
        AWA,
        BOUBACAR,
        ["AWA.DIALLO@example.org", "", "Awa Diallo", "educator", "fr", "ML-BKO-MCA"],
        ["", "bt-0042", "Boubacar Touré", "educator", "fr", "ML-BKO-MCA"],
    ]
    before = people_count()

    response = upload(csv_bytes(rows))

    assert row_errors(response) == {
        4: "email “awa.diallo@example.org” is also on line 2",
        5: "username “bt-0042” is also on line 3",
    }
    assert people_count() == before


def test_a_row_with_several_problems_lists_them_all(upload):
    response = upload(csv_bytes([["nope", "", "", "astronaut", "fr", "ML-XXX-000"]]))

    assert row_errors(response) == {
        2: "invalid email address “nope”; the full name is missing; "
        "unknown position “astronaut”; “ML-XXX-000” is not the code of an institution you manage"
    }


# --- bad files ---------------------------------------------------------------------------------


def test_a_file_over_5_mb_gets_a_form_error(upload):
    row = b"a@example.org,,Awa Diallo,educator,fr,ML-BKO-MCA\r\n"
    data = csv_bytes([]) + row * (5 * 1024 * 1024 // len(row) + 1)
    before = people_count()

    response = upload(data)

    assert len(data) > 5 * 1024 * 1024
    assert file_errors(response) == ["The file is larger than 5 MB."]
    assert people_count() == before


def test_a_file_over_10000_rows_gets_a_form_error(upload):
    rows = [
        [f"p{n}@example.org", "", "Awa Diallo", "educator", "fr", "ML-BKO-MCA"]
        for n in range(10_001)
    ]
    before = people_count()

    response = upload(csv_bytes(rows))

    assert file_errors(response) == [
        "The file has more than 10,000 rows; split it into smaller files."
    ]
    assert people_count() == before


@override_settings(STAFF_IMPORT_MAX_ROWS=3)
def test_a_file_at_the_row_limit_is_imported(manager, bamako):
    rows = [
        [f"p{n}@example.org", "", "Awa Diallo", "educator", "fr", "ML-BKO-MCA"] for n in range(3)
    ]

    check = import_staff(data=csv_bytes(rows), actor=manager, institution=bamako)

    assert check.errors == [] and len(check.rows) == 3 and check.job is not None


NOT_TABLES = {
    "a PNG renamed .csv": (png_bytes, NOT_A_TABLE),
    "a PDF renamed .csv": (pdf_bytes, NOT_A_TABLE),
    "a PDF with a long text header": (lambda: pdf_bytes(preamble=8000), NOT_A_TABLE),
    "random bytes": (lambda: random.Random(7).randbytes(4096), NOT_A_TABLE),
    "UTF-16 text": (lambda: csv_bytes([AWA], encoding="utf-16"), NOT_A_TABLE),
    "a zip that is no spreadsheet": (lambda: zip_bytes({"notes.txt": b"hello"}), NOT_A_TABLE),
    "a damaged XLSX": (
        lambda: zip_bytes({"[Content_Types].xml": b"<nope", "xl/workbook.xml": b"\x00\x01"}),
        "This XLSX file cannot be read.",
    ),
}


@pytest.mark.parametrize("kind", NOT_TABLES)
def test_a_file_that_is_not_csv_or_xlsx_gets_a_form_error(upload, kind):
    make, message = NOT_TABLES[kind]
    before = people_count()

    response = upload(make())

    assert file_errors(response) == [message]
    assert people_count() == before


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The submitted file is empty."),
        (b"\r\n \r\n", "The file is empty."),
        (csv_bytes([]), "The file has a header but no rows."),
        (
            csv_bytes([["Awa"]], header=["name"]),
            "Missing columns: email / username, position. Expected: email, username, full_name "
            "(or first_name and last_name), position, preferred_language, institution_code.",
        ),
    ],
    ids=["empty", "blank lines", "header only", "wrong columns"],
)
def test_a_file_without_usable_rows_gets_a_form_error(upload, data, message):
    before = people_count()

    response = upload(data)

    assert file_errors(response) == [message]
    assert people_count() == before


# --- after an import ---------------------------------------------------------------------------


def test_after_an_import_people_with_email_get_an_invitation(upload, client):
    upload(csv_bytes([AWA, BOUBACAR]))

    assert [message.to for message in mail.outbox] == [["awa.diallo@example.org"]]
    link = re.search(r"https?://\S+(/invitations/\S+/)", mail.outbox[0].body).group(1)
    client.logout()
    assert "Awa Diallo" in client.get(link).content.decode()


def test_after_an_import_people_without_email_are_offered_setup_codes(upload, client, bamako):
    done = upload(csv_bytes([AWA, BOUBACAR])).content.decode()
    boubacar = User.objects.get(username="BT-0042")
    awa = User.objects.get(email="awa.diallo@example.org")

    page = client.get(reverse("setup_codes", args=[bamako.pk])).content.decode()

    assert f'name="people" value="{boubacar.pk}"' in done
    assert f'value="{boubacar.pk}"' in page
    assert "Boubacar Touré" in page
    assert "Awa Diallo" not in page
    assert f'value="{awa.pk}"' not in page
