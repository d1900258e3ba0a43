namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Hub → watch on the model topic: bytes <see cref="Offset"/> .. Offset + <see cref="DataLength"/>
    /// of a model blob of <see cref="TotalSize"/> bytes whose CRC-32 is <see cref="BlobCrc"/>.
    /// Body: model version u32, total size u32, offset u32, blob CRC-32 u32, chunk length u16, chunk bytes.
    /// </summary>
    /// <remarks>
    /// No copies: the chunk bytes are <see cref="DataLength"/> bytes of <see cref="Data"/> from
    /// <see cref="DataOffset"/>. When encoding, point them into the whole blob. A decoded
    /// chunk points into the buffer given to <see cref="FrameCodec.Decode"/>: the receiver
    /// owns that buffer and must consume (store) the chunk before reusing it.
    /// </remarks>
    public sealed class ModelChunkFrame : Frame
    {
        private static readonly byte[] NoBytes = new byte[0];

        /// <inheritdoc/>
        public override FrameKind Kind
        {
            get { return FrameKind.ModelChunk; }
        }

        /// <summary>Version of the model being rolled out.</summary>
        public uint ModelVersion { get; set; }

        /// <summary>Size of the whole blob in bytes (≥ 1).</summary>
        public uint TotalSize { get; set; }

        /// <summary>Position of this chunk in the blob; Offset + DataLength ≤ TotalSize.</summary>
        public uint Offset { get; set; }

        /// <summary>CRC-32 of the whole blob, checked by the watch once all chunks arrived.</summary>
        public uint BlobCrc { get; set; }

        /// <summary>The array holding the chunk bytes (not owned by the frame).</summary>
        public byte[] Data { get; set; } = NoBytes;

        /// <summary>Index of the first chunk byte in <see cref="Data"/>.</summary>
        public int DataOffset { get; set; }

        /// <summary>Number of chunk bytes, 1..2048.</summary>
        public int DataLength { get; set; }

        internal override int BodyLength
        {
            get { return 18 + DataLength; }
        }

        internal override FrameError ValidateBody()
        {
            if (DataLength < 1 || DataLength > ProtocolLimits.MaxChunkLength
                || Data == null || DataOffset < 0 || DataOffset > Data.Length - DataLength
                || (ulong)Offset + (ulong)DataLength > TotalSize)
            {
                return FrameError.FieldOutOfRange;
            }

            return FrameError.None;
        }

        internal override void WriteBody(FrameWriter writer)
        {
            writer.WriteUInt32(ModelVersion);
            writer.WriteUInt32(TotalSize);
            writer.WriteUInt32(Offset);
            writer.WriteUInt32(BlobCrc);
            writer.WriteUInt16((ushort)DataLength);
            writer.WriteBytes(Data, DataOffset, DataLength);
        }

        internal override void ReadBody(FrameReader reader)
        {
            ModelVersion = reader.ReadUInt32();
            TotalSize = reader.ReadUInt32();
            Offset = reader.ReadUInt32();
            BlobCrc = reader.ReadUInt32();
            int length = reader.ReadUInt16();
            if (reader.Error == FrameError.None && (length < 1 || length > ProtocolLimits.MaxChunkLength))
            {
                reader.Fail(FrameError.FieldOutOfRange);
            }

            DataOffset = reader.ReadSlice(length);
            DataLength = length;
            Data = reader.Buffer;
        }
    }
}
