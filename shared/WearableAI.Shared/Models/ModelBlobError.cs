namespace WearableAI.Shared.Models
{
    /// <summary>Why <see cref="ModelBlobLoader"/> refused a model blob (docs/model-blob.md lists each check).</summary>
    public enum ModelBlobError
    {
        /// <summary>The blob is valid.</summary>
        None = 0,

        /// <summary>Fewer bytes than the fixed header, or no data at all.</summary>
        TooShort,

        /// <summary>The first four bytes are not "WAIM".</summary>
        BadMagic,

        /// <summary>The format version is not one this code reads.</summary>
        UnsupportedVersion,

        /// <summary>A reserved flag bit is set.</summary>
        UnsupportedFlags,

        /// <summary>The total length in the header differs from the bytes received.</summary>
        LengthMismatch,

        /// <summary>The CRC-32 over the blob differs from the header's.</summary>
        CrcMismatch,

        /// <summary>A section claims more bytes than the blob holds.</summary>
        TruncatedSection,

        /// <summary>Bytes are left over after the last layer.</summary>
        TrailingBytes,

        /// <summary>The front-end settings fail <c>FrontEndSettings.Validate()</c>.</summary>
        SettingsInvalid,

        /// <summary>More labels than <see cref="ModelLimits.MaxLabels"/>.</summary>
        TooManyLabels,

        /// <summary>A label byte is not printable ASCII (0x21–0x7E).</summary>
        NonAsciiLabel,

        /// <summary>A label is empty, too long or a duplicate.</summary>
        BadLabel,

        /// <summary>The wake label index is not a label.</summary>
        BadWakeLabel,

        /// <summary>Wake threshold, smoothing window or refractory period out of range.</summary>
        BadThresholds,

        /// <summary>Input bands differ from the front end's, or the input stride is out of range.</summary>
        BadInputShape,

        /// <summary>No layers, or more than <see cref="ModelLimits.MaxLayers"/>.</summary>
        BadLayerCount,

        /// <summary>A layer kind this code does not know.</summary>
        UnknownLayerKind,

        /// <summary>A layer's own shape is invalid (channels, kernel, stride, dilation).</summary>
        BadLayerShape,

        /// <summary>Layer i's output channels differ from layer i+1's input (or the ends do not meet the input / labels).</summary>
        ShapeChainInconsistent,

        /// <summary>Multiplier, shift, zero point, activation range or bias out of range.</summary>
        BadQuantParams,

        /// <summary>Layer parameters exceed <see cref="ModelLimits.MaxWeightBytes"/>.</summary>
        WeightsOverBudget,

        /// <summary>Working buffers exceed <see cref="ModelLimits.MaxWorkingBytes"/>.</summary>
        WorkingMemoryOverBudget,
    }
}
