#!/usr/bin/env python3
"""The build pipelines in .github/workflows (ctest: packaging_workflows). They cannot run on this
machine, so this is what can be checked here: yamllint (strict, with the repository's .yamllint)
and that every action is pinned, to a commit (40 hex digits) or an exact release (vX.Y.Z).

  check_workflows.py SOURCE_DIR
"""

import glob
import os
import re
import shutil
import subprocess
import sys


def main():
    source_dir = sys.argv[1]
    files = sorted(glob.glob(os.path.join(source_dir, ".github", "workflows", "*.yml")))
    if not files:
        print("FAIL  no workflow in .github/workflows")
        return 1
    failures = 0
    yamllint = shutil.which("yamllint")
    if yamllint is None:
        print("yamllint not found (Debian: apt-get install yamllint)")
        return 77
    r = subprocess.run([yamllint, "--strict", "-c", os.path.join(source_dir, ".yamllint")] + files)
    print(("ok    " if r.returncode == 0 else "FAIL  ") + "yamllint --strict " + " ".join(os.path.basename(f) for f in files))
    failures += r.returncode != 0
    pinned = re.compile(r"^[\w.-]+/[\w./-]+@([0-9a-f]{40}|v\d+\.\d+\.\d+)$")
    for path in files:
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            m = re.match(r"^\s*(?:-\s+)?uses:\s*(\S+)", line)
            if m:
                ok = bool(pinned.match(m.group(1)))
                failures += not ok
                print(("ok    " if ok else "FAIL  ") + "%s:%d pinned: %s" % (os.path.basename(path), number, m.group(1)))
    print("%d failed" % failures if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
