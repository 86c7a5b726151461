#!/usr/bin/env python3
"""The macOS bundle's Info.plist as CMake renders it (ctest: packaging_plist), read with plistlib:
bundle id, version, icon, minimum macOS, and the .authdiag document type with its exported UTI.

  check_plist.py RENDERED_INFO_PLIST VERSION APP_ID SOURCE_DIR
"""

import os
import plistlib
import sys

from checks import check, verdict


def main():
    path, version, app_id, source_dir = sys.argv[1:5]
    with open(path, "rb") as f:
        p = plistlib.load(f)
    check(p.get("CFBundleIdentifier") == app_id, "CFBundleIdentifier " + app_id)
    check(p.get("CFBundleShortVersionString") == version and p.get("CFBundleVersion") == version,
          "CFBundleShortVersionString and CFBundleVersion " + version)
    check(p.get("CFBundleExecutable") == "AuthDoctor", "CFBundleExecutable AuthDoctor (OUTPUT_NAME)")
    check(p.get("CFBundlePackageType") == "APPL", "CFBundlePackageType APPL")
    check(p.get("CFBundleIconFile") == "AuthDoctor.icns", "CFBundleIconFile AuthDoctor.icns")
    check(os.path.isfile(os.path.join(source_dir, "packaging", "icons", "AuthDoctor.icns")), "the .icns exists")
    minimum = p.get("LSMinimumSystemVersion", "")
    check(minimum[:2].isdigit() and int(minimum.split(".")[0]) >= 11, "LSMinimumSystemVersion %s" % minimum)
    check(p.get("NSHighResolutionCapable") is True, "NSHighResolutionCapable")
    check({"en", "de"} <= set(p.get("CFBundleLocalizations", [])), "CFBundleLocalizations %s" % p.get("CFBundleLocalizations"))
    check("@" not in open(path, encoding="utf-8").read(), "no unrendered @VARIABLE@")

    types = p.get("UTExportedTypeDeclarations", [])
    uti = types[0] if types else {}
    check(uti.get("UTTypeIdentifier", "").startswith("org.authdoctor."), "exported UTI %s" % uti.get("UTTypeIdentifier"))
    tags = uti.get("UTTypeTagSpecification", {})
    check(tags.get("public.filename-extension") == ["authdiag"], "UTI extension authdiag")
    check(tags.get("public.mime-type") == ["application/x-authdoctor-session"], "UTI MIME type")
    check("public.data" in uti.get("UTTypeConformsTo", []), "UTI conforms to public.data")

    docs = p.get("CFBundleDocumentTypes", [])
    doc = docs[0] if docs else {}
    check(doc.get("LSItemContentTypes") == [uti.get("UTTypeIdentifier")], "document type uses the exported UTI")
    check(doc.get("CFBundleTypeRole") in ("Editor", "Viewer"), "document role")
    check(doc.get("LSHandlerRank") == "Owner", "AuthDoctor owns the type")
    return verdict()


if __name__ == "__main__":
    sys.exit(main())
