namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Watch → hub on the event topic: a wrist gesture was detected.
    /// Body: gesture u8, confidence i16 (Q15), peak magnitude u16 (milli-g).
    /// </summary>
    public sealed class GestureFrame : Frame
    {
        /// <inheritdoc/>
        public override FrameKind Kind
        {
            get { return FrameKind.Gesture; }
        }

        /// <summary>Which gesture.</summary>
        public GestureKind Gesture { get; set; } = GestureKind.Raise;

        /// <summary>Detector confidence, Q15 0..32767.</summary>
        public short Confidence { get; set; }

        /// <summary>Largest acceleration magnitude during the gesture, in milli-g.</summary>
        public ushort PeakMilliG { get; set; }

        internal override int BodyLength
        {
            get { return 5; }
        }

        internal override FrameError ValidateBody()
        {
            if (Gesture < GestureKind.Raise || Gesture > GestureKind.Fall || !FieldChecks.IsQ15Probability(Confidence))
            {
                return FrameError.FieldOutOfRange;
            }

            return FrameError.None;
        }

        internal override void WriteBody(FrameWriter writer)
        {
            writer.WriteByte((byte)Gesture);
            writer.WriteInt16(Confidence);
            writer.WriteUInt16(PeakMilliG);
        }

        internal override void ReadBody(FrameReader reader)
        {
            Gesture = (GestureKind)reader.ReadByte();
            Confidence = reader.ReadInt16();
            PeakMilliG = reader.ReadUInt16();
        }
    }
}
