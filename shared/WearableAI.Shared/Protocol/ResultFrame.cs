namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Hub → watch on its result topic, and fanned out on the group's result topic: the
    /// verdict on a wake candidate or command. <see cref="DeviceId"/> + <see cref="ReplyToSequence"/>
    /// say which frame it answers (MQTT 5 correlation data is not available on the watch).
    /// Body: reply-to sequence u32, verdict u8, arbitration u8, confidence i16 (Q15),
    /// action code u16, device id string, label string, winner device id string.
    /// </summary>
    public sealed class ResultFrame : Frame
    {
        /// <inheritdoc/>
        public override FrameKind Kind
        {
            get { return FrameKind.Result; }
        }

        /// <summary>Sequence number of the answered frame (wake candidate or command features).</summary>
        public uint ReplyToSequence { get; set; }

        /// <summary>Id of the device whose frame is answered (a valid id, see <see cref="Topics.IsValidId"/>).</summary>
        public string DeviceId { get; set; } = string.Empty;

        /// <summary>The hub's decision.</summary>
        public Verdict Verdict { get; set; } = Verdict.Rejected;

        /// <summary>What was heard, 0..32 printable ASCII ("hey_nano", "stop", …; the vocabulary is configuration); empty when nothing.</summary>
        public string Label { get; set; } = string.Empty;

        /// <summary>Hub model confidence in <see cref="Label"/>, Q15 0..32767.</summary>
        public short Confidence { get; set; }

        /// <summary>How arbitration between devices ended for <see cref="DeviceId"/>.</summary>
        public ArbitrationOutcome Arbitration { get; set; } = ArbitrationOutcome.Solo;

        /// <summary>Id of the device that won arbitration; empty when <see cref="ArbitrationOutcome.Solo"/>.</summary>
        public string WinnerDeviceId { get; set; } = string.Empty;

        /// <summary>What the device should do (LED/haptic pattern); codes are configuration, 0 = nothing.</summary>
        public ushort ActionCode { get; set; }

        internal override int BodyLength
        {
            get { return 10 + 1 + DeviceId.Length + 1 + Label.Length + 1 + WinnerDeviceId.Length; }
        }

        internal override FrameError ValidateBody()
        {
            if (Verdict < Verdict.Accepted || Verdict > Verdict.StandDown
                || Arbitration < ArbitrationOutcome.Solo || Arbitration > ArbitrationOutcome.Lost
                || !FieldChecks.IsQ15Probability(Confidence))
            {
                return FrameError.FieldOutOfRange;
            }

            FrameError error = FieldChecks.CheckId(DeviceId, false);
            error = FieldChecks.First(error, FieldChecks.CheckText(Label, 0, ProtocolLimits.MaxLabelLength));
            return FieldChecks.First(error, FieldChecks.CheckId(WinnerDeviceId, true));
        }

        internal override void WriteBody(FrameWriter writer)
        {
            writer.WriteUInt32(ReplyToSequence);
            writer.WriteByte((byte)Verdict);
            writer.WriteByte((byte)Arbitration);
            writer.WriteInt16(Confidence);
            writer.WriteUInt16(ActionCode);
            writer.WriteString(DeviceId);
            writer.WriteString(Label);
            writer.WriteString(WinnerDeviceId);
        }

        internal override void ReadBody(FrameReader reader)
        {
            ReplyToSequence = reader.ReadUInt32();
            Verdict = (Verdict)reader.ReadByte();
            Arbitration = (ArbitrationOutcome)reader.ReadByte();
            Confidence = reader.ReadInt16();
            ActionCode = reader.ReadUInt16();
            DeviceId = reader.ReadString(ProtocolLimits.MaxIdLength);
            Label = reader.ReadString(ProtocolLimits.MaxLabelLength);
            WinnerDeviceId = reader.ReadString(ProtocolLimits.MaxIdLength);
        }
    }
}
