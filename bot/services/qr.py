"""QR codes of tracking links, as PNG images (pure Python: no imaging library needed)."""

from __future__ import annotations

import io

import qrcode
import qrcode.image.pure


def qr_png(url: str) -> bytes:
    """A PNG QR code of ``url``, large enough to scan from a phone screen or a print."""
    image = qrcode.make(
        url,
        image_factory=qrcode.image.pure.PyPNGImage,
        box_size=10,
        border=4,
        error_correction=qrcode.constants.ERROR_CORRECT_M,
    )
    buffer = io.BytesIO()
    image.save(buffer)
    return buffer.getvalue()
