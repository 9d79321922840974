#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz harnesses (tests/fuzz/corpus/<harness>/seed_*) from the
real models in tests/data/models and small pieces of the real videos in tests/data/testdata.
Run from the repository root: python3 tests/fuzz/make_seeds.py (the seeds are committed)."""
import os, glob

ROOT = "tests/fuzz/corpus"
TD = "tests/data/testdata"

def put(h, name, data):
    d = os.path.join(ROOT, h)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "seed_" + name), "wb") as f:
        f.write(data)

# ---- fuzz_model: mode byte + JSON, or mode|1 + option text
for path in sorted(glob.glob("tests/data/models/*.json")):
    base = os.path.basename(path)[:-5]
    data = open(path, "rb").read()
    put("fuzz_model", base, b"\x00" + data)
    if base == "vmaf_v0.6.1":
        put("fuzz_model", base + "_transform_noclip_named", b"\x0e" + data)
for i, spec in enumerate([b"version=vmaf_v0.6.1", b"version=vmaf_v0.6.1neg:name=neg",
                          b"version=vmaf_b_v0.6.3:disable_clip:enable_transform",
                          b"version=vmaf_float_v0.6.1:float_vif.vif_kernelscale=2:float_adm.adm_csf_mode=1",
                          b"version=vmaf_4k_v0.6.1:vif.vif_enhn_gain_limit=1.0:adm.adm_enhn_gain_limit=1",
                          b"version=nosuch", b"name=x", b"version=vmaf_v0.6.1:motion.motion_force_zero=true"]):
    put("fuzz_model", "open%d" % i, b"\x01" + spec)

# ---- fuzz_y4m: small real pictures as YUV4MPEG2 (mode 0) and raw (mode 1)
def crop(path, W, H, w, h, bps=1, layout=420, frames=1):
    """The top-left w x h corner of the first frames of a raw planar file."""
    raw = open(path, "rb").read()
    cw = (W + 1) // 2 if layout != 444 else W
    ch = (H + 1) // 2 if layout == 420 else H
    ocw = (w + 1) // 2 if layout != 444 else w
    och = (h + 1) // 2 if layout == 420 else h
    fsize = (W * H + 2 * cw * ch) * bps
    out = b""
    for fi in range(frames):
        base = fi * fsize
        for (pw, ph, opw, oph, off) in ((W, H, w, h, 0), (cw, ch, ocw, och, W * H * bps),
                                        (cw, ch, ocw, och, W * H * bps + cw * ch * bps)):
            for y in range(oph):
                s = base + off + y * pw * bps
                out += raw[s:s + opw * bps]
    return out

src8 = TD + "/src01_ref_576x324_3f_8bit.yuv"
src10 = TD + "/src01_ref_576x324_3f_10bit.yuv"
hall422 = TD + "/hall_ref_352x288_1f_10bit_422.yuv"
hall444 = TD + "/hall_ref_352x288_1f_8bit_444.yuv"

def y4m(hdr, frames):
    return hdr + b"\n" + b"".join(b"FRAME\n" + f for f in frames)

def split(data, n):
    k = len(data) // n
    return [data[i * k:(i + 1) * k] for i in range(n)]

put("fuzz_y4m", "420_16x8_2f", b"\x00" + y4m(b"YUV4MPEG2 W16 H8 F25:1 Ip A1:1 C420jpeg XYSCSS=420JPEG",
                                          split(crop(src8, 576, 324, 16, 8, frames=2), 2)))
put("fuzz_y4m", "420p10_8x4", b"\x00" + y4m(b"YUV4MPEG2 W8 H4 F30000:1001 C420p10", [crop(src10, 576, 324, 8, 4, 2)]))
put("fuzz_y4m", "422p10_8x4", b"\x00" + y4m(b"YUV4MPEG2 W8 H4 F25:1 C422p10", [crop(hall422, 352, 288, 8, 4, 2, 422)]))
put("fuzz_y4m", "444_8x4", b"\x00" + y4m(b"YUV4MPEG2 W8 H4 F25:1 C444", [crop(hall444, 352, 288, 8, 4, 1, 444)]))
put("fuzz_y4m", "odd_7x5", b"\x00" + y4m(b"YUV4MPEG2 W7 H5 F25:1 C420", [crop(src8, 576, 324, 7, 5)]))
luma = open(src8, "rb").read()[:8 * 4]
put("fuzz_y4m", "mono_8x4", b"\x00" + y4m(b"YUV4MPEG2 W8 H4 F25:1 Cmono", [luma]))
put("fuzz_y4m", "444alpha_4x2", b"\x00" + y4m(b"YUV4MPEG2 W4 H2 F25:1 C444alpha", [bytes(range(32))]))
put("fuzz_y4m", "frame_params", b"\x00" + b"YUV4MPEG2 W2 H2 F1:1 X\nFRAME Ixyz\n" + bytes(6))
put("fuzz_y4m", "bad_sample_10bit", b"\x00" + y4m(b"YUV4MPEG2 W2 H2 F25:1 C420p10", [b"\xff\xff" * 6]))
# raw: mode 1, then w index, h index, bpc index, format index (tables in fuzz_y4m.c)
put("fuzz_y4m", "raw_8x4_420", b"\x01\x06\x03\x00\x00" + crop(src8, 576, 324, 8, 4, frames=2))
put("fuzz_y4m", "raw_8x4_10bit", b"\x01\x06\x03\x01\x00" + crop(src10, 576, 324, 8, 4, 2))
put("fuzz_y4m", "raw_odd_444", b"\x01\x05\x04\x00\x02" + bytes(range(7 * 5 * 3)))

# ---- fuzz_cli: mode, w, h, bpc, layout|cpumask indices, text, NUL, samples
# dims = 0 1 2 3 8 15 16 17 32 33 40 48 57 64 32769 100000 ; bpcs = 8 10 12 16 9 0 17 7
samples = crop(src8, 576, 324, 48, 40, frames=2)[:4096]
def cli(name, mode, w, h, bpc, lay, text, smp=samples):
    put("fuzz_cli", name, bytes([mode, w, h, bpc, lay]) + text + b"\x00" + smp)
cli("vif", 0, 11, 10, 0, 0, b"vif")
cli("vif_opts", 0, 11, 10, 1, 0, b"vif=vif_enhn_gain_limit=1.0:debug=true:vif_skip_scale0=true")
cli("float_vif", 0, 11, 11, 0, 1, b"float_vif=vif_kernelscale=0.5:vif_prescale=2:vif_prescale_method=bicubic:debug=1")
cli("adm", 0, 10, 11, 0, 0, b"adm=adm_enhn_gain_limit=1.2:adm_csf_mode=0:debug=true")
cli("float_adm", 0, 10, 11, 2, 2, b"float_adm=adm_csf_mode=1:adm_p_norm=2.5:adm_f1s0=0.5:adm_skip_aim_scale=2")
cli("motion", 0, 8, 8, 0, 0, b"motion=motion_five_frame_window=true:motion_moving_average=true:debug=true")
cli("float_motion", 0, 10, 11, 3, 1, b"float_motion=motion_add_uv=true:motion_add_scale1=1:motion_filter_size=3")
cli("motion_v30", 8, 4, 4, 0, 0, b"motion=motion_force_zero=false:debug=true")
cli("vif_16bit_raw", 4, 11, 10, 3, 0, b"vif")
cli("adm_10bit_raw", 4, 10, 11, 1, 0, b"adm")
cli("model_neg", 1, 11, 10, 0, 0, b"version=vmaf_v0.6.1neg:name=neg:vif.vif_enhn_gain_limit=1.0")
cli("model_float", 1, 11, 10, 1, 4, b"version=vmaf_float_v0.6.1:float_adm.adm_csf_mode=1:enable_transform")
cli("model_b", 1, 11, 10, 0, 0, b"version=vmaf_b_v0.6.3:disable_clip:motion.motion_fps_weight=2")
cli("argv", 2, 0, 0, 0, 0, b"-r\nref.y4m\n-d\ndis.y4m\n--feature\nvif=debug=true\n-m\nversion=vmaf_v0.6.1:name=a\n-o\nout.json\n--json\n--threads\n2")
cli("argv_yuv", 2, 0, 0, 0, 0, b"-r\nref.yuv\n-d\n-\n-w\n576\n-h\n324\n-p\n420\n-b\n10\n--frame_cnt=3\n--precision\nmax\n-nq")
