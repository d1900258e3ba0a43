using System;
using WearableAI.Shared.Common;

namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Turns frames into bytes and bytes into frames: the two-method seam between the
    /// application and MQTT payloads. This code mirrors docs/protocol.md byte by byte —
    /// change the document and this codec (and the byte-exact tests) together.
    /// </summary>
    /// <remarks>
    /// <para>Layout: a 17-byte little-endian header (version, kind, flags, sequence,
    /// timestamp, payload length), the kind's body, then a CRC-32 (<see cref="Crc32"/>)
    /// over header and body.</para>
    /// <para><see cref="Decode"/> never throws and never trusts a length field: every count
    /// is checked against the bytes actually present before anything is read or allocated,
    /// so a decoded frame never allocates more than the frame's own size.
    /// <see cref="Encode"/> throws <see cref="ArgumentException"/> for a frame that breaks
    /// a documented limit (check first with <see cref="Check"/> to avoid that).</para>
    /// <para>Stateless and thread-safe.</para>
    /// </remarks>
    public static class FrameCodec
    {
        /// <summary>The protocol version this codec reads and writes (header byte 0).</summary>
        public const byte Version = 1;

        /// <summary>Bytes before the payload.</summary>
        public const int HeaderSize = 17;

        /// <summary>Bytes of the CRC-32 trailer.</summary>
        public const int CrcSize = 4;

        /// <summary>The smallest possible frame: header and CRC around an empty payload.</summary>
        public const int MinFrameSize = HeaderSize + CrcSize;

        /// <summary>The largest frame accepted or produced (DESIGN.md: ≤ 4 KB per wake candidate).</summary>
        public const int MaxFrameSize = 4096;

        /// <summary>The largest payload length a header may declare.</summary>
        public const int MaxPayloadLength = MaxFrameSize - HeaderSize - CrcSize;

        /// <summary>Offset of the kind byte in the header.</summary>
        public const int KindOffset = 1;
        private const int PayloadLengthOffset = 15;

        /// <summary>Checks every field of <paramref name="frame"/> against the documented ranges.</summary>
        /// <param name="frame">The frame to check.</param>
        /// <returns><see cref="FrameError.None"/> when <see cref="Encode"/> would succeed given enough space.</returns>
        public static FrameError Check(Frame frame)
        {
            if (frame == null)
            {
                return FrameError.FieldOutOfRange;
            }

            if (frame.TimestampMs < 0)
            {
                return FrameError.FieldOutOfRange;
            }

            FrameError body = frame.ValidateBody();
            if (body != FrameError.None)
            {
                return body;
            }

            return frame.BodyLength > MaxPayloadLength ? FrameError.TooLarge : FrameError.None;
        }

        /// <summary>The number of bytes <paramref name="frame"/> encodes to.</summary>
        /// <param name="frame">A frame that passes <see cref="Check"/>.</param>
        /// <returns>Header + body + CRC bytes.</returns>
        public static int GetEncodedLength(Frame frame)
        {
            ThrowIfInvalid(frame);
            return HeaderSize + frame.BodyLength + CrcSize;
        }

        /// <summary>Encodes <paramref name="frame"/> into a new array of exactly its length (for senders that hand the bytes on: the hub, tests).</summary>
        /// <param name="frame">The frame; its fields must pass <see cref="Check"/>.</param>
        /// <returns>The encoded frame.</returns>
        /// <exception cref="ArgumentException">The frame breaks a documented limit.</exception>
        public static byte[] ToArray(Frame frame)
        {
            byte[] bytes = new byte[GetEncodedLength(frame)];
            Encode(frame, bytes, 0);
            return bytes;
        }

        /// <summary>Writes <paramref name="frame"/> into <paramref name="buffer"/> at <paramref name="offset"/>.</summary>
        /// <param name="frame">The frame; its fields must pass <see cref="Check"/>.</param>
        /// <param name="buffer">Caller-owned output buffer; <see cref="MaxFrameSize"/> bytes always suffice.</param>
        /// <param name="offset">Where the frame starts.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ArgumentException">The frame breaks a documented limit, or the buffer is too small.</exception>
        public static int Encode(Frame frame, byte[] buffer, int offset)
        {
            ThrowIfInvalid(frame);
            int bodyLength = frame.BodyLength;
            int total = HeaderSize + bodyLength + CrcSize;
            if (buffer == null || offset < 0 || offset > buffer.Length || buffer.Length - offset < total)
            {
                throw new ArgumentException(Describe(FrameError.BadBuffer));
            }

            FrameWriter writer = new FrameWriter(buffer, offset);
            writer.WriteByte(Version);
            writer.WriteByte((byte)frame.Kind);
            writer.WriteByte(frame.Flags);
            writer.WriteUInt32(frame.Sequence);
            writer.WriteInt64(frame.TimestampMs);
            writer.WriteUInt16((ushort)bodyLength);
            frame.WriteBody(writer);
            writer.WriteUInt32(Crc32.Compute(buffer, offset, HeaderSize + bodyLength));
            return total;
        }

        /// <summary>
        /// Reads exactly one frame from <paramref name="count"/> bytes at <paramref name="offset"/>
        /// (an MQTT payload). Never throws, whatever the bytes.
        /// </summary>
        /// <param name="buffer">The received bytes. A decoded <see cref="ModelChunkFrame"/> refers into this buffer.</param>
        /// <param name="offset">First byte of the frame.</param>
        /// <param name="count">Number of bytes of the frame (the whole payload, no trailing bytes).</param>
        /// <param name="frame">The frame when the result is <see cref="FrameError.None"/>, otherwise null.</param>
        /// <returns><see cref="FrameError.None"/> or the reason the bytes were rejected.</returns>
        public static FrameError Decode(byte[] buffer, int offset, int count, out Frame? frame)
        {
            frame = null;
            if (buffer == null || offset < 0 || count < 0 || offset > buffer.Length || count > buffer.Length - offset)
            {
                return FrameError.BadBuffer;
            }

            if (count < MinFrameSize)
            {
                return FrameError.TooShort;
            }

            if (count > MaxFrameSize)
            {
                return FrameError.TooLarge;
            }

            if (buffer[offset] != Version)
            {
                return FrameError.BadVersion;
            }

            int payloadLength = buffer[offset + PayloadLengthOffset] | (buffer[offset + PayloadLengthOffset + 1] << 8);
            if (payloadLength > MaxPayloadLength)
            {
                return FrameError.TooLarge;
            }

            if (HeaderSize + payloadLength + CrcSize != count)
            {
                return FrameError.LengthMismatch;
            }

            int crcIndex = offset + HeaderSize + payloadLength;
            if (Crc32.Compute(buffer, offset, HeaderSize + payloadLength) != FrameReader.ReadUInt32At(buffer, crcIndex))
            {
                return FrameError.BadCrc;
            }

            Frame? decoded = Create(buffer[offset + KindOffset]);
            if (decoded == null)
            {
                return FrameError.UnknownKind;
            }

            FrameReader header = new FrameReader(buffer, offset + KindOffset + 1, offset + PayloadLengthOffset);
            decoded.Flags = header.ReadByte();
            decoded.Sequence = header.ReadUInt32();
            decoded.TimestampMs = header.ReadInt64();
            if (decoded.TimestampMs < 0)
            {
                return FrameError.FieldOutOfRange;
            }

            FrameReader body = new FrameReader(buffer, offset + HeaderSize, crcIndex);
            decoded.ReadBody(body);
            if (body.Error != FrameError.None)
            {
                return body.Error;
            }

            if (!body.AtEnd)
            {
                return FrameError.LengthMismatch;
            }

            FrameError fields = decoded.ValidateBody();
            if (fields != FrameError.None)
            {
                return fields;
            }

            frame = decoded;
            return FrameError.None;
        }

        /// <summary>A short English text for logs and counters.</summary>
        /// <param name="error">The reason.</param>
        /// <returns>E.g. "bad CRC".</returns>
        public static string Describe(FrameError error)
        {
            switch (error)
            {
                case FrameError.None: return "ok";
                case FrameError.TooShort: return "too short for a frame";
                case FrameError.TooLarge: return "frame larger than 4096 bytes";
                case FrameError.BadVersion: return "unsupported protocol version";
                case FrameError.LengthMismatch: return "length does not match the bytes present";
                case FrameError.BadCrc: return "bad CRC";
                case FrameError.UnknownKind: return "unknown frame kind";
                case FrameError.FieldOutOfRange: return "field out of range";
                case FrameError.BadString: return "bad string (length, non-ASCII or id)";
                case FrameError.BadBuffer: return "buffer null, too small or range outside it";
                default: return "unknown error";
            }
        }

        private static void ThrowIfInvalid(Frame frame)
        {
            FrameError error = Check(frame);
            if (error != FrameError.None)
            {
                throw new ArgumentException(Describe(error));
            }
        }

        private static Frame? Create(byte kind)
        {
            switch ((FrameKind)kind)
            {
                case FrameKind.Hello: return new HelloFrame();
                case FrameKind.Status: return new StatusFrame();
                case FrameKind.Heartbeat: return new HeartbeatFrame();
                case FrameKind.WakeCandidate: return new WakeCandidateFrame();
                case FrameKind.CommandFeatures: return new CommandFeaturesFrame();
                case FrameKind.Gesture: return new GestureFrame();
                case FrameKind.Result: return new ResultFrame();
                case FrameKind.ModelChunk: return new ModelChunkFrame();
                case FrameKind.ModelAck: return new ModelAckFrame();
                case FrameKind.DeviceConfig: return new DeviceConfigFrame();
                case FrameKind.Error: return new ErrorFrame();
                case FrameKind.Receipt: return new ReceiptFrame();
                default: return null;
            }
        }
    }
}
