namespace WearableAI.Firmware.Updates
{
    /// <summary>
    /// Decides whether a received model blob may be activated, beyond its CRC (which only catches
    /// transmission errors): a digest or signature check against something the watch already trusts.
    /// <see cref="ModelUpdater"/> asks it after the CRC and before the self-test and the swap.
    /// </summary>
    public interface IModelVerifier
    {
        /// <summary>Checks the whole blob.</summary>
        /// <param name="blob">The blob as stored in the staging slot.</param>
        /// <param name="count">Its length.</param>
        /// <returns>Null when it may be activated, else why not (for the ack's log).</returns>
        string? Verify(byte[] blob, int count);
    }
}
