"""Prints the pixel colours of a PNG as JSON: {"width", "height", "distinct", "counts": {"rrggbb": n}}
for the colours asked on the command line (hex, no '#'). Uses Pillow when it is installed, else a
minimal decoder (8-bit RGB/RGBA, non-interlaced, which is what Chromium writes) on zlib."""
import json
import struct
import sys
import zlib


def pixels_with_pillow(path):
    from PIL import Image
    im = Image.open(path).convert("RGB")
    return im.width, im.height, im.tobytes()


def pixels_minimal(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, "unsupported PNG layout"
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    prev = bytearray(stride)
    rgb = bytearray()
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif f == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif f == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif f == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        prev = line
        if bpp == 3:
            rgb += line
        else:
            for i in range(0, stride, 4):
                rgb += line[i:i + 3]
    return width, height, bytes(rgb)


def main():
    path, wanted = sys.argv[1], [c.lower() for c in sys.argv[2:]]
    try:
        width, height, rgb = pixels_with_pillow(path)
    except ImportError:
        width, height, rgb = pixels_minimal(path)
    counts = {}
    for i in range(0, len(rgb), 3):
        key = rgb[i:i + 3]
        counts[key] = counts.get(key, 0) + 1
    print(json.dumps({
        "width": width, "height": height, "distinct": len(counts),
        "counts": {c: counts.get(bytes.fromhex(c), 0) for c in wanted},
    }))


main()
