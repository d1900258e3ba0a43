using WearableAI.Shared.Inference;

namespace WearableAI.Shared.Models
{
    /// <summary>
    /// Reads and validates the layer section of a model blob: each layer's shape, its place
    /// in the chain, the budgets, then its arrays and quantisation parameters.
    /// </summary>
    internal static class LayerSectionReader
    {
        /// <summary>Reads every layer into <paramref name="model"/>; returns null on success or the failure.</summary>
        public static ModelBlobLoadResult? Read(BlobCursor r, WatchModel model)
        {
            int count = r.ReadU8();
            if (r.Overrun)
            {
                return ModelBlobLoader.Truncated("layer count");
            }

            if (count < 1 || count > ModelLimits.MaxLayers)
            {
                return ModelBlobLoader.Fail(ModelBlobError.BadLayerCount, count.ToString() + " layers, expected 1.." + ModelLimits.MaxLayers.ToString());
            }

            QuantizedLayer[] layers = new QuantizedLayer[count];
            int weightBytes = 0;
            int workingBytes = 0;
            for (int i = 0; i < count; i++)
            {
                string name = "layer " + i.ToString();
                if (!r.Has(ModelBlobFormat.LayerHeaderSize))
                {
                    return ModelBlobLoader.Truncated(name);
                }

                QuantizedLayer layer = ReadHeader(r);
                ModelBlobLoadResult? failure = CheckShape(layer, name);
                if (failure == null)
                {
                    failure = CheckChain(layer, i == 0 ? null : layers[i - 1], model, name);
                }

                if (failure == null && i == count - 1 && layer.OutChannels != model.Labels.Length)
                {
                    failure = ModelBlobLoader.Fail(ModelBlobError.ShapeChainInconsistent, "the last layer has " + layer.OutChannels.ToString() + " outputs but there are " + model.Labels.Length.ToString() + " labels");
                }

                if (failure != null)
                {
                    return failure;
                }

                weightBytes += layer.ParameterBytes;
                if (weightBytes > ModelLimits.MaxWeightBytes)
                {
                    return ModelBlobLoader.Fail(ModelBlobError.WeightsOverBudget, "layer parameters reach " + weightBytes.ToString() + " bytes at " + name + ", budget " + ModelLimits.MaxWeightBytes.ToString());
                }

                workingBytes += layer.WorkingBytes;
                if (workingBytes > ModelLimits.MaxWorkingBytes)
                {
                    return ModelBlobLoader.Fail(ModelBlobError.WorkingMemoryOverBudget, "working buffers reach " + workingBytes.ToString() + " bytes at " + name + ", budget " + ModelLimits.MaxWorkingBytes.ToString());
                }

                if (!r.Has(layer.ParameterBytes))
                {
                    return ModelBlobLoader.Truncated(name);
                }

                failure = ReadArrays(r, layer, name);
                if (failure != null)
                {
                    return failure;
                }

                layers[i] = layer;
            }

            model.Layers = layers;
            return null;
        }

        private static QuantizedLayer ReadHeader(BlobCursor r)
        {
            QuantizedLayer layer = new QuantizedLayer();
            layer.Kind = (LayerKind)r.ReadU8();
            layer.InChannels = r.ReadU16();
            layer.OutChannels = r.ReadU16();
            layer.KernelSize = r.ReadU8();
            layer.Stride = r.ReadU8();
            layer.Dilation = r.ReadU8();
            layer.InputZeroPoint = r.ReadI8();
            layer.OutputZeroPoint = r.ReadI8();
            layer.ActMin = r.ReadI8();
            layer.ActMax = r.ReadI8();
            return layer;
        }

        private static ModelBlobLoadResult? CheckShape(QuantizedLayer layer, string name)
        {
            LayerKind kind = layer.Kind;
            if (kind != LayerKind.Dense && kind != LayerKind.Conv1D && kind != LayerKind.DepthwiseConv1D)
            {
                return ModelBlobLoader.Fail(ModelBlobError.UnknownLayerKind, name + " has unknown kind " + ((int)kind).ToString());
            }

            if (layer.InChannels < 1 || layer.InChannels > ModelLimits.MaxChannels || layer.OutChannels < 1 || layer.OutChannels > ModelLimits.MaxChannels)
            {
                return BadShape(name, "channels must be 1.." + ModelLimits.MaxChannels.ToString());
            }

            if (layer.KernelSize < 1 || layer.KernelSize > ModelLimits.MaxKernelSize || layer.Stride < 1 || layer.Stride > ModelLimits.MaxStride || layer.Dilation < 1 || layer.Dilation > ModelLimits.MaxDilation)
            {
                return BadShape(name, "kernel, stride or dilation out of range");
            }

            if (kind == LayerKind.Dense && (layer.KernelSize != 1 || layer.Stride != 1 || layer.Dilation != 1))
            {
                return BadShape(name, "a dense layer has kernel, stride and dilation 1");
            }

            if (kind == LayerKind.DepthwiseConv1D && layer.InChannels != layer.OutChannels)
            {
                return BadShape(name, "a depthwise layer has as many outputs as inputs");
            }

            return null;
        }

        private static ModelBlobLoadResult? CheckChain(QuantizedLayer layer, QuantizedLayer? previous, WatchModel model, string name)
        {
            int expected = previous == null ? model.InputBands : previous.OutChannels;
            if (layer.InChannels != expected)
            {
                return ModelBlobLoader.Fail(ModelBlobError.ShapeChainInconsistent, name + " takes " + layer.InChannels.ToString() + " channels but receives " + expected.ToString());
            }

            if (previous != null && layer.InputZeroPoint != previous.OutputZeroPoint)
            {
                return BadQuant(name, "input zero point " + layer.InputZeroPoint.ToString() + " differs from the previous output zero point " + previous.OutputZeroPoint.ToString());
            }

            if (layer.ActMin > layer.ActMax)
            {
                return BadQuant(name, "activation minimum above maximum");
            }

            return null;
        }

        private static ModelBlobLoadResult? ReadArrays(BlobCursor r, QuantizedLayer layer, string name)
        {
            int channels = layer.OutChannels;
            layer.Multipliers = new int[channels];
            layer.Shifts = new int[channels];
            layer.Bias = new int[channels];
            layer.Weights = new sbyte[layer.WeightCount];
            for (int o = 0; o < channels; o++)
            {
                int m = r.ReadI32();
                if (m < Requantizer.MinMultiplier)
                {
                    return BadQuant(name, "multiplier of channel " + o.ToString() + " below 2^30");
                }

                layer.Multipliers[o] = m;
            }

            for (int o = 0; o < channels; o++)
            {
                int shift = r.ReadI8();
                if (shift < Requantizer.MinShift || shift > Requantizer.MaxShift)
                {
                    return BadQuant(name, "shift " + shift.ToString() + " of channel " + o.ToString() + " outside " + Requantizer.MinShift.ToString() + ".." + Requantizer.MaxShift.ToString());
                }

                layer.Shifts[o] = shift;
            }

            for (int o = 0; o < channels; o++)
            {
                int bias = r.ReadI32();
                if (bias > ModelLimits.MaxBiasMagnitude || bias < -ModelLimits.MaxBiasMagnitude)
                {
                    return BadQuant(name, "bias of channel " + o.ToString() + " beyond ±2^30");
                }

                layer.Bias[o] = bias;
            }

            sbyte[] weights = layer.Weights;
            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] = (sbyte)r.ReadU8();
            }

            return r.Overrun ? ModelBlobLoader.Truncated(name) : null;
        }

        private static ModelBlobLoadResult BadShape(string name, string why)
        {
            return ModelBlobLoader.Fail(ModelBlobError.BadLayerShape, name + ": " + why);
        }

        private static ModelBlobLoadResult BadQuant(string name, string why)
        {
            return ModelBlobLoader.Fail(ModelBlobError.BadQuantParams, name + ": " + why);
        }
    }
}
