"""The harmless warnings QtMultimedia logs on a machine without sound server, sound card or GPU.

One list for the app's self-test and for the tests: each pattern is matched with
`re.search` against one Qt message, exactly as pytest-qt's `qt_log_ignore` does.
The film plays (silently, with CPU conversion) when these appear; anything else
QtMultimedia says is a real problem.
"""

from __future__ import annotations

import re

MULTIMEDIA_NOISE: tuple[str, ...] = (
    r"^Couldn't load pipewire-0\.3 library$",
    r"^Couldn't resolve pipewire-0\.3 symbols$",
    r"ensureRhi.*No RHI backend\. Using CPU conversion\.$",
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
)

_NOISE = tuple(re.compile(pattern) for pattern in MULTIMEDIA_NOISE)


def is_multimedia_noise(message: str) -> bool:
    """True when `message` is one of the harmless QtMultimedia warnings above."""
    return any(pattern.search(message) for pattern in _NOISE)
