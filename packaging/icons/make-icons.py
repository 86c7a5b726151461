#!/usr/bin/env python3
"""Render AuthDoctor's icon from its SVG sources into every file the packages need:

  png/authdoctor-<N>.png   N = 16 … 512: the hicolor theme (Linux), the window icon (resources)
  AuthDoctor.ico           Windows: the executable's icon (app/authdoctor.rc), the MSI's, .authdiag's
  AuthDoctor.icns          macOS: the bundle's icon and the .authdiag document icon

The outputs are committed, so Windows and macOS builds need none of the tools. Run this after
changing authdoctor.svg or authdoctor-small.svg, look at the PNGs, and commit them:

  packaging/icons/make-icons.py [--out DIR]

Needs Python 3 (standard library) and a rasteriser: rsvg-convert (Debian: librsvg2-bin) or
ImageMagick (magick, or convert).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import iconfile  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 256]
ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024]
SMALL_MAX = 16  # sizes drawn from the pixel-aligned authdoctor-small.svg


def source_for(size):
    return os.path.join(HERE, "authdoctor-small.svg" if size <= SMALL_MAX else "authdoctor.svg")


def rasteriser():
    if shutil.which("rsvg-convert"):
        return lambda svg, size, out: ["rsvg-convert", "-w", str(size), "-h", str(size), "-o", out, svg]
    for tool in ("magick", "convert"):
        if shutil.which(tool):
            return lambda svg, size, out, tool=tool: [tool, "-background", "none", "-density", "384", svg,
                                                       "-resize", "%dx%d" % (size, size), "PNG32:" + out]
    return None


def render(svg, size, out, command):
    subprocess.run(command(svg, size, out), check=True)
    with open(out, "rb") as f:
        data = f.read()
    if iconfile.png_size(data) != (size, size):
        raise SystemExit("%s: rendered %s, expected %dx%d" % (out, iconfile.png_size(data), size, size))
    return data


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = parser.parse_args()
    command = rasteriser()
    if command is None:
        sys.stderr.write("make-icons.py: needs rsvg-convert (librsvg2-bin) or ImageMagick\n")
        return 77
    os.makedirs(os.path.join(args.out, "png"), exist_ok=True)
    pngs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES)):
            pngs[size] = render(source_for(size), size, os.path.join(tmp, "%d.png" % size), command)
    for size in PNG_SIZES:
        with open(os.path.join(args.out, "png", "authdoctor-%d.png" % size), "wb") as f:
            f.write(pngs[size])
    iconfile.write_ico(os.path.join(args.out, "AuthDoctor.ico"), {s: pngs[s] for s in ICO_SIZES})
    iconfile.write_icns(os.path.join(args.out, "AuthDoctor.icns"), {s: pngs[s] for s in ICNS_SIZES})
    print("wrote %d PNGs, AuthDoctor.ico and AuthDoctor.icns into %s" % (len(PNG_SIZES), args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
