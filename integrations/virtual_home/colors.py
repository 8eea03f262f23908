"""Colour names and colour-space conversions, with Home Assistant's formulas.

The virtual home must report the same numbers a real Home Assistant would (a plan preview
that shows ``hs_color: [0.0, 100.0]`` for "red" has to match what the verifier later reads
from a live server), so these functions follow ``homeassistant.util.color`` step by step,
including its rounding and its integer truncation. They are small and pure; the light
service module decides *when* to convert.
"""

from __future__ import annotations

import colorsys
import math

RGB = tuple[int, int, int]

#: CSS3 colour keywords (https://www.w3.org/TR/css-color-3/#svg-color), the table Home
#: Assistant accepts for ``color_name``, plus its own "homeassistant" blue. Keys have no
#: spaces: a name is looked up with its spaces removed ("dark sea green" -> darkseagreen).
COLORS: dict[str, RGB] = {
    "aliceblue": (240, 248, 255),
    "antiquewhite": (250, 235, 215),
    "aqua": (0, 255, 255),
    "aquamarine": (127, 255, 212),
    "azure": (240, 255, 255),
    "beige": (245, 245, 220),
    "bisque": (255, 228, 196),
    "black": (0, 0, 0),
    "blanchedalmond": (255, 235, 205),
    "blue": (0, 0, 255),
    "blueviolet": (138, 43, 226),
    "brown": (165, 42, 42),
    "burlywood": (222, 184, 135),
    "cadetblue": (95, 158, 160),
    "chartreuse": (127, 255, 0),
    "chocolate": (210, 105, 30),
    "coral": (255, 127, 80),
    "cornflowerblue": (100, 149, 237),
    "cornsilk": (255, 248, 220),
    "crimson": (220, 20, 60),
    "cyan": (0, 255, 255),
    "darkblue": (0, 0, 139),
    "darkcyan": (0, 139, 139),
    "darkgoldenrod": (184, 134, 11),
    "darkgray": (169, 169, 169),
    "darkgreen": (0, 100, 0),
    "darkgrey": (169, 169, 169),
    "darkkhaki": (189, 183, 107),
    "darkmagenta": (139, 0, 139),
    "darkolivegreen": (85, 107, 47),
    "darkorange": (255, 140, 0),
    "darkorchid": (153, 50, 204),
    "darkred": (139, 0, 0),
    "darksalmon": (233, 150, 122),
    "darkseagreen": (143, 188, 143),
    "darkslateblue": (72, 61, 139),
    "darkslategray": (47, 79, 79),
    "darkslategrey": (47, 79, 79),
    "darkturquoise": (0, 206, 209),
    "darkviolet": (148, 0, 211),
    "deeppink": (255, 20, 147),
    "deepskyblue": (0, 191, 255),
    "dimgray": (105, 105, 105),
    "dimgrey": (105, 105, 105),
    "dodgerblue": (30, 144, 255),
    "firebrick": (178, 34, 34),
    "floralwhite": (255, 250, 240),
    "forestgreen": (34, 139, 34),
    "fuchsia": (255, 0, 255),
    "gainsboro": (220, 220, 220),
    "ghostwhite": (248, 248, 255),
    "gold": (255, 215, 0),
    "goldenrod": (218, 165, 32),
    "gray": (128, 128, 128),
    "green": (0, 128, 0),
    "greenyellow": (173, 255, 47),
    "grey": (128, 128, 128),
    "honeydew": (240, 255, 240),
    "hotpink": (255, 105, 180),
    "indianred": (205, 92, 92),
    "indigo": (75, 0, 130),
    "ivory": (255, 255, 240),
    "khaki": (240, 230, 140),
    "lavender": (230, 230, 250),
    "lavenderblush": (255, 240, 245),
    "lawngreen": (124, 252, 0),
    "lemonchiffon": (255, 250, 205),
    "lightblue": (173, 216, 230),
    "lightcoral": (240, 128, 128),
    "lightcyan": (224, 255, 255),
    "lightgoldenrodyellow": (250, 250, 210),
    "lightgray": (211, 211, 211),
    "lightgreen": (144, 238, 144),
    "lightgrey": (211, 211, 211),
    "lightpink": (255, 182, 193),
    "lightsalmon": (255, 160, 122),
    "lightseagreen": (32, 178, 170),
    "lightskyblue": (135, 206, 250),
    "lightslategray": (119, 136, 153),
    "lightslategrey": (119, 136, 153),
    "lightsteelblue": (176, 196, 222),
    "lightyellow": (255, 255, 224),
    "lime": (0, 255, 0),
    "limegreen": (50, 205, 50),
    "linen": (250, 240, 230),
    "magenta": (255, 0, 255),
    "maroon": (128, 0, 0),
    "mediumaquamarine": (102, 205, 170),
    "mediumblue": (0, 0, 205),
    "mediumorchid": (186, 85, 211),
    "mediumpurple": (147, 112, 219),
    "mediumseagreen": (60, 179, 113),
    "mediumslateblue": (123, 104, 238),
    "mediumspringgreen": (0, 250, 154),
    "mediumturquoise": (72, 209, 204),
    "mediumvioletred": (199, 21, 133),
    "midnightblue": (25, 25, 112),
    "mintcream": (245, 255, 250),
    "mistyrose": (255, 228, 225),
    "moccasin": (255, 228, 181),
    "navajowhite": (255, 222, 173),
    "navy": (0, 0, 128),
    "navyblue": (0, 0, 128),
    "oldlace": (253, 245, 230),
    "olive": (128, 128, 0),
    "olivedrab": (107, 142, 35),
    "orange": (255, 165, 0),
    "orangered": (255, 69, 0),
    "orchid": (218, 112, 214),
    "palegoldenrod": (238, 232, 170),
    "palegreen": (152, 251, 152),
    "paleturquoise": (175, 238, 238),
    "palevioletred": (219, 112, 147),
    "papayawhip": (255, 239, 213),
    "peachpuff": (255, 218, 185),
    "peru": (205, 133, 63),
    "pink": (255, 192, 203),
    "plum": (221, 160, 221),
    "powderblue": (176, 224, 230),
    "purple": (128, 0, 128),
    "red": (255, 0, 0),
    "rosybrown": (188, 143, 143),
    "royalblue": (65, 105, 225),
    "saddlebrown": (139, 69, 19),
    "salmon": (250, 128, 114),
    "sandybrown": (244, 164, 96),
    "seagreen": (46, 139, 87),
    "seashell": (255, 245, 238),
    "sienna": (160, 82, 45),
    "silver": (192, 192, 192),
    "skyblue": (135, 206, 235),
    "slateblue": (106, 90, 205),
    "slategray": (112, 128, 144),
    "slategrey": (112, 128, 144),
    "snow": (255, 250, 250),
    "springgreen": (0, 255, 127),
    "steelblue": (70, 130, 180),
    "tan": (210, 180, 140),
    "teal": (0, 128, 128),
    "thistle": (216, 191, 216),
    "tomato": (255, 99, 71),
    "turquoise": (64, 224, 208),
    "violet": (238, 130, 238),
    "wheat": (245, 222, 179),
    "white": (255, 255, 255),
    "whitesmoke": (245, 245, 245),
    "yellow": (255, 255, 0),
    "yellowgreen": (154, 205, 50),
    "homeassistant": (24, 188, 242),
}


def color_name_to_rgb(name: str) -> RGB | None:
    """The RGB colour of a CSS colour name (case and spaces ignored), or None if unknown."""
    return COLORS.get(name.replace(" ", "").lower())


def rgb_to_hs(r: float, g: float, b: float) -> tuple[float, float]:
    """Hue (0-360) and saturation (0-100), rounded to 3 places like Home Assistant."""
    h, s, _ = colorsys.rgb_to_hsv(r / 255.0, g / 255.0, b / 255.0)
    return round(h * 360, 3), round(s * 100, 3)


def hs_to_rgb(h: float, s: float) -> RGB:
    """Full-brightness RGB of a hue/saturation pair (components truncated, as in HA)."""
    r, g, b = colorsys.hsv_to_rgb(h / 360, s / 100, 1.0)
    return int(r * 255), int(g * 255), int(b * 255)


def rgb_to_xy(r: int, g: int, b: int) -> tuple[float, float]:
    """CIE 1931 xy of an RGB colour (Wide RGB D65, gamma corrected), rounded to 3 places."""
    if r + g + b == 0:
        return 0.0, 0.0

    def linear(c: float) -> float:
        c /= 255
        return pow((c + 0.055) / 1.055, 2.4) if c > 0.04045 else c / 12.92

    lr, lg, lb = linear(r), linear(g), linear(b)
    x = lr * 0.664511 + lg * 0.154324 + lb * 0.162028
    y = lr * 0.283881 + lg * 0.668433 + lb * 0.047685
    z = lr * 0.000088 + lg * 0.072310 + lb * 0.986039
    return round(x / (x + y + z), 3), round(y / (x + y + z), 3)


def xy_to_rgb(vx: float, vy: float) -> RGB:
    """Full-brightness RGB of an xy colour (Home Assistant's inverse of :func:`rgb_to_xy`)."""
    if vy == 0.0:
        vy += 0.00000000001
    y_ = 1.0
    x_ = (y_ / vy) * vx
    z_ = (y_ / vy) * (1 - vx - vy)
    r = x_ * 1.656492 - y_ * 0.354851 - z_ * 0.255038
    g = -x_ * 0.707196 + y_ * 1.655397 + z_ * 0.036152
    b = x_ * 0.051713 - y_ * 0.121364 + z_ * 1.011530

    def gamma(c: float) -> float:
        return 12.92 * c if c <= 0.0031308 else (1.0 + 0.055) * pow(c, 1.0 / 2.4) - 0.055

    r, g, b = (max(0.0, gamma(c)) for c in (r, g, b))
    top = max(r, g, b)
    if top > 1:
        r, g, b = r / top, g / top, b / top
    return int(r * 255), int(g * 255), int(b * 255)


def hs_to_xy(h: float, s: float) -> tuple[float, float]:
    return rgb_to_xy(*hs_to_rgb(h, s))


def xy_to_hs(x: float, y: float) -> tuple[float, float]:
    return rgb_to_hs(*xy_to_rgb(x, y))


def kelvin_to_mired(kelvin: float) -> int:
    return math.floor(1_000_000 / kelvin)


def mired_to_kelvin(mired: float) -> int:
    return math.floor(1_000_000 / mired)


def kelvin_to_rgb(kelvin: float) -> tuple[float, float, float]:
    """Tanner Helland's approximation of a black body's colour, as Home Assistant uses it."""
    t = min(max(kelvin, 1000), 40000) / 100.0

    def clamp(c: float) -> float:
        return min(max(c, 0.0), 255.0)

    red = 255.0 if t <= 66 else clamp(329.698727446 * math.pow(t - 60, -0.1332047592))
    if t <= 66:
        green = clamp(99.4708025861 * math.log(t) - 161.1195681661)
    else:
        green = clamp(288.1221695283 * math.pow(t - 60, -0.0755148492))
    if t >= 66:
        blue = 255.0
    elif t <= 19:
        blue = 0.0
    else:
        blue = clamp(138.5177312231 * math.log(t - 10) - 305.0447927307)
    return red, green, blue


def kelvin_to_hs(kelvin: float) -> tuple[float, float]:
    return rgb_to_hs(*kelvin_to_rgb(kelvin))


def xy_to_kelvin(x: float, y: float) -> int:
    """McCamy's approximation of the colour temperature nearest to an xy colour."""
    n = (x - 0.3320) / (0.1858 - y)
    return int(437 * n**3 + 3601 * n**2 + 6861 * n + 5517)


def _match_max_scale(inputs: tuple[float, ...], outputs: tuple[float, ...]) -> tuple[int, ...]:
    top = max(outputs)
    factor = 0.0 if top == 0 else max(inputs) / top
    return tuple(round(c * factor) for c in outputs)


def rgb_to_rgbw(r: int, g: int, b: int) -> tuple[int, ...]:
    w = min(r, g, b)
    return _match_max_scale((r, g, b), (r - w, g - w, b - w, w))


def rgbw_to_rgb(r: int, g: int, b: int, w: int) -> RGB:
    out = _match_max_scale((r, g, b, w), (r + w, g + w, b + w))
    return out[0], out[1], out[2]


def _midpoint_white(min_kelvin: int, max_kelvin: int, ratio: float) -> tuple[float, ...]:
    max_mireds = kelvin_to_mired(min_kelvin)
    min_mireds = kelvin_to_mired(max_kelvin)
    mired = min_mireds + ratio * (max_mireds - min_mireds)
    return kelvin_to_rgb(mired_to_kelvin(mired) if mired else 0)


def rgb_to_rgbww(r: int, g: int, b: int, min_kelvin: int, max_kelvin: int) -> tuple[int, ...]:
    wr, wg, wb = _midpoint_white(min_kelvin, max_kelvin, 0.5)
    level = min(r / wr if wr else 0, g / wg if wg else 0, b / wb if wb else 0)
    rest = (r - wr * level, g - wg * level, b - wb * level)
    return _match_max_scale((r, g, b), (*rest, round(level * 255), round(level * 255)))


def rgbww_to_rgb(r: int, g: int, b: int, cw: int, ww: int, min_kelvin: int, max_kelvin: int) -> RGB:
    ratio = ww / (cw + ww) if cw + ww else 0.5
    wr, wg, wb = _midpoint_white(min_kelvin, max_kelvin, ratio)
    level = max(cw, ww) / 255
    out = _match_max_scale((r, g, b, cw, ww), (r + wr * level, g + wg * level, b + wb * level))
    return out[0], out[1], out[2]


def kelvin_to_rgbww(
    kelvin: int, brightness: int, min_kelvin: int, max_kelvin: int
) -> tuple[int, ...]:
    """A colour temperature as cold/warm white levels of an RGBWW light."""
    max_mireds = kelvin_to_mired(min_kelvin)
    min_mireds = kelvin_to_mired(max_kelvin)
    mired_range = max_mireds - min_mireds
    cold = ((max_mireds - kelvin_to_mired(kelvin)) / mired_range) * brightness if mired_range else 0
    return 0, 0, 0, round(cold), round(brightness - cold)
