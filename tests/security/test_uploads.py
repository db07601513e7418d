"""Uploaded images lose their metadata; SVG is refused."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

GPS_TAG = 0x8825
MAKE_TAG = 0x010F


def jpeg_with_gps() -> bytes:
    image = PILImage.new("RGB", (64, 48), (200, 120, 40))
    exif = PILImage.Exif()
    exif[MAKE_TAG] = "SpyCam 3000"
    exif[GPS_TAG] = {1: "N", 2: (12.0, 39.0, 0.0), 3: "W", 4: (8.0, 0.0, 0.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def test_the_fixture_really_has_gps_exif():
    with PILImage.open(io.BytesIO(jpeg_with_gps())) as image:
        exif = image.getexif()
        assert exif.get(MAKE_TAG) == "SpyCam 3000"
        assert GPS_TAG in exif


@pytest.fixture
def uploaded_image(client, platform_admin, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(platform_admin)
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Courtyard",
            "file": SimpleUploadedFile("courtyard.jpg", jpeg_with_gps(), "image/jpeg"),
            "collection": 1,
        },
    )
    assert response.status_code == 302, response.content[:2000]
    return get_image_model().objects.get(title="Courtyard")


def test_an_uploaded_jpeg_has_no_exif_once_stored(uploaded_image):
    with uploaded_image.file.open("rb") as handle, PILImage.open(handle) as image:
        exif = image.getexif()
        assert GPS_TAG not in exif
        assert MAKE_TAG not in exif
        assert image.size == (64, 48)


def test_renditions_have_no_exif_either(uploaded_image):
    rendition = uploaded_image.get_rendition("width-32")
    with rendition.file.open("rb") as handle, PILImage.open(handle) as image:
        assert GPS_TAG not in image.getexif()


def test_svg_is_refused(client, platform_admin, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(platform_admin)
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Icon",
            "file": SimpleUploadedFile("icon.svg", svg, "image/svg+xml"),
            "collection": 1,
        },
    )
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Icon").exists()


def test_a_png_renamed_jpg_is_refused(client, platform_admin, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(platform_admin)
    out = io.BytesIO()
    PILImage.new("RGB", (8, 8)).save(out, format="PNG")
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Fake",
            "file": SimpleUploadedFile("fake.jpg", out.getvalue(), "image/jpeg"),
            "collection": 1,
        },
    )
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Fake").exists()
