// WearableAI.Kernels, native part: the front end's decimation and per-frame arithmetic (the C# reference:
// shared/WearableAI.Shared/Audio — HalfBandDecimator.DecimateInto, FrameAssembler.Append, BlockScaling,
// AnalysisWindow, FixedRealFft, PowerSpectrum, MelFilterBank, FixedLog2, LogMelFrontEnd.ComputeFrame), on the
// state and plan arrays of FrontEndPlan.cs. The stub that firmware/native/build-kernels.sh regenerates with
// mdp.sh --skeleton, with the bodies written in. 64-bit sums wrap like C# long (unsigned arithmetic); built as the
// device builds it: -Os, no vectorisation.

#include "WearableAI_Kernels.h"
#include "WearableAI_Kernels_WearableAI_Kernels_FrontEndNative.h"

#pragma GCC optimize("Os", "no-tree-vectorize")

using namespace WearableAI_Kernels::WearableAI_Kernels;

// Helpers in their own namespace: wai bench counts every function of WaiKernels:: and of the classes as native code.
namespace WaiKernels
{
// FrontEndPlan indices.
enum
{
    StateOddPhase = 7, StateWrite = 8, StateFilled = 9, StateSinceFrame = 10, StateReady = 11, StateLength = 12,
    PlanWindowSize = 0, PlanBands = 1, PlanFirstBin = 2, PlanLastBin = 3, PlanLog2Compensation = 4, PlanLogScale = 5,
    PlanLogOffset = 6, PlanDecimation = 7, PlanHopSize = 8, HeaderLength = 9, Log2TableEntries = 65
};

static inline int64_t WrapAdd(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static inline int64_t WrapMul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }

// HalfBandDecimator.DecimateInto, state x0…x6 and phase in st[0..7].
static signed int DecimateInto(const int16_t *pcm, signed int offset, signed int count, int32_t *ring, signed int length,
    signed int write, signed int maxOutputs, bool passThrough, int32_t *st, signed int *produced)
{
    signed int i = offset;
    const signed int end = offset + count;
    signed int n = 0;
    if (passThrough)
    {
        while (i < end && n < maxOutputs)
        {
            ring[write] = (int32_t)((uint32_t)(int32_t)pcm[i] << 5);
            i++;
            if (++write == length) write = 0;
            n++;
        }

        *produced = n;
        return i - offset;
    }

    int32_t x0 = st[0], x1 = st[1], x2 = st[2], x3 = st[3], x4 = st[4], x5 = st[5], x6 = st[6];
    bool odd = st[StateOddPhase] != 0;
    if (odd && i < end && n < maxOutputs)
    {
        x6 = x5; x5 = x4; x4 = x3; x3 = x2; x2 = x1; x1 = x0; x0 = pcm[i];
        i++;
        odd = false;
        ring[write] = (x3 << 4) + 9 * (x2 + x4) - (x0 + x6);
        if (++write == length) write = 0;
        n++;
    }

    if (!odd)
    {
        while (end - i >= 2 && n < maxOutputs)
        {
            x6 = x4; x5 = x3; x4 = x2; x3 = x1; x2 = x0; x1 = pcm[i]; x0 = pcm[i + 1];
            i += 2;
            ring[write] = (x3 << 4) + 9 * (x2 + x4) - (x0 + x6);
            if (++write == length) write = 0;
            n++;
        }

        if (i < end && n < maxOutputs)
        {
            x6 = x5; x5 = x4; x4 = x3; x3 = x2; x2 = x1; x1 = x0; x0 = pcm[i];
            i++;
            odd = true;
        }
    }

    st[0] = x0; st[1] = x1; st[2] = x2; st[3] = x3; st[4] = x4; st[5] = x5; st[6] = x6;
    st[StateOddPhase] = odd ? 1 : 0;
    *produced = n;
    return i - offset;
}

} // namespace WaiKernels

using namespace WaiKernels;

signed int FrontEndNative::Decimate( CLR_RT_TypedArray_INT16 param0, signed int param1, signed int param2, CLR_RT_TypedArray_INT32 param3, CLR_RT_TypedArray_INT32 param4, CLR_RT_TypedArray_INT32 param5, HRESULT &hr )
{
    const signed int offset = param1;
    const signed int count = param2;
    int32_t *ring = (int32_t *)param3.GetBuffer();
    int32_t *st = (int32_t *)param4.GetBuffer();
    const int32_t *plan = (const int32_t *)param5.GetBuffer();
    if (param4.GetSize() < StateLength || param5.GetSize() < HeaderLength)
    {
        hr = CLR_E_OUT_OF_RANGE;
        return 0;
    }

    const signed int length = plan[PlanWindowSize];
    const signed int hop = plan[PlanHopSize];
    if (offset < 0 || count < 0 || offset + count > (signed int)param0.GetSize() || length < 1
        || (signed int)param3.GetSize() != length || hop < 1 || hop > length
        || st[StateWrite] < 0 || st[StateWrite] >= length || st[StateSinceFrame] < 0 || st[StateSinceFrame] >= hop)
    {
        hr = CLR_E_OUT_OF_RANGE;
        return 0;
    }

    // LogMelFrontEnd.Process's loop over FrameAssembler.Append: until a frame is ready or the input is used up.
    const int16_t *pcm = (const int16_t *)param0.GetBuffer();
    const bool passThrough = plan[PlanDecimation] == 1;
    signed int i = 0;
    st[StateReady] = 0;
    while (i < count)
    {
        const signed int toFill = length - st[StateFilled];
        const signed int toHop = hop - st[StateSinceFrame];
        const signed int needed = toFill > toHop ? toFill : toHop;
        signed int produced;
        i += DecimateInto(pcm, offset + i, count - i, ring, length, st[StateWrite], needed, passThrough, st, &produced);
        st[StateWrite] += produced;
        if (st[StateWrite] >= length) st[StateWrite] -= length;
        st[StateFilled] += produced;
        if (st[StateFilled] > length) st[StateFilled] = length;
        st[StateSinceFrame] += produced;
        if (produced < needed) continue;
        st[StateSinceFrame] = 0;
        st[StateReady] = 1;
        break;
    }

    return i;
}

namespace WaiKernels
{
// BlockScaling.BitLength
static int32_t BitLength(int32_t value)
{
    int32_t n = 0;
    if ((value >> 16) != 0) { value >>= 16; n += 16; }
    if ((value >> 8) != 0) { value >>= 8; n += 8; }
    if ((value >> 4) != 0) { value >>= 4; n += 4; }
    if ((value >> 2) != 0) { value >>= 2; n += 2; }
    if ((value >> 1) != 0) { value >>= 1; n += 1; }
    return n + value;
}

// FixedLog2.Log2Q16
static int32_t Log2Q16(int64_t value, const int32_t *table)
{
    if (value <= 0) return -64 * 65536;
    int64_t x = value;
    int32_t e = 0;
    if ((x >> 32) != 0) { x >>= 32; e += 32; }
    if ((x >> 16) != 0) { x >>= 16; e += 16; }
    if ((x >> 8) != 0) { x >>= 8; e += 8; }
    if ((x >> 4) != 0) { x >>= 4; e += 4; }
    if ((x >> 2) != 0) { x >>= 2; e += 2; }
    if ((x >> 1) != 0) { e += 1; }
    const int32_t m = e >= 16 ? (int32_t)(value >> (e - 16)) : (int32_t)((uint64_t)value << (16 - e));
    const int32_t f = m - 65536;
    const int32_t i = f >> 10;
    const int32_t frac = f & ((1 << 10) - 1);
    const int32_t lo = table[i];
    const int32_t hi = table[i + 1];
    return (e << 16) + lo + (((hi - lo) * frac) >> 10);
}

// FixedRealFft.Transform: the N/2-point complex FFT of the packed real frame, then the split into N/2 + 1 bins.
static void Transform(const int32_t *input, signed int half, const int32_t *cosT, const int32_t *sinT, const int32_t *bitReversed,
    int32_t *re, int32_t *im, int32_t *outRe, int32_t *outIm)
{
    const signed int m = half;
    for (signed int n = 0; n < m; n++)
    {
        const int32_t r = bitReversed[n];
        re[r] = input[2 * n];
        im[r] = input[2 * n + 1];
    }

    for (signed int span = 1; span < m; span <<= 1)
    {
        const signed int step = half / span;
        const signed int stride = 2 * span;
        for (signed int k = 0; k < span; k++)
        {
            const int64_t c = cosT[k * step];
            const int64_t s = sinT[k * step];
            for (signed int a = k; a < m; a += stride)
            {
                const signed int b = a + span;
                int32_t tr, ti;
                if (k == 0)
                {
                    tr = re[b];
                    ti = im[b];
                }
                else if (2 * k == span)
                {
                    tr = im[b];
                    ti = -re[b];
                }
                else
                {
                    // (c − j·s)·b; the C# reference's c = ±s cases give the same integers.
                    const int64_t br = re[b];
                    const int64_t bi = im[b];
                    tr = (int32_t)((c * br + s * bi) >> 15);
                    ti = (int32_t)((c * bi - s * br) >> 15);
                }

                const int32_t ar = re[a];
                const int32_t ai = im[a];
                re[a] = ar + tr;
                im[a] = ai + ti;
                re[b] = ar - tr;
                im[b] = ai - ti;
            }
        }
    }

    outRe[0] = (re[0] + im[0]) << 1;
    outIm[0] = 0;
    outRe[m] = (re[0] - im[0]) << 1;
    outIm[m] = 0;
    for (signed int k = 1; k <= m / 2; k++)
    {
        const int32_t ar = re[k];
        const int32_t ai = im[k];
        const int32_t br = re[m - k];
        const int32_t bi = im[m - k];
        const int32_t er = ar + br;
        const int32_t ei = ai - bi;
        const int64_t odr = ai + bi;
        const int64_t odi = br - ar;
        const int64_t c = cosT[k];
        const int64_t s = sinT[k];
        const int32_t tr = (int32_t)((c * odr + s * odi) >> 15);
        const int32_t ti = (int32_t)((c * odi - s * odr) >> 15);
        outRe[k] = er + tr;
        outIm[k] = ei + ti;
        outRe[m - k] = er - tr;
        outIm[m - k] = ti - ei;
    }
}

} // namespace WaiKernels

signed int FrontEndNative::Frame( CLR_RT_TypedArray_INT32 param0, CLR_RT_TypedArray_INT32 param1, CLR_RT_TypedArray_INT32 param2, CLR_RT_TypedArray_INT32 param3, CLR_RT_TypedArray_INT64 param4, CLR_RT_TypedArray_INT32 param5, CLR_RT_TypedArray_INT32 param6, HRESULT &hr )
{
    const int32_t *ring = (const int32_t *)param0.GetBuffer();
    const int32_t *st = (const int32_t *)param1.GetBuffer();
    const int32_t *plan = (const int32_t *)param2.GetBuffer();
    if (param1.GetSize() < StateLength || param2.GetSize() < HeaderLength)
    {
        hr = CLR_E_OUT_OF_RANGE;
        return 0;
    }

    const signed int n = plan[PlanWindowSize];
    const signed int half = n / 2;
    const signed int bins = half + 1;
    const signed int bands = plan[PlanBands];
    const signed int firstBin = plan[PlanFirstBin];
    const signed int lastBin = plan[PlanLastBin];
    if (n < 4 || (signed int)param0.GetSize() != n || st[StateWrite] < 0 || st[StateWrite] >= n
        || param2.GetSize() < (unsigned int)(HeaderLength + n + 3 * half + 3 * bins + Log2TableEntries)
        || param3.GetSize() < (unsigned int)(3 * n + 2) || param4.GetSize() < (unsigned int)(bins + bands)
        || bands < 1 || param5.GetSize() < (unsigned int)bands || param6.GetSize() < (unsigned int)bands
        || firstBin < 0 || lastBin >= bins)
    {
        hr = CLR_E_OUT_OF_RANGE;
        return 0;
    }

    const int32_t *window = plan + HeaderLength;
    const int32_t *cosT = window + n;
    const int32_t *sinT = cosT + half;
    const int32_t *bitReversed = sinT + half;
    const int32_t *segment = bitReversed + half;
    const int32_t *rising = segment + bins;
    const int32_t *falling = rising + bins;
    const int32_t *log2Table = falling + bins;
    int32_t *frame = (int32_t *)param3.GetBuffer();
    int32_t *re = frame + n;
    int32_t *im = re + half;
    int32_t *outRe = im + half;
    int32_t *outIm = outRe + bins;
    int64_t *power = (int64_t *)param4.GetBuffer();
    int64_t *bandEnergy = power + bins;
    int32_t *bandLog2 = (int32_t *)param5.GetBuffer();
    int32_t *values = (int32_t *)param6.GetBuffer();

    // FrameAssembler.CopyFrame, BlockScaling.ShiftFor
    signed int j = st[StateWrite];
    int32_t max = 0, min = 0;
    for (signed int i = 0; i < n; i++)
    {
        const int32_t v = ring[j];
        frame[i] = v;
        if (++j == n) j = 0;
        if (v > max) max = v;
        if (v < min) min = v;
    }

    int32_t shift = 0;
    if (max != 0 || min != 0)
    {
        const int32_t peak = max > ~min ? max : ~min;
        shift = 14 - BitLength(peak | 1);
    }

    // AnalysisWindow.Apply, in place
    const int32_t right = 15 - shift;
    if (shift >= 0)
    {
        for (signed int i = 0; i < n; i++) frame[i] = (frame[i] * window[i]) >> right;
    }
    else
    {
        for (signed int i = 0; i < n; i++) frame[i] = (int32_t)(((int64_t)frame[i] * window[i]) >> right);
    }

    Transform(frame, half, cosT, sinT, bitReversed, re, im, outRe, outIm);

    // PowerSpectrum.Compute, MelFilterBank.Apply
    for (signed int k = firstBin; k <= lastBin; k++)
    {
        const int64_t r = outRe[k];
        const int64_t i = outIm[k];
        power[k] = WrapAdd(WrapMul(r, r), WrapMul(i, i));
    }

    for (signed int b = 0; b < bands; b++) bandEnergy[b] = 0;
    for (signed int k = firstBin; k <= lastBin; k++)
    {
        const int32_t s = segment[k];
        if (s < 0 || s > bands)
        {
            hr = CLR_E_OUT_OF_RANGE;
            return 0;
        }

        const int64_t p = power[k];
        if (s < bands) bandEnergy[s] = WrapAdd(bandEnergy[s], WrapMul(p, rising[k]));
        if (s > 0) bandEnergy[s - 1] = WrapAdd(bandEnergy[s - 1], WrapMul(p, falling[k]));
    }

    // LogMelFrontEnd.ComputeFrame: log2, scale and offset per band, and the frame energy
    const int32_t compensation = (plan[PlanLog2Compensation] + 2 * shift) << 16;
    const int32_t scale = plan[PlanLogScale];
    const int32_t logOffset = plan[PlanLogOffset];
    int64_t total = 0;
    for (signed int b = 0; b < bands; b++)
    {
        const int64_t e = bandEnergy[b];
        total = WrapAdd(total, e);
        const int32_t log2 = Log2Q16(e, log2Table) - compensation;
        bandLog2[b] = log2;
        values[b] = ((log2 * scale + 32768) >> 16) - logOffset;
    }

    return (((Log2Q16(total, log2Table) - compensation) * scale + 32768) >> 16) - logOffset;
}
