"""The blocks of a module's body, shared by every page that teaches. Each block says what it
requires of a learner (see `completion_requirements`); the courses app checks those requirements.

No block loads anything from another host: videos are files of the media library and load only when
the learner presses play."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]

VIDEO_EXTENSIONS = (".mp4", ".webm")


@dataclass(frozen=True)
class Requirement:
    """Something a learner must do in a module before it counts as complete, as the block that
    asks for it states it.

    `kind` is the block's type, which names the rule ("reflection"; later quizzes, H5P
    activities, workshops); `key` is the block's id, the same in every translation of the module.
    `instruction` says what is left to do, and `anchor` is the id of the element of the module
    page where the learner does it (the "what is left" list links there)."""

    kind: str
    key: str
    instruction: str
    anchor: str


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "content/blocks/heading.html"
        label = _("Heading")
        description = _("A section title within the module.")
        preview_value = _("Why trust matters")


class ModuleRichTextBlock(blocks.RichTextBlock):
    """Rich text with the features every block of a module body allows."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)


class TextBlock(ModuleRichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "content/blocks/text.html"
        label = _("Text")
        description = _("Paragraphs, lists and links.")
        preview_value = _("<p>Trust between staff and detainees is the basis of any change.</p>")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "content/blocks/image.html"
        label = _("Image")
        description = _(
            "A picture with its alternative text. Never a photo of a person: images are public."
        )
        # The block picker shows a drawing: it cannot count on an image being in the library.
        preview_template = "content/blocks/previews/image.html"
        preview_value = {
            "alt_text": _("The courtyard of a prison seen from the watchtower"),
            "caption": _("Dynamic security starts with being present and visible."),
        }


class VideoBlock(blocks.StructBlock):
    video = DocumentChooserBlock(
        label=_("Video file"), help_text=_("An MP4 or WebM file from the documents library.")
    )
    poster = ImageChooserBlock(label=_("Poster image"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What is said and shown, for people who cannot watch or hear the video."),
    )

    class Meta:
        icon = "media"
        template = "content/blocks/video.html"
        label = _("Video")
        description = _(
            "A video stored on the platform; it loads only when the learner presses play."
        )
        preview_template = "content/blocks/previews/video.html"
        preview_value = {
            "transcript": _("<p>A prison officer explains how she greets new arrivals.</p>"),
        }

    def clean(self, value):
        value = super().clean(value)
        video = value.get("video")
        if video and not video.file.name.lower().endswith(VIDEO_EXTENSIONS):
            raise blocks.StructBlockValidationError(
                block_errors={"video": ValidationError(_("Choose an MP4 or WebM file."))}
            )
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        template = "content/blocks/document.html"
        label = _("Downloadable document")
        description = _("A file learners can download, such as a checklist or a handout.")
        preview_template = "content/blocks/previews/document.html"
        preview_value = {"description": _("Print it and keep it with the intake file.")}


class KeyPointBlock(ModuleRichTextBlock):
    class Meta:
        icon = "pick"
        template = "content/blocks/key_point.html"
        label = _("Key point")
        description = _("The idea to remember from this part of the module.")
        preview_value = _(
            "<p>Disengagement is about behaviour; de-radicalisation about beliefs.</p>"
        )


class WarningBlock(ModuleRichTextBlock):
    class Meta:
        icon = "warning"
        template = "content/blocks/warning.html"
        label = _("Warning")
        description = _("A caution: a common mistake, a safety point or a rights issue.")
        preview_value = _("<p>A religious practice is not, on its own, an indicator of risk.</p>")


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    scenario = blocks.RichTextBlock(label=_("Scenario"), features=RICH_TEXT_FEATURES)
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Question"), max_length=500),
        label=_("Discussion questions"),
        min_num=1,
    )

    class Meta:
        icon = "group"
        template = "content/blocks/case_study.html"
        label = _("Case study")
        description = _("A realistic, anonymised situation with questions to discuss.")
        preview_value = {
            "title": _("A new arrival who refuses to speak"),
            "scenario": _("<p>Moussa arrived three days ago and answers no one.</p>"),
            "questions": [
                _("What might explain his silence?"),
                _("Who should speak to him first?"),
            ],
        }


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Prompt"), max_length=1000)
    required = blocks.BooleanBlock(
        label=_("Required"),
        required=False,
        help_text=_("The learner must write a note before completing the module."),
    )

    class Meta:
        icon = "edit"
        template = "content/blocks/reflection.html"
        label = _("Reflection")
        description = _(
            "A question the learner answers in a private note kept with their progress."
        )
        preview_value = {
            "prompt": _("Think of a detainee you trust. What made that trust possible?"),
            "required": True,
        }

    def completion_requirements(self, value, block_id: str) -> list[Requirement]:
        if not value.get("required"):
            return []
        prompt = Truncator(value.get("prompt", "")).chars(80)
        return [
            Requirement(
                kind="reflection",
                key=block_id,
                instruction=gettext("write your note for “%(prompt)s”") % {"prompt": prompt},
                anchor=f"reflection-{block_id}",
            )
        ]


class ModuleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = TextBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    key_point = KeyPointBlock()
    warning = WarningBlock()
    case_study = CaseStudyBlock()
    reflection = ReflectionBlock()

    class Meta:
        block_counts = {}


def completion_requirements(body) -> list[Requirement]:
    """Everything a module's body asks of a learner: the sum of its blocks' requirements.

    A block states its own (a `completion_requirements(value, block_id)` method) and draws itself
    for the learner: the module page renders every block with `learning` set and the learner's
    state for it (`learner_state`, loaded by the block's kind) and `is_unmet`."""
    requirements: list[Requirement] = []
    for child in body:
        method = getattr(child.block, "completion_requirements", None)
        if method is not None:
            requirements.extend(method(child.value, child.id))
    return requirements
