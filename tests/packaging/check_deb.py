#!/usr/bin/env python3
"""The installed layout of the Debian package (ctest: packaging_deb).

Builds the DEB with cpack in the build tree (into a folder of its own), then checks it as a user's
system would see it: the control data, every file where the freedesktop specifications put it
(desktop entry, shared-mime-info type, hicolor icons, AppStream metainfo, man page), the
validators (desktop-file-validate, appstreamcli validate --no-net, lintian: no errors, warnings
are printed), and the unpacked program's --version.

  check_deb.py BUILD_DIR VERSION APP_ID
"""

import glob
import gzip
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

from checks import check, verdict


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def main():
    build_dir, version, app_id = sys.argv[1:4]
    missing = [t for t in ("cpack", "dpkg-deb", "desktop-file-validate", "appstreamcli", "lintian")
               if not shutil.which(t)]
    if missing:
        print("missing tools: %s (packaging/dev.sh installs them)" % " ".join(missing))
        return 1

    work = os.path.join(build_dir, "packaging-test")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    cpack = run(["cpack", "-G", "DEB", "-B", work], cwd=build_dir)
    if not check(cpack.returncode == 0, "cpack -G DEB"):
        print(cpack.stdout + cpack.stderr)
        return 1
    debs = glob.glob(os.path.join(work, "*.deb"))
    if not check(len(debs) == 1, "one .deb written: %s" % [os.path.basename(d) for d in debs]):
        return 1
    deb = debs[0]
    arch = run(["dpkg", "--print-architecture"]).stdout.strip()
    check(os.path.basename(deb) == "authdoctor_%s_%s.deb" % (version, arch), "file name " + os.path.basename(deb))

    # Control data.
    fields = {}
    for name in ("Package", "Version", "Architecture", "Maintainer", "Depends", "Recommends", "Section",
                 "Description", "Homepage"):
        fields[name] = run(["dpkg-deb", "-f", deb, name]).stdout.strip()
    check(fields["Package"] == "authdoctor", "Package: authdoctor")
    check(fields["Version"] == version, "Version: %s (project())" % version)
    check("<" in fields["Maintainer"] and "@" in fields["Maintainer"], "Maintainer has an address")
    depends = fields["Depends"]
    for lib in ("libqt6widgets6", "libqt6network6", "libqt6keychain1", "libsecret-1-0"):
        # libqt6network6 carries the TLS backend plugin (plugins/tls/libqopensslbackend.so).
        check(lib in depends, "Depends on %s" % lib)
    check("gnome-keyring" in fields["Recommends"], "Recommends a keyring")
    check(fields["Homepage"].startswith("https://"), "Homepage")
    check("\n" in fields["Description"], "Description has an extended part")

    root = os.path.join(work, "root")
    check(run(["dpkg-deb", "-x", deb, root]).returncode == 0, "dpkg-deb -x")
    usr = os.path.join(root, "usr")

    # The program, and that it runs from the unpacked tree (system Qt: no LD_LIBRARY_PATH).
    exe = os.path.join(usr, "bin", "authdoctor")
    check(os.access(exe, os.X_OK), "/usr/bin/authdoctor is executable")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AUTHDOCTOR_LANG="en")
    env.pop("LD_LIBRARY_PATH", None)
    out = run([exe, "--version"], env=env)
    check(out.returncode == 0 and out.stdout.startswith("authdoctor %s (revision " % version),
          "unpacked authdoctor --version: %r" % out.stdout.strip())

    # Desktop entry: $XDG_DATA_DIRS/applications/<app id>.desktop, valid, with the session type.
    desktop = os.path.join(usr, "share", "applications", app_id + ".desktop")
    if check(os.path.isfile(desktop), "desktop entry in /usr/share/applications"):
        v = run(["desktop-file-validate", desktop])
        check(v.returncode == 0 and "error" not in v.stdout.lower(), "desktop-file-validate " + v.stdout.strip())
        entry = dict(line.split("=", 1) for line in open(desktop, encoding="utf-8") if "=" in line)
        check("application/x-authdoctor-session" in entry.get("MimeType", ""), "desktop entry: MimeType")
        check(entry.get("Icon", "").strip() == app_id, "desktop entry: Icon=" + app_id)
        check(entry.get("Exec", "").strip() == "authdoctor %f", "desktop entry: Exec=authdoctor %f")

    # shared-mime-info: $XDG_DATA_DIRS/mime/packages/<name>.xml with the glob and the icon.
    mime = os.path.join(usr, "share", "mime", "packages", app_id + ".xml")
    if check(os.path.isfile(mime), "MIME definition in /usr/share/mime/packages"):
        ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
        t = ET.parse(mime).getroot().find("m:mime-type", ns)
        check(t is not None and t.get("type") == "application/x-authdoctor-session", "MIME type name")
        check(t is not None and t.find("m:glob", ns).get("pattern") == "*.authdiag", "MIME glob *.authdiag")
        check(t is not None and t.find("m:icon", ns).get("name") == app_id, "MIME icon")
        if shutil.which("update-mime-database"):
            db = os.path.join(work, "mime")
            shutil.copytree(os.path.join(usr, "share", "mime"), db)
            r = run(["update-mime-database", db])
            globs = open(os.path.join(db, "globs2"), encoding="utf-8").read() if r.returncode == 0 else ""
            check("application/x-authdoctor-session:*.authdiag" in globs, "update-mime-database accepts it")

    # Icons: the hicolor theme, apps context, named after the application id.
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = os.path.join(usr, "share", "icons", "hicolor", "%dx%d" % (size, size), "apps", app_id + ".png")
        ok = os.path.isfile(png)
        if ok:
            with open(png, "rb") as f:
                head = f.read(24)
            ok = head[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", head[16:24]) == (size, size)
        check(ok, "icon hicolor/%dx%d/apps/%s.png" % (size, size, app_id))
    check(os.path.isfile(os.path.join(usr, "share", "icons", "hicolor", "scalable", "apps", app_id + ".svg")),
          "icon hicolor/scalable/apps/%s.svg" % app_id)

    # AppStream metainfo.
    metainfo = os.path.join(usr, "share", "metainfo", app_id + ".metainfo.xml")
    if check(os.path.isfile(metainfo), "metainfo in /usr/share/metainfo"):
        v = run(["appstreamcli", "validate", "--no-net", "--pedantic", metainfo])
        check(v.returncode == 0, "appstreamcli validate --no-net")
        print(v.stdout.strip())
        m = ET.parse(metainfo).getroot()
        check(m.findtext("id") == app_id, "metainfo id")
        check(m.find("releases/release").get("version") == version, "metainfo release %s" % version)
        check(all(s.findtext("caption") for s in m.iter("screenshot")), "every screenshot has a caption")

    # Man page, compressed; documentation.
    man = os.path.join(usr, "share", "man", "man1", "authdoctor.1.gz")
    if check(os.path.isfile(man), "man page /usr/share/man/man1/authdoctor.1.gz"):
        text = gzip.open(man, "rt", encoding="utf-8").read()
        check(".TH AUTHDOCTOR" in text.upper() and "classify" in text and "diagnose" in text,
              "man page generated from --help")
    doc = os.path.join(usr, "share", "doc", "authdoctor")
    check(os.path.isfile(os.path.join(doc, "copyright")), "doc/authdoctor/copyright")
    check(os.path.isfile(os.path.join(doc, "changelog.gz")), "doc/authdoctor/changelog.gz")

    # lintian: no errors; warnings and notes are shown, not failed on.
    lint = run(["lintian", "--tag-display-limit", "0", deb])
    output = (lint.stdout + lint.stderr).strip()
    print(output or "lintian: nothing to report")
    errors = [line for line in output.splitlines() if line.startswith("E:")]
    check(not errors, "lintian: no E: lines (%d)" % len(errors))

    return verdict()


if __name__ == "__main__":
    sys.exit(main())
