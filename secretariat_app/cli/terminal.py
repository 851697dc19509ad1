"""Text from records and files, made safe to print: an imported title may hold escape sequences that a
terminal would obey (clear the screen, retitle the window, fake a prompt). Control characters and
direction overrides are shown as escapes instead; line breaks and tabs stay."""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def plain(text: object) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}",
                        str(text))
