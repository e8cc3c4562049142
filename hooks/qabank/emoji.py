"""Emoji shortcodes without the network: ``:rocket:`` as the character, not an image from a CDN.

``pymdownx.emoji`` with Material's generator makes ``:rocket:`` an ``<img>``
loaded from a CDN when the page is read (and when WeasyPrint lays out a PDF).
:func:`local_emoji` wraps any such generator so those images become the
Unicode character itself in a ``<span class="emoji">``, drawn by an emoji
font (Debian's ``fonts-noto-color-emoji`` in the PDFs, the reader's system
font in the offline copy). Icons the generator inlines (``:material-…:``,
SVG in the page) are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

EMOJI_EXTENSION = "pymdownx.emoji"
Generator = Callable[..., Element]


class LocalEmoji:
    """A ``pymdownx.emoji`` generator that makes the images of another one characters.

    A class rather than a closure so that it pickles: the PDF workers receive the Markdown
    configuration in another process."""

    qa_local = True

    def __init__(self, generator: Generator) -> None:
        self.generator = generator

    def __call__(self, index, shortname, alias, uc, alt, title, category, options, md) -> Element:  # noqa: ANN001
        element = self.generator(index, shortname, alias, uc, alt, title, category, options, md)
        if element.tag == "img" and urlsplit(element.get("src", "")).scheme.lower() in ("http", "https", ""):
            span = Element("span", {"class": "emoji", "title": element.get("title") or shortname})
            span.text = alt
            return span
        return element


def local_emoji(generator: Generator) -> Generator:
    """``generator`` (a ``pymdownx.emoji`` ``emoji_generator``), with images from the network made characters."""
    if getattr(generator, "qa_local", False):
        return generator
    return LocalEmoji(generator)


def with_local_emoji(extension_configs: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of Python-Markdown extension configs whose emoji generator fetches nothing."""
    configs = dict(extension_configs)
    emoji = dict(configs.get(EMOJI_EXTENSION) or {})
    if EMOJI_EXTENSION in configs:
        from pymdownx.emoji import to_png  # the extension's default generator

        emoji["emoji_generator"] = local_emoji(emoji.get("emoji_generator") or to_png)
        configs[EMOJI_EXTENSION] = emoji
    return configs
