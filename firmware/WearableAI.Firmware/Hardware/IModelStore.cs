namespace WearableAI.Firmware.Hardware
{
    /// <summary>
    /// Persistent storage for the tiny model: an active slot and a staging slot (A/B). An update
    /// is written to staging, checked (CRC and version of the model blob), then swapped in; the
    /// previous model stays in staging, so a second <see cref="Swap"/> rolls back.
    /// </summary>
    public interface IModelStore
    {
        /// <summary>Reads bytes of a slot.</summary>
        /// <param name="slot">Which slot.</param>
        /// <param name="position">Byte position in the slot.</param>
        /// <param name="buffer">Destination owned by the caller.</param>
        /// <param name="offset">First index of <paramref name="buffer"/> to write.</param>
        /// <param name="count">Most bytes to read.</param>
        /// <returns>Bytes read; fewer than <paramref name="count"/> at the end of the slot, 0 past it.</returns>
        int Read(ModelSlot slot, int position, byte[] buffer, int offset, int count);

        /// <summary>
        /// Writes bytes to the staging slot. Writing at position 0 starts a new image: the slot's
        /// length becomes the highest position written since.
        /// </summary>
        /// <param name="position">Byte position in the staging slot.</param>
        /// <param name="buffer">Source bytes.</param>
        /// <param name="offset">First index of <paramref name="buffer"/> to copy.</param>
        /// <param name="count">Number of bytes to write.</param>
        void WriteStaging(int position, byte[] buffer, int offset, int count);

        /// <summary>Exchanges the active and staging slots (activates an update, or rolls one back).</summary>
        void Swap();
    }
}
