#!/usr/bin/env python3
"""Copy the shared common block (tools/common_public.h, tools/common_private.h) into every
vmaf_*.h between its markers, or with --check fail if any copy differs.

Markers in each header (each on a line of its own):
    /* >>> vmaf common public >>> */   ...   /* <<< vmaf common public <<< */
    /* >>> vmaf common private >>> */  ...   /* <<< vmaf common private <<< */
"""
import os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADERS = ["vmaf_vif.h", "vmaf_adm.h", "vmaf_motion.h", "vmaf_model.h", "addons/vk/vmaf_vk.h"]
BLOCKS = ["public", "private"]


def block_text(kind):
    with open(os.path.join(ROOT, "tools", "common_%s.h" % kind)) as f:
        return f.read()


def replace(text, kind, body, name):
    begin = "/* >>> vmaf common %s >>> */\n" % kind
    end = "/* <<< vmaf common %s <<< */" % kind
    i = text.find(begin)
    j = text.find(end)
    if i < 0 or j < 0 or j < i:
        sys.exit("%s: markers for the common %s block are missing" % (name, kind))
    return text[: i + len(begin)] + body + text[j:]


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for h in HEADERS:
        path = os.path.join(ROOT, h)
        if not os.path.exists(path):
            print("sync_common: %s missing" % h)
            bad += 1
            continue
        with open(path) as f:
            old = f.read()
        new = old
        for kind in BLOCKS:
            new = replace(new, kind, block_text(kind), h)
        if new != old:
            if check:
                print("sync_common: %s: common block differs from tools/common_*.h (run make sync)" % h)
                bad += 1
            else:
                with open(path, "w") as f:
                    f.write(new)
                print("sync_common: updated %s" % h)
    if check and not bad:
        print("sync_common: common blocks identical in %d headers" % len(HEADERS))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
