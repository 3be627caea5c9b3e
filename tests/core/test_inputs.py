"""Typed input: what each kind accepts, normalises and refuses (with which message)."""

from __future__ import annotations

import sys

import pytest

from bot.core.inputs import (
    Country,
    Email,
    Handle,
    InputError,
    Integer,
    Text,
    Url,
    spec_from_dict,
    web_host,
)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("12500", 12_500),
        ("12 500", 12_500),
        ("12\u00a0500", 12_500),
        ("12,500", 12_500),
        ("12.500", 12_500),
        ("1 200 000", 1_200_000),
        ("12.5k", 12_500),
        ("12,5K", 12_500),
        ("1.2M", 1_200_000),
        ("3 тыс", 3_000),
        ("1,5 млн", 1_500_000),
        ("15 tys.", 15_000),
    ],
)
def test_integer_accepts_how_people_write_numbers(typed: str, value: int) -> None:
    assert Integer(min=1, max=10**9).parse(typed, "en") == value


@pytest.mark.parametrize(
    ("typed", "message_id"),
    [
        ("many", "input-number-invalid"),
        ("12.5", "input-number-invalid"),
        ("-5", "input-number-invalid"),
        ("²", "input-number-invalid"),
        ("١٢٣", "input-number-invalid"),
        ("9" * 5000, "input-number-invalid"),
        ("1.2345674m", "input-number-invalid"),
        ("1.2345k", "input-number-invalid"),
        ("0", "input-number-too-small"),
        ("3000000000", "input-number-too-large"),
    ],
)
def test_integer_refuses(typed: str, message_id: str) -> None:
    with pytest.raises(InputError) as caught:
        Integer(min=1, max=2_000_000_000).parse(typed, "en")
    assert caught.value.message_id == message_id


# Grouped numbers and shorthands as each language writes them, read with that locale's symbols
# (CLDR through Babel); the last rows of a language are where its reading decides.
@pytest.mark.parametrize(
    ("locale", "typed", "value"),
    [
        ("en", "12,500", 12_500),
        ("en", "1,200,000", 1_200_000),
        ("en", "12.5k", 12_500),
        ("en", "1,500.5k", 1_500_500),
        ("en", "1.500k", 1_500),  # the point is English's decimal point
        ("en", "1,500k", 1_500_000),  # and the comma its grouping
        ("ru", "12 500", 12_500),
        ("ru", "12\u00a0500", 12_500),
        ("ru", "1 200 000", 1_200_000),
        ("ru", "12,5 тыс", 12_500),
        ("ru", "1,2 млн", 1_200_000),
        ("ru", "1,500k", 1_500),
        ("fr", "12\u202f500", 12_500),
        ("fr", "1 200 000", 1_200_000),
        ("fr", "12,5\u00a0k", 12_500),
        ("fr", "1,5k", 1_500),
        ("fr", "1,500k", 1_500),
        ("es", "12.500", 12_500),
        ("es", "1.200.000", 1_200_000),
        ("es", "12,5k", 12_500),
        ("es", "1.500", 1_500),
        ("es", "1.500k", 1_500_000),
        ("pl", "12 500", 12_500),
        ("pl", "1\u00a0200\u00a0000", 1_200_000),
        ("pl", "12,5 tys.", 12_500),
        ("pl", "1,5 mln", 1_500_000),
        ("pl", "1,500k", 1_500),
        # Written the way another country writes it: one whole number only, so it is that one.
        ("en", "12.500", 12_500),
        ("en", "12 500", 12_500),
        ("en", "1,5 млн", 1_500_000),
        ("ru", "12,500", 12_500),
        ("ru", "1.000", 1_000),
        ("fr", "12.5k", 12_500),
        ("es", "12,500", 12_500),
        ("pl", "12'500", 12_500),
    ],
)
def test_integer_reads_the_users_locale(locale: str, typed: str, value: int) -> None:
    assert Integer(min=1, max=10**9).parse(typed, locale) == value


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        # 1.5 thousand or 1500 thousand? Neither language uses a point: no guess.
        ("ru", "1.500k"),
        ("fr", "1.500k"),
        ("pl", "1.500k"),
        # Not a whole number, or grouping that is no grouping.
        ("en", "1,5"),
        ("en", "12,50"),
        ("en", "1,2345k"),
        ("ru", "12,5"),
        ("ru", "12 500,5"),
        ("ru", "1 5"),
        ("fr", "1 50"),
        ("fr", "12.0"),
        ("es", "1.5"),
        ("es", "1.50"),
        ("es", "1.2345k"),
        ("pl", "1,25"),
        ("pl", "1 2 3"),
        ("pl", "1e3"),
        ("en", "1_000"),
        ("en", "12.500.5"),
    ],
)
def test_integer_refuses_ambiguous_and_malformed(locale: str, typed: str) -> None:
    with pytest.raises(InputError) as caught:
        Integer(min=1, max=10**9).parse(typed, locale)
    assert caught.value.message_id == "input-number-invalid"


def test_text_cleans_and_bounds() -> None:
    spec = Text(min=2, max=5)
    assert spec.parse("  a \n\t b\x00 ", "en") == "a b"
    family = "👩\u200d👩\u200d👧"
    assert Text(min=1, max=20).parse(f"Ann {family}\u202e", "en") == f"Ann {family}"
    for typed, message_id in [("", "input-text-empty"), ("a", "input-text-too-short")]:
        with pytest.raises(InputError) as caught:
            spec.parse(typed, "en")
        assert caught.value.message_id == message_id
    with pytest.raises(InputError) as caught:
        spec.parse("abcdef", "en")
    assert caught.value.args_ == {"max": 5}


@pytest.mark.parametrize(
    ("platform", "typed", "handle", "url"),
    [
        ("instagram", "@anna.k", "@anna.k", "https://www.instagram.com/anna.k/"),
        ("instagram", "https://instagram.com/anna.k/?hl=en", "@anna.k", None),
        (
            "tiktok",
            "tiktok.com/@cooking_ann",
            "@cooking_ann",
            "https://www.tiktok.com/@cooking_ann",
        ),
        ("instagram", "Anna.K", "@anna.k", "https://www.instagram.com/anna.k/"),
        (
            "youtube",
            "https://m.youtube.com/@AnnCooks",
            "@anncooks",
            "https://www.youtube.com/@anncooks",
        ),
        ("youtube", "youtube.com/c/AnnCooks", "AnnCooks", "https://www.youtube.com/c/AnnCooks"),
        (
            "youtube",
            "https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv",
            "UCabcdefghijklmnopqrstuv",
            "https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv",
        ),
        ("telegram", "https://t.me/s/Ann_Channel", "@ann_channel", "https://t.me/ann_channel"),
        ("vk", "https://vk.com/ann_style", "ann_style", "https://vk.com/ann_style"),
        ("telegram", "t.me/ann_channel", "@ann_channel", "https://t.me/ann_channel"),
        ("telegram", "@ann_channel", "@ann_channel", None),
        ("twitch", "twitch.tv/annplays", "annplays", "https://www.twitch.tv/annplays"),
        ("other", "ann.example.com/about", "https://ann.example.com/about", None),
    ],
)
def test_handle_normalises_profiles(
    platform: str, typed: str, handle: str, url: str | None
) -> None:
    value = Handle(platform=platform).parse(typed, "en")
    assert value["handle"] == handle
    if url:
        assert value["url"] == url


@pytest.mark.parametrize(
    ("platform", "typed"),
    [
        ("instagram", "anna k"),
        ("instagram", "instagram.com/"),
        ("tiktok", "@a"),
        ("telegram", "@abc"),
        ("telegram", "https://evil.example.com/channel"),
        ("twitch", "ann"),
        ("other", "not a url"),
        ("instagram", "instagram.com/p/Cx1abc"),
        ("instagram", "https://www.instagram.com/reel/Cx1abc/"),
        ("instagram", "@anna..k"),
        ("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("youtube", "youtube.com/AnnCooks"),
        ("telegram", "https://t.me/joinchat/AAAAAE"),
        ("twitch", "twitch.tv/videos/123456"),
        ("instagram", "https://evil.example.com/anna"),
    ],
)
def test_handle_refuses(platform: str, typed: str) -> None:
    with pytest.raises(InputError) as caught:
        Handle(platform=platform).parse(typed, "en")
    assert caught.value.message_id in ("input-handle-invalid", "input-url-invalid")


@pytest.mark.parametrize(
    ("typed", "locale", "code"),
    [
        ("de", "en", "DE"),
        ("Portugal", "en", "PT"),
        ("германия", "ru", "DE"),
        ("Allemagne", "fr", "DE"),
        ("alemania", "es", "DE"),
        ("Niemcy", "pl", "DE"),
        ("Germany", "pl", "DE"),
        ("UK", "en", "GB"),
        ("U.S.A.", "fr", "US"),
    ],
)
def test_country_by_code_or_name_in_the_users_language(typed: str, locale: str, code: str) -> None:
    assert Country().parse(typed, locale) == code


def test_url_and_email() -> None:
    assert Url(domains=("aliexpress.com",)).parse("https://www.aliexpress.com/item/1.html", "en")
    with pytest.raises(InputError) as caught:
        Url(domains=("aliexpress.com",)).parse("https://aliexpress.com.evil.io/x", "en")
    assert caught.value.message_id == "input-url-domain"
    bad_urls = [
        "https://a.com\n<b>x",
        "https://user:pw@a.com/",
        "https://a.com:99999/",
        "a\t.com/x",
    ]
    for bad in bad_urls:
        with pytest.raises(InputError):
            Url().parse(bad, "en")
    assert Email().parse(" ann@example.com ", "en") == "ann@example.com"
    with pytest.raises(InputError):
        Email().parse("ann@", "en")


def test_specs_survive_the_session_round_trip() -> None:
    for spec in [Text(min=2, max=9), Integer(min=1, max=5), Handle(platform="vk"), Country()]:
        assert spec_from_dict(spec.to_dict()) == spec
    url = Url(domains=("a.com", "b.com"))
    assert spec_from_dict(url.to_dict()) == url


def test_web_host_refuses_exactly_blank_and_control_characters() -> None:
    """The pattern that finds characters a URL may not hide is, for every code point of the
    Basic Multilingual Plane (where all whitespace and control characters are), the
    definition: str.isspace(), below 32, or DEL (and a backslash, checked apart)."""
    assert not any(chr(p).isspace() for p in range(0x10000, sys.maxunicode + 1))
    for point in range(0x10000):
        char = chr(point)
        refused = char.isspace() or point < 32 or point == 127 or char == "\\"
        expected = None if refused else "shop.example"
        assert web_host(f"https://shop.example/a{char}b") == expected, hex(point)
