namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// Decodes the BMA423's FIFO in headerless accelerometer-only mode (FIFO_CONFIG_1 = 0x40): 6 bytes
    /// per sample, x, y, z as little-endian 16-bit values with the 12-bit reading left-justified. At
    /// ±8 g that is 4,096 LSB per g in 16 bits, so milli-g = raw · 1000 / 4096. A frame of three
    /// 0x8000 values is the chip's "no data" filler and is skipped; a trailing partial frame is left
    /// for the next read. Axes are mapped to the watch frame (firmware/README.md: x along the forearm
    /// towards the hand, y across the wrist, z out of the screen).
    /// </summary>
    /// <remarks>Pure: bytes in, samples out, no hardware; its source is run by the firmware tests.</remarks>
    public static class Bma423Fifo
    {
        /// <summary>Bytes per sample in headerless accelerometer-only mode.</summary>
        public const int FrameBytes = 6;

        /// <summary>
        /// Converts whole frames of <paramref name="fifo"/> into interleaved milli-g samples.
        /// </summary>
        /// <param name="fifo">Bytes read from FIFO_DATA.</param>
        /// <param name="count">How many of them are valid.</param>
        /// <param name="axes">For the watch's x, y, z in turn: the chip axis (0, 1, 2), plus 4 to negate it.</param>
        /// <param name="xyz">Destination, interleaved x, y, z.</param>
        /// <param name="offset">First index of <paramref name="xyz"/> to write.</param>
        /// <param name="maxSamples">Samples that fit at most.</param>
        /// <returns>Samples written.</returns>
        public static int Decode(byte[] fifo, int count, int[] axes, short[] xyz, int offset, int maxSamples)
        {
            int samples = 0;
            for (int frame = 0; frame + FrameBytes <= count && samples < maxSamples; frame += FrameBytes)
            {
                int x = (short)(fifo[frame] | (fifo[frame + 1] << 8));
                int y = (short)(fifo[frame + 2] | (fifo[frame + 3] << 8));
                int z = (short)(fifo[frame + 4] | (fifo[frame + 5] << 8));
                if (x == -32768 && y == -32768 && z == -32768)
                {
                    continue;
                }

                int o = offset + (3 * samples);
                xyz[o] = Axis(axes[0], x, y, z);
                xyz[o + 1] = Axis(axes[1], x, y, z);
                xyz[o + 2] = Axis(axes[2], x, y, z);
                samples++;
            }

            return samples;
        }

        private static short Axis(int selector, int x, int y, int z)
        {
            int chip = selector & 3;
            int raw = chip == 0 ? x : (chip == 1 ? y : z);
            int milliG = raw * 1000 / 4096;
            return (short)((selector & 4) != 0 ? -milliG : milliG);
        }
    }
}
