namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Watch → hub on the event topic: the features of the command spoken after a wake
    /// candidate, which it names by sequence number.
    /// Body: reply-to sequence u32, then the feature block (bands u8, frames u8, frames × bands int8).
    /// </summary>
    /// <remarks>Features follow the same rules as <see cref="WakeCandidateFrame.Features"/>.</remarks>
    public sealed class CommandFeaturesFrame : Frame
    {
        private static readonly sbyte[] NoFeatures = new sbyte[0];

        /// <inheritdoc/>
        public override FrameKind Kind
        {
            get { return FrameKind.CommandFeatures; }
        }

        /// <summary>Sequence number of the wake candidate this command follows.</summary>
        public uint ReplyToSequence { get; set; }

        /// <summary>Mel bands per feature frame, 1..64.</summary>
        public int BandCount { get; set; }

        /// <summary>Feature frames, 1..96, with frames × bands ≤ 3072.</summary>
        public int FrameCount { get; set; }

        /// <summary>The features, frame-major: index = frame × <see cref="BandCount"/> + band.</summary>
        public sbyte[] Features { get; set; } = NoFeatures;

        internal override int BodyLength
        {
            get { return 4 + FeatureBlock.Length(BandCount, FrameCount); }
        }

        internal override FrameError ValidateBody()
        {
            return FeatureBlock.Check(BandCount, FrameCount, Features);
        }

        internal override void WriteBody(FrameWriter writer)
        {
            writer.WriteUInt32(ReplyToSequence);
            FeatureBlock.Write(writer, BandCount, FrameCount, Features);
        }

        internal override void ReadBody(FrameReader reader)
        {
            ReplyToSequence = reader.ReadUInt32();
            int bands;
            int frames;
            Features = FeatureBlock.Read(reader, out bands, out frames);
            BandCount = bands;
            FrameCount = frames;
        }
    }
}
