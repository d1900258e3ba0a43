namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Watch → hub on the event topic when the tiny model fires: its score, the energies and
    /// the int8 log-mel features of ~1.5 s including pre-roll, for the hub model to verify.
    /// Body: score i16 (Q15), voice energy i16, ambient energy i16, pre-roll frames u8, then
    /// the feature block (bands u8, frames u8, frames × bands int8). At most 3,102 bytes in all.
    /// </summary>
    /// <remarks>
    /// A sender may allocate <see cref="Features"/> once at the largest shape and reuse it:
    /// only the first <see cref="FrameCount"/> × <see cref="BandCount"/> values are sent.
    /// A decoded frame's array has exactly that length.
    /// </remarks>
    public sealed class WakeCandidateFrame : Frame
    {
        private static readonly sbyte[] NoFeatures = new sbyte[0];

        /// <inheritdoc/>
        public override FrameKind Kind
        {
            get { return FrameKind.WakeCandidate; }
        }

        /// <summary>The tiny model's wake-word score, Q15 0..32767 (32767 ≈ 1.0).</summary>
        public short Score { get; set; }

        /// <summary>Energy of the voiced part, in the front end's int log units (LogScale steps per octave).</summary>
        public short VoiceEnergy { get; set; }

        /// <summary>Ambient (noise floor) energy, same units as <see cref="VoiceEnergy"/>.</summary>
        public short AmbientEnergy { get; set; }

        /// <summary>How many leading feature frames precede the voice onset (pre-roll); ≤ <see cref="FrameCount"/>.</summary>
        public int PreRollFrames { get; set; }

        /// <summary>Mel bands per feature frame, 1..64.</summary>
        public int BandCount { get; set; }

        /// <summary>Feature frames, 1..96, with frames × bands ≤ 3072.</summary>
        public int FrameCount { get; set; }

        /// <summary>The features, frame-major: index = frame × <see cref="BandCount"/> + band.</summary>
        public sbyte[] Features { get; set; } = NoFeatures;

        internal override int BodyLength
        {
            get { return 7 + FeatureBlock.Length(BandCount, FrameCount); }
        }

        internal override FrameError ValidateBody()
        {
            if (!FieldChecks.IsQ15Probability(Score) || PreRollFrames < 0 || PreRollFrames > FrameCount)
            {
                return FrameError.FieldOutOfRange;
            }

            return FeatureBlock.Check(BandCount, FrameCount, Features);
        }

        internal override void WriteBody(FrameWriter writer)
        {
            writer.WriteInt16(Score);
            writer.WriteInt16(VoiceEnergy);
            writer.WriteInt16(AmbientEnergy);
            writer.WriteByte((byte)PreRollFrames);
            FeatureBlock.Write(writer, BandCount, FrameCount, Features);
        }

        internal override void ReadBody(FrameReader reader)
        {
            Score = reader.ReadInt16();
            VoiceEnergy = reader.ReadInt16();
            AmbientEnergy = reader.ReadInt16();
            PreRollFrames = reader.ReadByte();
            int bands;
            int frames;
            Features = FeatureBlock.Read(reader, out bands, out frames);
            BandCount = bands;
            FrameCount = frames;
        }
    }
}
