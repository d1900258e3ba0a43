namespace WearableAI.Firmware.Updates
{
    /// <summary>
    /// An <see cref="IModelVerifier"/> that activates only blobs whose SHA-256 is on a list the owner
    /// put on the watch (the ESP32-S3's <c>model.sha256</c> config lines; <c>sha256sum models/watch.waim</c>
    /// gives the value). A blob that is not listed is refused before the swap, so an update pushed by
    /// whoever can publish on the model topic cannot replace the model unless its digest was pinned.
    /// </summary>
    /// <remarks>
    /// Why a pinned digest and not a signature from the hub: the ModelChunk frame carries no tag,
    /// and an asymmetric signature check (Ed25519, ECDSA) costs millions of interpreted big-number
    /// operations on nanoCLR; an HMAC-SHA256 over the blob keyed by the device secret would be cheap
    /// here (this class's <see cref="Sha256"/> is its building block) but needs a tag field in the
    /// protocol, which is the hub's change to make (docs/protocol.md).
    /// </remarks>
    public sealed class PinnedModelDigests : IModelVerifier
    {
        private readonly byte[][] _digests;
        private readonly Sha256 _sha = new Sha256();
        private readonly byte[] _digest = new byte[Sha256.DigestBytes];

        /// <summary>Takes the allowed digests.</summary>
        /// <param name="digests">Each 32 bytes.</param>
        public PinnedModelDigests(byte[][] digests)
        {
            _digests = digests ?? throw new System.ArgumentNullException(nameof(digests));
        }

        /// <summary>Parses a digest written as 64 hexadecimal characters (either case).</summary>
        /// <param name="hex">The text.</param>
        /// <returns>The 32 bytes, or null when the text is not a SHA-256 digest.</returns>
        public static byte[]? ParseHex(string hex)
        {
            if (hex == null || hex.Length != 2 * Sha256.DigestBytes)
            {
                return null;
            }

            byte[] digest = new byte[Sha256.DigestBytes];
            for (int i = 0; i < digest.Length; i++)
            {
                int high = Nibble(hex[2 * i]);
                int low = Nibble(hex[(2 * i) + 1]);
                if (high < 0 || low < 0)
                {
                    return null;
                }

                digest[i] = (byte)((high << 4) | low);
            }

            return digest;
        }

        /// <inheritdoc/>
        public string? Verify(byte[] blob, int count)
        {
            _sha.Compute(blob, 0, count, _digest, 0);
            for (int d = 0; d < _digests.Length; d++)
            {
                byte[] pinned = _digests[d];
                bool same = pinned.Length == Sha256.DigestBytes;
                for (int i = 0; same && i < Sha256.DigestBytes; i++)
                {
                    same = pinned[i] == _digest[i];
                }

                if (same)
                {
                    return null;
                }
            }

            return "model SHA-256 is not one the watch trusts";
        }

        private static int Nibble(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        }
    }
}
