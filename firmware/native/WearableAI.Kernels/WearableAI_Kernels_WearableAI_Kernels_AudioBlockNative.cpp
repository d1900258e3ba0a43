// WearableAI.Kernels, native part: the voice gate's level and the pre-roll's folding (the C# reference:
// firmware/WearableAI.Firmware/Listening/VoiceActivityGate.cs, PcmPreRoll.cs). The stub that
// firmware/native/build-kernels.sh regenerates with mdp.sh --skeleton, with the bodies written in.
// Integer arithmetic wraps like C# int (unsigned sums); built as the device builds it: -Os, no vectorisation.

#include "WearableAI_Kernels.h"
#include "WearableAI_Kernels_WearableAI_Kernels_AudioBlockNative.h"

#pragma GCC optimize("Os", "no-tree-vectorize")

using namespace WearableAI_Kernels::WearableAI_Kernels;

signed int AudioBlockNative::SumEven( CLR_RT_TypedArray_INT16 param0, signed int param1, signed int param2, HRESULT &hr )
{
    const int16_t *pcm = param0.GetBuffer();
    const signed int start = param1;
    const signed int end = param2;
    if (start < 0 || end > (signed int)param0.GetSize())
    {
        hr = CLR_E_OUT_OF_RANGE;
        return 0;
    }

    uint32_t sum = 0;
    for (signed int i = start; i < end; i += 2)
    {
        int32_t x = pcm[i];
        sum += (uint32_t)(x < 0 ? -x : x);
    }

    return (int32_t)sum;
}

void AudioBlockNative::Fold( CLR_RT_TypedArray_INT16 param0, CLR_RT_TypedArray_INT16 param1, signed int param2, signed int param3, HRESULT &hr )
{
    const int16_t *block = param0.GetBuffer();
    int16_t *folded = param1.GetBuffer();
    const signed int write = param2;
    const signed int pairs = param3;
    if (write < 0 || pairs < 0 || 2 * pairs > (signed int)param0.GetSize() || write + pairs > (signed int)param1.GetSize())
    {
        hr = CLR_E_OUT_OF_RANGE;
        return;
    }

    for (signed int p = 0; p < pairs; p++)
    {
        folded[write + p] = (int16_t)(((int32_t)block[2 * p] + (int32_t)block[2 * p + 1]) >> 1);
    }
}
