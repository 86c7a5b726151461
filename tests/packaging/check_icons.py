#!/usr/bin/env python3
"""The committed icons (ctest: packaging_icons): every PNG size, the .ico and the .icns hold what
Windows and macOS need, and they still match the SVG sources: make-icons.py renders them again
into a temporary folder and the pictures must agree (a small tolerance for rasteriser versions).

  check_icons.py SOURCE_DIR
"""

import os
import subprocess
import sys
import tempfile

from checks import check, verdict


def mean_difference(a, b):
    _, _, rows_a = iconfile.decode_png_rgba(a)
    _, _, rows_b = iconfile.decode_png_rgba(b)
    total = count = 0
    for ra, rb in zip(rows_a, rows_b):
        total += sum(abs(x - y) for x, y in zip(ra, rb))
        count += len(ra)
    return total / count


def check_set(folder, label):
    png = {}
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = os.path.join(folder, "png", "authdoctor-%d.png" % size)
        if check(os.path.isfile(path), "%s png/authdoctor-%d.png" % (label, size)):
            png[size] = open(path, "rb").read()
            w, h, _ = iconfile.decode_png_rgba(png[size])
            check((w, h) == (size, size), "%s %d px PNG is %dx%d" % (label, size, w, h))

    entries = iconfile.read_ico(open(os.path.join(folder, "AuthDoctor.ico"), "rb").read())
    sizes = {w: kind for w, h, kind, _ in entries}
    for size in (16, 24, 32, 48, 256):
        check(size in sizes, "%s .ico has %d px" % (label, size))
    check(sizes.get(16) == "bmp" and sizes.get(32) == "bmp", "%s .ico small sizes are bitmaps" % label)
    check(sizes.get(256) == "png", "%s .ico 256 px is PNG" % label)

    elements = iconfile.read_icns(open(os.path.join(folder, "AuthDoctor.icns"), "rb").read())
    for kind, size in iconfile.ICNS_TYPES:
        data = elements.get(kind.decode())
        check(data is not None and iconfile.png_size(data) == (size, size),
              "%s .icns %s is a %d px PNG" % (label, kind.decode(), size))
    return png


def main():
    source_dir = sys.argv[1]
    icons = os.path.join(source_dir, "packaging", "icons")
    sys.path.insert(0, icons)
    global iconfile
    import iconfile

    committed = check_set(icons, "committed")
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(icons, "make-icons.py"), "--out", tmp])
        if r.returncode == 77:
            print("no rasteriser (rsvg-convert or ImageMagick): the comparison with the SVG is skipped")
        elif check(r.returncode == 0, "make-icons.py runs"):
            fresh = check_set(tmp, "rendered")
            for size in (16, 32, 256):
                if size in committed and size in fresh:
                    d = mean_difference(committed[size], fresh[size])
                    check(d < 3.0, "%d px PNG matches the SVG (mean difference %.2f of 255)" % (size, d))
    return verdict()


if __name__ == "__main__":
    sys.exit(main())
