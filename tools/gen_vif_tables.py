#!/usr/bin/env python3
"""Generates the data tables of vmaf_vif.h (the block between the
"vmaf_vif generated tables" markers) from the formulas in SPEC.md:

  * float VIF Gaussian taps for every odd width W = 3..65 (SPEC 3.2, master's run-time
    procedure: sigma = (float)W / 5.0f, exp in double, float taps, float sum, float
    normalisation). The taps depend only on W, so one set per width covers every
    vif_kernelscale value libvmaf accepts, including values within its 1e-3 tolerance.
  * the widths W_s of the 21 accepted kernel scales (SPEC 3.2 table), for the unit test;
  * the integer VIF log2 table T[i] = round(2048 * (float)log2(i)), i = 32767..65535
    (SPEC 2.5), stored as T[32767] = 30720 plus one bit per entry (T[i] - T[i-1] is 0 or 1).

The script checks its output against the check values of SPEC 2.5 / 3.2 / 10.3 before
writing anything. Python's math.exp and math.log2 call the C library (glibc on Linux,
which is what the reference build used).

usage: tools/gen_vif_tables.py            rewrite the block in vmaf_vif.h
       tools/gen_vif_tables.py --check    exit 1 if the block in vmaf_vif.h is not what
                                          this script generates (run by make test)
"""
import math
import os
import struct
import sys

BEGIN = "/* >>> vmaf_vif generated tables (tools/gen_vif_tables.py; do not edit) >>> */\n"
END = "/* <<< vmaf_vif generated tables <<< */\n"


def f32(x):
    """Round a Python float (binary64) to the nearest binary32 value."""
    return struct.unpack("<f", struct.pack("<f", x))[0]


def f32_bits(x):
    return struct.unpack("<I", struct.pack("<f", x))[0]


def gaussian_taps(width):
    # get_1d_gaussian_kernel(out, W, W / 5.0f) in master's vif_tools.c, in our words:
    sigma = f32(width / 5.0)  # int / float -> float
    half = (width - 1) // 2
    den = f32(1.0 / (sigma * math.sqrt(2.0 * math.pi)))  # double expression, stored as float
    taps = []
    for i in range(width):
        d = float(i - half)  # exact in float
        e = ((-0.5 * d) / sigma * d) / sigma  # double, left to right
        num = f32(math.exp(e))
        taps.append(f32(num / den))  # float division (double rounding is innocuous here)
    total = 0.0
    for t in taps:
        total = f32(total + t)  # float sum, increasing index
    return [f32(t / total) for t in taps]


# The 21 kernel scales libvmaf accepts (vif_tools.h valid_kernelscales), as C float
# expressions and as (numerator, denominator) pairs evaluated in float.
KERNELSCALES = [
    ("1.0f", 1.0, 1.0), ("1.0f / 2.0f", 1.0, 2.0), ("3.0f / 2.0f", 3.0, 2.0), ("2.0f", 2.0, 1.0),
    ("2.0f / 3.0f", 2.0, 3.0), ("24.0f / 10.0f", 24.0, 10.0), ("360.0f / 97.0f", 360.0, 97.0),
    ("4.0f / 3.0f", 4.0, 3.0), ("3.5f / 3.0f", 3.5, 3.0), ("3.75f / 3.0f", 3.75, 3.0),
    ("4.25f / 3.0f", 4.25, 3.0), ("5.0f / 3.0f", 5.0, 3.0), ("3.0f", 3.0, 1.0),
    ("1.0f / 2.25f", 1.0, 2.25), ("1.4746f", 1.4746, 1.0), ("1.54f", 1.54, 1.0), ("1.6f", 1.6, 1.0),
    ("1.06667f", 1.06667, 1.0), ("0.711111f", 0.711111, 1.0), ("0.740740f", 0.740740, 1.0),
    ("1.111111f", 1.111111, 1.0),
]


def ks_value(num, den):
    return f32(f32(num) / f32(den))


def filter_width(scale, ks):
    n = (1 << (4 - scale)) + 1
    c = math.ceil(f32(n * ks))  # float product, then ceil
    if c % 2 == 0:
        c += 1
    return max(c, 3)


def log2_table():
    t = {}
    for i in range(32767, 65536):
        v = f32(math.log2(i)) * 2048.0  # exact scaling of the float value
        t[i] = int(math.floor(v + 0.5))  # round half away from zero (v > 0)
    return t


def self_check(taps, table):
    # SPEC 2.5: hash, first entries, T[33108]
    h = 0
    for i in range(32767, 65536):
        h = (h * 31 + table[i]) & 0xFFFFFFFFFFFFFFFF
    assert h == 18054239521728245405, h
    assert table[32767] == table[32768] == table[32769] == 30720
    assert table[33108] == 30751
    for i in range(32768, 65536):
        assert table[i] - table[i - 1] in (0, 1)
    # SPEC 3.2: master taps for ks = 1 (first half including the centre)
    spec = {
        17: "0x1.e8a77p-8 0x1.d373b2p-7 0x1.9a1cf6p-6 0x1.49fd9ep-5 0x1.e7092ap-5 0x1.49a042p-4 "
            "0x1.99350cp-4 0x1.d1e766p-4 0x1.e67f64p-4",
        9: "0x1.36efd8p-6 0x1.c9eaf6p-5 0x1.ef4ac4p-4 0x1.897426p-3 0x1.cb1b82p-3",
        5: "0x1.be5f0cp-5 0x1.f41fd4p-3 0x1.9c4866p-2",
        3: "0x1.54be42p-3 0x1.55a0dep-1",
    }
    for w, text in spec.items():
        want = [float.fromhex(x) for x in text.split()]
        got = taps[w][: (w + 1) // 2]
        assert got == want, (w, got, want)
        assert taps[w] == taps[w][::-1]
    # SPEC 3.2: widths of the 21 accepted kernel scales
    spec_w = [(17, 9, 5, 3), (9, 5, 3, 3), (27, 15, 9, 5), (35, 19, 11, 7), (13, 7, 5, 3),
              (41, 23, 13, 9), (65, 35, 19, 13), (23, 13, 7, 5), (21, 11, 7, 5), (23, 13, 7, 5),
              (25, 13, 9, 5), (29, 15, 9, 5), (51, 27, 15, 9), (9, 5, 3, 3), (27, 15, 9, 5),
              (27, 15, 9, 5), (29, 15, 9, 5), (19, 11, 7, 5), (13, 7, 5, 3), (13, 7, 5, 3),
              (19, 11, 7, 5)]
    for (_, n, d), w in zip(KERNELSCALES, spec_w):
        ks = ks_value(n, d)
        assert tuple(filter_width(s, ks) for s in range(4)) == w, (n, d)
    # every width an accepted ks can give, including values within the 1e-3 tolerance
    for _, n, d in KERNELSCALES:
        for ks in (ks_value(n, d) - 0.000999, ks_value(n, d) + 0.000999):
            for s in range(4):
                assert 3 <= filter_width(s, f32(ks)) <= 65


def generate():
    widths = list(range(3, 66, 2))
    taps = {w: gaussian_taps(w) for w in widths}
    table = log2_table()
    self_check(taps, table)

    out = [BEGIN]
    out.append("/* Float VIF Gaussian taps for every odd width W = 3, 5, ..., 65 (SPEC 3.2, master's\n"
               "   get_1d_gaussian_kernel with sigma = W / 5), concatenated: the taps of width W start\n"
               "   at index m * (m + 2), m = (W - 3) / 2. Printed with 9 significant digits, which\n"
               "   round-trips every float exactly. */\n")
    total = sum(widths)
    out.append("static const float vmaf__vif_gauss_taps[%d] = {\n" % total)
    for w in widths:
        out.append("    /* W = %d */\n" % w)
        vals = ["%.9gf" % t for t in taps[w]]
        for t in taps[w]:
            assert f32(float("%.9g" % t)) == t
        line = "   "
        for v in vals:
            if len(line) + len(v) + 2 > 98:
                out.append(line.rstrip() + "\n")
                line = "   "
            line += " " + v + ","
        out.append(line.rstrip() + "\n")
    out.append("};\n\n")

    out.append("/* The 21 vif_kernelscale values libvmaf accepts (its valid_kernelscales, as float). */\n")
    out.append("static const float vmaf__vif_kernelscales[21] = {\n")
    for expr, _, _ in KERNELSCALES:
        out.append("    %s,\n" % expr)
    out.append("};\n\n")

    out.append("/* W_0..W_3 of each accepted kernel scale (SPEC 3.2 table); the library computes the\n"
               "   widths from the caller's value at run time, the unit test compares with this. */\n")
    out.append("static const unsigned char vmaf__vif_kernelscale_widths[21][4] = {\n")
    for _, n, d in KERNELSCALES:
        ks = ks_value(n, d)
        out.append("    {%s},\n" % ", ".join(str(filter_width(s, ks)) for s in range(4)))
    out.append("};\n\n")

    bits = [0] * 1024
    for i in range(32768, 65536):
        if table[i] - table[i - 1]:
            b = i - 32768
            bits[b >> 5] |= 1 << (b & 31)
    out.append("/* Integer VIF log2 table (SPEC 2.5): T[i] = round(2048 * (float)log2(i)), i = 32767..65535.\n"
               "   T[32767] = 30720, and bit (i - 32768) of this array is T[i] - T[i - 1] (always 0 or 1).\n"
               "   Check: h = 0; for i in 32767..65535: h = h * 31 + T[i] (mod 2^64) = 18054239521728245405. */\n")
    out.append("static const uint32_t vmaf__vif_log2_steps[1024] = {\n")
    for r in range(0, 1024, 8):
        out.append("    " + " ".join("0x%08xu," % b for b in bits[r:r + 8]) + "\n")
    out.append("};\n")
    out.append(END)
    return "".join(out)


def main():
    check = "--check" in sys.argv[1:]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "vmaf_vif.h")
    with open(path, "r", encoding="utf-8") as f:
        text = f.read()
    a = text.find(BEGIN)
    b = text.find(END)
    if a < 0 or b < a:
        print("gen_vif_tables: markers not found in vmaf_vif.h", file=sys.stderr)
        return 1
    block = generate()
    current = text[a:b + len(END)]
    if check:
        if current != block:
            print("gen_vif_tables: the generated tables in vmaf_vif.h are out of date "
                  "(run python3 tools/gen_vif_tables.py)", file=sys.stderr)
            return 1
        print("gen_vif_tables: vmaf_vif.h tables are up to date")
        return 0
    if current != block:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text[:a] + block + text[b + len(END):])
        print("gen_vif_tables: rewrote the tables in vmaf_vif.h")
    else:
        print("gen_vif_tables: vmaf_vif.h tables already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
