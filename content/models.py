"""What authors write that pages share: images (here), and later the good-practices library,
H5P packages and the blocks of module bodies."""

from __future__ import annotations

import hashlib

from django.core.files.base import ContentFile
from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage

from .images import strip_metadata


class LibraryImage(AbstractImage):
    """An image in the media library. Stored without metadata (see content.images); never a
    photo of a person, because image files are served publicly."""

    admin_form_fields = WagtailImage.admin_form_fields

    def save(self, *args, **kwargs):
        if self.file and not getattr(self.file, "_committed", True):
            self._strip_file_metadata()
        super().save(*args, **kwargs)

    def _strip_file_metadata(self) -> None:
        self.file.seek(0)
        original = self.file.read()
        cleaned = strip_metadata(original)
        if cleaned is not original:
            name = self.file.name
            self.file = ContentFile(cleaned, name=name)
            self.file_size = len(cleaned)
            self.file_hash = hashlib.sha1(cleaned).hexdigest()  # noqa: S324 - Wagtail's duplicate check


class LibraryRendition(AbstractRendition):
    image = models.ForeignKey(LibraryImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
