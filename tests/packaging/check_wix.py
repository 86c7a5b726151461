#!/usr/bin/env python3
"""The Windows installer's inputs as CMake renders them (ctest: packaging_wix): the WiX patch is
well-formed XML that associates *.authdiag with authdoctor.exe through the ids CPack gives it, the
licence is RTF, the version resource carries the project's version and the .ico, and the upgrade
GUID is fixed in packaging/CMakeLists.txt.

  check_wix.py BINARY_PACKAGING_DIR VERSION SOURCE_DIR
"""

import os
import re
import sys
import xml.etree.ElementTree as ET

from checks import check, verdict


def main():
    out, version, source_dir = sys.argv[1:4]
    patch = ET.parse(os.path.join(out, "wix-patch.xml")).getroot()
    check(patch.tag == "CPackWiXPatch", "root element CPackWiXPatch")
    fragment = patch.find("CPackWiXFragment")
    check(fragment is not None and fragment.get("Id") == "CM_CP_bin.authdoctor.exe",
          "fragment goes into the component of bin/authdoctor.exe")
    progid = fragment.find("ProgId") if fragment is not None else None
    check(progid is not None and progid.get("Icon") == "CM_FP_bin.authdoctor.exe", "ProgId with the program's icon")
    ext = progid.find("Extension") if progid is not None else None
    check(ext is not None and ext.get("Id") == "authdiag", "Extension authdiag")
    check(ext is not None and ext.get("ContentType") == "application/x-authdoctor-session", "ContentType")
    verb = ext.find("Verb") if ext is not None else None
    check(verb is not None and verb.get("Id") == "open" and verb.get("TargetFile") == "CM_FP_bin.authdoctor.exe"
          and verb.get("Argument") == '"%1"', 'Verb open runs authdoctor.exe "%1"')

    rtf = open(os.path.join(out, "License.rtf"), encoding="ascii").read()
    check(rtf.startswith("{\\rtf1") and rtf.rstrip().endswith("}"), "License.rtf is RTF")
    check("Permission is hereby granted" in rtf and "\\par" in rtf, "License.rtf holds LICENSE")
    check(rtf.count("{") - rtf.count("\\{") == rtf.count("}") - rtf.count("\\}"), "License.rtf braces balance")

    rc = open(os.path.join(out, "authdoctor.rc"), encoding="utf-8").read()
    major, minor, patch_level = version.split(".")
    check("FILEVERSION %s,%s,%s,0" % (major, minor, patch_level) in rc, "version resource FILEVERSION")
    check('"ProductVersion", "%s"' % version in rc, "version resource ProductVersion")
    icon = re.search(r'IDI_ICON1 ICON "([^"]+)"', rc)
    check(icon is not None and os.path.isfile(icon.group(1)), "version resource's icon exists")

    cmake = open(os.path.join(source_dir, "packaging", "CMakeLists.txt"), encoding="utf-8").read()
    guid = re.search(r'CPACK_WIX_UPGRADE_GUID "([0-9A-F-]{36})"', cmake)
    check(guid is not None, "CPACK_WIX_UPGRADE_GUID is a fixed GUID")
    check("CPACK_WIX_INSTALL_SCOPE" in cmake and "VERSION_GREATER_EQUAL 3.29" in cmake,
          "CPACK_WIX_INSTALL_SCOPE guarded by the CMake version")
    return verdict()


if __name__ == "__main__":
    sys.exit(main())
