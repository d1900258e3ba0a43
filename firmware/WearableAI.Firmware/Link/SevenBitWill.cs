using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Link
{
    /// <summary>
    /// Encodes the last will (Status, offline) so that every byte is below 0x80: a valid binary
    /// frame that survives a transport taking the will as text (nanoFramework.M2Mqtt sends the
    /// UTF-8 bytes of a <c>string</c>, so a byte ≥ 0x80 would become two bytes).
    /// </summary>
    /// <remarks>
    /// <para>What is chosen, and why that is honest: the timestamp is 0 ("no clock", docs/protocol.md —
    /// a will stamped at connect time is stale when the broker publishes it; the hub stamps its
    /// receipt); the sequence number is the next one whose four bytes are below 0x80 (the numbers
    /// skipped are never used; the hub keys duplicates on device, sequence and CRC and does not
    /// look for gaps); free memory becomes a lower bound of the true value, in the highest block of
    /// 128 values (<see cref="CleanBlockBelow"/>: bytes below 0x80, low byte free to choose) that lies wholly
    /// at or below it — usually within 383 bytes, further only where the true value's upper bytes cross 0x80; and the reserved flags byte,
    /// which receivers ignore, is free too. Those two free bytes are stepped (flags 0..15 inside,
    /// memory low byte 0..127 outside) until the CRC's four bytes are below 0x80 as well. With less
    /// than 256 bytes of free memory reported (0 = unknown) the sequence's second byte is stepped
    /// instead (simulated: 3,000 of 3,000 found, 69 encodings on average, 136 at most).</para>
    /// <para>Why these two: the CRC is linear, so a free byte can only move the CRC within a fixed
    /// subspace. The flags byte alone, or with the sequence's low byte beside it, reaches a
    /// 7-bit-clean CRC for only about half of all frames (simulated: 1,354 of 3,000 failed with 4
    /// sequences × 128 flags); the flags byte and a byte 18 positions away never failed in 5,000
    /// random Status frames, 20 encodings on average, 40 at most.</para>
    /// <para>The fields that must stay true — online, battery, pipeline state, model version,
    /// dropped events — are not changed: when one of them has a byte ≥ 0x80 (a battery reported as
    /// unknown, 255; a model version with a byte ≥ 128) there is no 7-bit will, <see cref="Encode"/>
    /// returns −1 and the watch connects without one. The hub then marks the watch offline by its
    /// own heartbeat timeout (3 missed heartbeats, hub/README.md).</para>
    /// <para>Cost: one 36-byte Status frame encoded per try, once per connection attempt; nothing per
    /// audio frame. Allocates one frame writer per try.</para>
    /// </remarks>
    public static class SevenBitWill
    {
        /// <summary>Values of the flags byte tried per value of the memory's low byte.</summary>
        public const int FlagsTried = 16;

        /// <summary>True when every byte of <paramref name="value"/> is below 0x80.</summary>
        /// <param name="value">A 32-bit field.</param>
        /// <returns>Whether it is 7-bit clean.</returns>
        public static bool IsClean(uint value)
        {
            return (value & 0x80808080u) == 0;
        }

        /// <summary>The largest value ≤ <paramref name="value"/> whose every byte is below 0x80.</summary>
        /// <param name="value">A 32-bit field.</param>
        /// <returns>The 7-bit-clean lower bound.</returns>
        public static uint CleanFloor(uint value)
        {
            for (int shift = 24; shift >= 0; shift -= 8)
            {
                if (((value >> shift) & 0x80) != 0)
                {
                    // This byte becomes 0x7F and every lower byte too: the largest clean value below.
                    uint below = shift == 0 ? 0u : (1u << shift) - 1u;
                    value = (value & ~((0xFFu << shift) | below)) | (0x7Fu << shift) | (below & 0x7F7F7F7Fu);
                    break;
                }
            }

            return value;
        }

        /// <summary>
        /// The largest block base B (low byte 0, every byte below 0x80) with B | 0x7F ≤ <paramref name="value"/>:
        /// any low byte 0..0x7F on B is a 7-bit-clean lower bound of the value. 0 when there is none.
        /// </summary>
        /// <param name="value">A 32-bit field.</param>
        /// <returns>The block base.</returns>
        public static uint CleanBlockBelow(uint value)
        {
            uint floor = CleanFloor(value);
            if ((floor & 0xFFu) == 0x7Fu)
            {
                return floor & 0xFFFFFF00u;
            }

            // The floor's low byte is below 0x7F, so its block reaches above the value: take the block before it.
            uint block = floor & 0xFFFFFF00u;
            return block == 0u ? 0u : CleanFloor(block - 1u) & 0xFFFFFF00u;
        }

        /// <summary>The first sequence number ≥ <paramref name="sequence"/> (wrapping past 2^32 − 1 to 1) whose bytes are all below 0x80.</summary>
        /// <param name="sequence">Where to start.</param>
        /// <returns>The clean sequence number (never 0).</returns>
        public static uint NextCleanSequence(uint sequence)
        {
            while (sequence == 0 || !IsClean(sequence))
            {
                if (sequence != 0 && (sequence & 0x80u) != 0)
                {
                    // Skip the rest of this low-byte half at once (the next multiple of 0x100).
                    sequence = (sequence | 0xFFu) + 1u;
                }
                else
                {
                    sequence = CleanAbove(sequence);
                }
            }

            return sequence;
        }

        /// <summary>
        /// Encodes <paramref name="status"/> as a will whose every byte is below 0x80, changing only its
        /// timestamp, sequence, free memory (a lower bound) and flags as described on the class.
        /// </summary>
        /// <param name="status">The Status frame (Online = false), filled.</param>
        /// <param name="nextSequence">The sender's next sequence number.</param>
        /// <param name="buffer">Destination, at least <see cref="FrameCodec.MaxFrameSize"/> bytes.</param>
        /// <param name="usedSequence">The sequence number the will carries (the sender continues after it).</param>
        /// <returns>The frame length, or −1 when no 7-bit form exists (a true field has a byte ≥ 0x80).</returns>
        public static int Encode(StatusFrame status, uint nextSequence, byte[] buffer, out uint usedSequence)
        {
            usedSequence = 0;
            if (status.BatteryPercent >= 0x80 || !IsClean(status.ModelVersion) || !IsClean(status.DroppedEvents) || (int)status.PipelineState >= 0x80)
            {
                return -1;
            }

            uint free = status.FreeMemoryBytes;
            bool stepMemory = free >= 0x100u;
            uint memoryBase = stepMemory ? CleanBlockBelow(free) : CleanFloor(free);
            uint first = NextCleanSequence(nextSequence);
            status.TimestampMs = 0;
            status.FreeMemoryBytes = memoryBase;
            status.Sequence = first;
            for (int outer = 0; outer < 0x80; outer++)
            {
                if (stepMemory)
                {
                    status.FreeMemoryBytes = memoryBase | (uint)outer;
                }
                else
                {
                    // Little or unknown free memory: step the sequence's second byte instead (≤ 32,512 numbers skipped).
                    status.Sequence = NextCleanSequence(first + ((uint)outer << 8));
                }

                for (int flags = 0; flags < FlagsTried; flags++)
                {
                    status.Flags = (byte)flags;
                    int length = FrameCodec.Encode(status, buffer, 0);
                    if (AllBelow0x80(buffer, length))
                    {
                        usedSequence = status.Sequence;
                        status.Flags = 0;
                        return length;
                    }
                }
            }

            status.Flags = 0;
            status.FreeMemoryBytes = free;
            return -1;
        }

        private static uint CleanAbove(uint sequence)
        {
            // A higher byte has its top bit set: jump to the next value where that byte is clean.
            for (int shift = 24; shift >= 8; shift -= 8)
            {
                if (((sequence >> shift) & 0x80u) != 0)
                {
                    ulong next = ((ulong)(sequence >> shift) + 0x80u) << shift;
                    return next > uint.MaxValue ? 1u : (uint)next;
                }
            }

            return sequence + 1u;
        }

        private static bool AllBelow0x80(byte[] buffer, int length)
        {
            for (int i = 0; i < length; i++)
            {
                if (buffer[i] >= 0x80)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
