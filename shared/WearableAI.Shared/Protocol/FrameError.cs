namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Why <see cref="FrameCodec.Decode"/> rejected a buffer (or why a frame cannot be
    /// encoded). These are the only outcomes of decoding: it never throws. Receivers count
    /// and log them (<see cref="FrameCodec.Describe"/>); docs/protocol.md lists when each applies.
    /// </summary>
    public enum FrameError : byte
    {
        /// <summary>The frame is valid.</summary>
        None = 0,

        /// <summary>Fewer bytes than the smallest frame (header + CRC = 21 bytes).</summary>
        TooShort = 1,

        /// <summary>More bytes than <see cref="FrameCodec.MaxFrameSize"/>, or a payload length above <see cref="FrameCodec.MaxPayloadLength"/>.</summary>
        TooLarge = 2,

        /// <summary>The version byte is not <see cref="FrameCodec.Version"/>.</summary>
        BadVersion = 3,

        /// <summary>The bytes present do not match the payload length in the header, or the body does not fill the payload exactly.</summary>
        LengthMismatch = 4,

        /// <summary>The CRC-32 over header and payload does not match the trailer.</summary>
        BadCrc = 5,

        /// <summary>A well-formed frame of a kind this receiver does not know (sent by a newer peer).</summary>
        UnknownKind = 6,

        /// <summary>A number, enum value or count is outside its documented range.</summary>
        FieldOutOfRange = 7,

        /// <summary>A string is too long, holds a byte outside printable ASCII, or is not a valid id.</summary>
        BadString = 8,

        /// <summary>The buffer is null or the offset/count lie outside it; or, when encoding, the buffer is too small.</summary>
        BadBuffer = 9,
    }
}
