// WearableAI.Kernels, native part: the model's int8 layers, one output frame per call (the C# reference:
// shared/WearableAI.Shared/Inference/Conv1DKernel.cs, DepthwiseConv1DKernel.cs, DenseKernel.cs, Requantizer.cs).
// The stub that firmware/native/build-kernels.sh regenerates with mdp.sh --skeleton, with the bodies written in.
// Accumulators wrap like C# int (unsigned sums); built as the device builds it: -Os, no vectorisation.

#include "WearableAI_Kernels.h"
#include "WearableAI_Kernels_WearableAI_Kernels_LayerNative.h"

#pragma GCC optimize("Os", "no-tree-vectorize")

using namespace WearableAI_Kernels::WearableAI_Kernels;

// Helpers in their own namespace: wai bench counts every function of WaiKernels:: and of the classes as native code.
namespace WaiKernels
{
// Requantizer.Requantize: round(acc · multiplier / 2^(31 + shift)) + zero point, clamped.
static int8_t Requantize(int32_t acc, int32_t multiplier, int32_t shift, int32_t zeroPoint, int32_t actMin, int32_t actMax)
{
    const int n = 31 + shift;
    const int64_t product = (int64_t)acc * (int64_t)multiplier;
    const int64_t value = ((product + ((int64_t)1 << (n - 1))) >> n) + zeroPoint;
    if (value < actMin)
    {
        return (int8_t)actMin;
    }

    if (value > actMax)
    {
        return (int8_t)actMax;
    }

    return (int8_t)value;
}

// Shifts must keep 31 + shift in 1..62 (Requantizer: −8..31); sizes as the layer says.
static bool ParametersFit(signed int outChannels, unsigned int weightsNeeded, CLR_RT_TypedArray_INT8 &weights,
    CLR_RT_TypedArray_INT32 &bias, CLR_RT_TypedArray_INT32 &multipliers, CLR_RT_TypedArray_INT32 &shifts)
{
    if (outChannels < 0 || weights.GetSize() < weightsNeeded || bias.GetSize() < (unsigned int)outChannels
        || multipliers.GetSize() < (unsigned int)outChannels || shifts.GetSize() < (unsigned int)outChannels)
    {
        return false;
    }

    for (signed int o = 0; o < outChannels; o++)
    {
        if (shifts[o] < -8 || shifts[o] > 31)
        {
            return false;
        }
    }

    return true;
}

} // namespace WaiKernels

using namespace WaiKernels;

void LayerNative::TimeConv( signed int param0, signed int param1, signed int param2, signed int param3, signed int param4, signed int param5, signed int param6, CLR_RT_TypedArray_INT8 param7, CLR_RT_TypedArray_INT32 param8, CLR_RT_TypedArray_INT32 param9, CLR_RT_TypedArray_INT32 param10, CLR_RT_TypedArray_INT8 param11, CLR_RT_TypedArray_INT32 param12, CLR_RT_TypedArray_INT8 param13, signed int param14, HRESULT &hr )
{
    const bool depthwise = param0 != 0;
    const signed int inCount = param1;
    const signed int outCount = param2;
    const signed int taps = param3;
    const int32_t zeroPoint = param4;
    const int32_t actMin = param5;
    const int32_t actMax = param6;
    const signed int outputOffset = param14;
    const signed int span = depthwise ? outCount : inCount;
    if (inCount < 0 || taps < 0 || (unsigned int)taps > param12.GetSize() || outputOffset < 0
        || outputOffset + outCount > (signed int)param13.GetSize()
        || !ParametersFit(outCount, (unsigned int)(outCount * taps * (depthwise ? 1 : inCount)), param7, param8, param9, param10))
    {
        hr = CLR_E_OUT_OF_RANGE;
        return;
    }

    const int32_t *tapStarts = (const int32_t *)param12.GetBuffer();
    for (signed int j = 0; j < taps; j++)
    {
        if (tapStarts[j] < 0 || tapStarts[j] + span > (signed int)param11.GetSize())
        {
            hr = CLR_E_OUT_OF_RANGE;
            return;
        }
    }

    const int8_t *weights = (const int8_t *)param7.GetBuffer();
    const int32_t *bias = (const int32_t *)param8.GetBuffer();
    const int32_t *multipliers = (const int32_t *)param9.GetBuffer();
    const int32_t *shifts = (const int32_t *)param10.GetBuffer();
    const int8_t *frames = (const int8_t *)param11.GetBuffer();
    int8_t *output = (int8_t *)param13.GetBuffer() + outputOffset;
    const int8_t *w = weights;
    for (signed int o = 0; o < outCount; o++)
    {
        uint32_t acc = (uint32_t)bias[o];
        for (signed int j = 0; j < taps; j++)
        {
            if (depthwise)
            {
                acc += (uint32_t)((int32_t)*w++ * (int32_t)frames[tapStarts[j] + o]);
            }
            else
            {
                const int8_t *x = frames + tapStarts[j];
                for (signed int i = 0; i < inCount; i++)
                {
                    acc += (uint32_t)((int32_t)*w++ * (int32_t)x[i]);
                }
            }
        }

        output[o] = Requantize((int32_t)acc, multipliers[o], shifts[o], zeroPoint, actMin, actMax);
    }
}

void LayerNative::FullyConnected( signed int param0, signed int param1, signed int param2, signed int param3, signed int param4, CLR_RT_TypedArray_INT8 param5, CLR_RT_TypedArray_INT32 param6, CLR_RT_TypedArray_INT32 param7, CLR_RT_TypedArray_INT32 param8, CLR_RT_TypedArray_INT8 param9, signed int param10, CLR_RT_TypedArray_INT8 param11, signed int param12, HRESULT &hr )
{
    const signed int inCount = param0;
    const signed int outCount = param1;
    const int32_t zeroPoint = param2;
    const int32_t actMin = param3;
    const int32_t actMax = param4;
    const signed int inputOffset = param10;
    const signed int outputOffset = param12;
    if (inCount < 0 || inputOffset < 0 || inputOffset + inCount > (signed int)param9.GetSize() || outputOffset < 0
        || outputOffset + outCount > (signed int)param11.GetSize()
        || !ParametersFit(outCount, (unsigned int)(outCount * inCount), param5, param6, param7, param8))
    {
        hr = CLR_E_OUT_OF_RANGE;
        return;
    }

    const int8_t *w = (const int8_t *)param5.GetBuffer();
    const int32_t *bias = (const int32_t *)param6.GetBuffer();
    const int32_t *multipliers = (const int32_t *)param7.GetBuffer();
    const int32_t *shifts = (const int32_t *)param8.GetBuffer();
    const int8_t *input = (const int8_t *)param9.GetBuffer() + inputOffset;
    int8_t *output = (int8_t *)param11.GetBuffer() + outputOffset;
    for (signed int o = 0; o < outCount; o++)
    {
        uint32_t acc = (uint32_t)bias[o];
        for (signed int i = 0; i < inCount; i++)
        {
            acc += (uint32_t)((int32_t)*w++ * (int32_t)input[i]);
        }

        output[o] = Requantize((int32_t)acc, multipliers[o], shifts[o], zeroPoint, actMin, actMax);
    }
}
