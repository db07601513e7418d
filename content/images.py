"""Image metadata removal: photos can carry the GPS position and the camera of whoever took them,
and Wagtail serves image files publicly, so metadata is removed before an image is stored."""

from __future__ import annotations

import io

from PIL import Image as PILImage
from PIL import ImageOps

# Formats Pillow re-encodes without metadata; GIF carries no EXIF and is stored as uploaded.
REENCODE = {
    "JPEG": {"quality": 92, "optimize": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 90},
}


def strip_metadata(data: bytes) -> bytes:
    """The same picture without EXIF, XMP or text chunks, its orientation applied to the pixels.

    Returns the input unchanged for formats that carry no such metadata."""
    with PILImage.open(io.BytesIO(data)) as image:
        image_format = image.format
        if image_format not in REENCODE:
            return data
        image = ImageOps.exif_transpose(image)
        if image_format == "JPEG" and image.mode not in ("RGB", "L", "CMYK"):
            image = image.convert("RGB")
        clean = PILImage.new(image.mode, image.size)
        clean.paste(image)
        if "transparency" in image.info and image_format == "PNG":
            clean.info["transparency"] = image.info["transparency"]
        palette = image.getpalette() if image.mode == "P" else None
        if palette:
            clean.putpalette(palette)
        out = io.BytesIO()
        options = dict(REENCODE[image_format])
        if image_format == "PNG" and "transparency" in clean.info:
            options["transparency"] = clean.info["transparency"]
        clean.save(out, format=image_format, **options)
        return out.getvalue()
