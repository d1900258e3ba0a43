using WearableAI.Firmware.Hardware;
using WearableAI.Shared.Common;
using WearableAI.Shared.Models;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Updates
{
    /// <summary>
    /// Receives a model blob in ModelChunk frames into the <see cref="IModelStore"/> staging slot
    /// and installs it: version check (newer only), size check, in-order offsets (resumable),
    /// whole-blob CRC, <see cref="ModelBlobLoader"/> validation, <see cref="ModelSelfTest"/>,
    /// swap, re-read of the active slot; any failure after the swap swaps back (rollback).
    /// The outcome of each chunk is <see cref="LastStatus"/> and <see cref="NextOffset"/>, which the
    /// watch sends as a ModelAck.
    /// </summary>
    /// <remarks>
    /// Before the swap the active model is never touched, so a rejected update needs no
    /// rollback; after it, <see cref="RollBack"/> swaps the slots back (also used when the watch
    /// cannot build its pipeline for the new model). The whole blob is read into one array
    /// when the last chunk arrives (once per update, never per audio frame).
    /// </remarks>
    public sealed class ModelUpdater
    {
        private const int HeaderBytes = 20;
        private const int LengthOffset = 8;

        private readonly IModelStore _store;
        private readonly int _maxBlobBytes;
        private WatchModel? _active;
        private uint _receivingVersion;
        private uint _receivingTotal;
        private uint _receivingCrc;
        private uint _expectedOffset;
        private bool _receiving;
        private ModelAckStatus _lastStatus = ModelAckStatus.ChunkOk;
        private uint _nextOffset;
        private string _lastMessage = string.Empty;
        private bool _installed;

        /// <summary>
        /// Checks a blob must pass before it is activated, after the CRC (null: CRC and self-test only).
        /// A refusal is acknowledged as RejectedCrc (integrity), the active model untouched.
        /// </summary>
        public IModelVerifier? Verifier { get; set; }

        /// <summary>Wires the updater to the store.</summary>
        /// <param name="store">A/B model slots; not owned.</param>
        /// <param name="maxBlobBytes">Largest blob accepted (the slot size).</param>
        public ModelUpdater(IModelStore store, int maxBlobBytes)
        {
            _store = store ?? throw new System.ArgumentNullException(nameof(store));
            _maxBlobBytes = maxBlobBytes;
        }

        /// <summary>The model in the active slot after <see cref="LoadActive"/> or an install; null when none.</summary>
        public WatchModel? ActiveModel
        {
            get { return _active; }
        }

        /// <summary>Version of <see cref="ActiveModel"/>, 0 = none.</summary>
        public uint ActiveVersion
        {
            get { return _active == null ? 0 : _active.ModelVersion; }
        }

        /// <summary>True while a download is in progress.</summary>
        public bool IsReceiving
        {
            get { return _receiving; }
        }

        /// <summary>Outcome of the last chunk (or rollback).</summary>
        public ModelAckStatus LastStatus
        {
            get { return _lastStatus; }
        }

        /// <summary>Bytes stored of the download in progress: where the hub resumes.</summary>
        public uint NextOffset
        {
            get { return _nextOffset; }
        }

        /// <summary>Version the last ack concerns.</summary>
        public uint LastVersion { get; private set; }

        /// <summary>Why the last update was refused or rolled back ("" when it was not).</summary>
        public string LastMessage
        {
            get { return _lastMessage; }
        }

        /// <summary>True when the last chunk completed an install; the new model is <see cref="ActiveModel"/>.</summary>
        public bool JustInstalled
        {
            get { return _installed; }
        }

        /// <summary>
        /// Loads the active slot at boot. If it is unusable but the staging slot holds a valid
        /// model (an interrupted install), swaps back to that one.
        /// </summary>
        /// <returns>The active model, or null when neither slot holds one.</returns>
        public WatchModel? LoadActive()
        {
            _active = ReadValid(ModelSlot.Active);
            if (_active == null)
            {
                WatchModel? previous = ReadValid(ModelSlot.Staging);
                if (previous != null)
                {
                    _store.Swap();
                    _active = previous;
                }
            }

            return _active;
        }

        /// <summary>Stores one chunk and, after the last one, checks and installs the blob.</summary>
        /// <param name="chunk">A decoded ModelChunk; its data is consumed (written to the store) before this returns.</param>
        /// <returns>The status to acknowledge (also <see cref="LastStatus"/>).</returns>
        public ModelAckStatus Accept(ModelChunkFrame chunk)
        {
            _installed = false;
            _lastMessage = string.Empty;
            LastVersion = chunk.ModelVersion;
            if (chunk.ModelVersion <= ActiveVersion)
            {
                return Refuse(ModelAckStatus.RejectedVersion, "version not newer than the active model", 0);
            }

            if (chunk.TotalSize > (uint)_maxBlobBytes || chunk.TotalSize < HeaderBytes)
            {
                return Refuse(ModelAckStatus.RejectedTooLarge, "blob does not fit the model slot", 0);
            }

            bool sameDownload = _receiving && chunk.ModelVersion == _receivingVersion && chunk.TotalSize == _receivingTotal && chunk.BlobCrc == _receivingCrc;
            if (chunk.Offset == 0)
            {
                _receiving = true;
                _receivingVersion = chunk.ModelVersion;
                _receivingTotal = chunk.TotalSize;
                _receivingCrc = chunk.BlobCrc;
                _expectedOffset = 0;
            }
            else if (!sameDownload || chunk.Offset != _expectedOffset)
            {
                _lastStatus = ModelAckStatus.OutOfOrder;
                _nextOffset = sameDownload ? _expectedOffset : 0;
                return _lastStatus;
            }

            _store.WriteStaging((int)chunk.Offset, chunk.Data, chunk.DataOffset, chunk.DataLength);
            _expectedOffset += (uint)chunk.DataLength;
            if (_expectedOffset < _receivingTotal)
            {
                _lastStatus = ModelAckStatus.ChunkOk;
                _nextOffset = _expectedOffset;
                return _lastStatus;
            }

            _receiving = false;
            return Install();
        }

        /// <summary>Swaps back to the previous model after an install the watch could not use.</summary>
        /// <param name="reason">Why (kept in <see cref="LastMessage"/>).</param>
        /// <returns><see cref="ModelAckStatus.RolledBack"/>.</returns>
        public ModelAckStatus RollBack(string reason)
        {
            _store.Swap();
            _active = ReadValid(ModelSlot.Active);
            _installed = false;
            _lastMessage = reason;
            _lastStatus = ModelAckStatus.RolledBack;
            _nextOffset = 0;
            return _lastStatus;
        }

        private ModelAckStatus Install()
        {
            byte[] blob = new byte[_receivingTotal];
            int read = _store.Read(ModelSlot.Staging, 0, blob, 0, blob.Length);
            if (read != blob.Length || Crc32.Compute(blob, 0, blob.Length) != _receivingCrc)
            {
                return Refuse(ModelAckStatus.RejectedCrc, "blob CRC does not match the announced CRC", 0);
            }

            IModelVerifier? verifier = Verifier;
            string? untrusted = verifier == null ? null : verifier.Verify(blob, blob.Length);
            if (untrusted != null)
            {
                return Refuse(ModelAckStatus.RejectedCrc, untrusted, 0);
            }

            ModelBlobLoadResult loaded = ModelBlobLoader.Load(blob);
            WatchModel? model = loaded.Model;
            if (!loaded.IsValid || model == null)
            {
                ModelAckStatus status = loaded.Error == ModelBlobError.CrcMismatch || loaded.Error == ModelBlobError.LengthMismatch
                    ? ModelAckStatus.RejectedCrc
                    : ModelAckStatus.RejectedSelfTest;
                return Refuse(status, loaded.Message, 0);
            }

            if (model.ModelVersion != _receivingVersion)
            {
                return Refuse(ModelAckStatus.RejectedVersion, "blob version differs from the announced version", 0);
            }

            string? selfTest = ModelSelfTest.Run(model);
            if (selfTest != null)
            {
                return Refuse(ModelAckStatus.RejectedSelfTest, selfTest, 0);
            }

            _store.Swap();
            WatchModel? active = ReadValid(ModelSlot.Active);
            if (active == null || active.ModelVersion != _receivingVersion)
            {
                return RollBack("the active slot did not read back after the swap");
            }

            _active = active;
            _installed = true;
            _lastStatus = ModelAckStatus.Installed;
            _nextOffset = _receivingTotal;
            return _lastStatus;
        }

        private ModelAckStatus Refuse(ModelAckStatus status, string message, uint nextOffset)
        {
            _receiving = false;
            _lastStatus = status;
            _lastMessage = message;
            _nextOffset = nextOffset;
            return status;
        }

        private WatchModel? ReadValid(ModelSlot slot)
        {
            byte[] header = new byte[HeaderBytes];
            if (_store.Read(slot, 0, header, 0, HeaderBytes) != HeaderBytes)
            {
                return null;
            }

            uint length = (uint)(header[LengthOffset] | (header[LengthOffset + 1] << 8) | (header[LengthOffset + 2] << 16) | (header[LengthOffset + 3] << 24));
            if (length < HeaderBytes || length > (uint)_maxBlobBytes)
            {
                return null;
            }

            byte[] blob = new byte[length];
            if (_store.Read(slot, 0, blob, 0, blob.Length) != blob.Length)
            {
                return null;
            }

            ModelBlobLoadResult loaded = ModelBlobLoader.Load(blob);
            return loaded.IsValid ? loaded.Model : null;
        }
    }
}
