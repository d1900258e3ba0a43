namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// Reads and writes RIFF/WAVE files holding 16-bit PCM mono — the only audio format the
    /// project exchanges (DESIGN.md, evaluation data layout). Works on byte arrays so it runs
    /// in the nanoFramework subset too; file I/O is the caller's.
    /// </summary>
    public static class PcmWav
    {
        private const int HeaderSize = 44;

        /// <summary>
        /// Parses a WAV file. Returns null on success, else a sentence saying why the file is
        /// refused (not RIFF/WAVE, not PCM, not 16-bit, not mono, truncated …).
        /// </summary>
        /// <param name="data">The whole file.</param>
        /// <param name="samples">The samples, or an empty array on failure.</param>
        /// <param name="sampleRate">The sample rate in Hz, or 0 on failure.</param>
        /// <returns>Null, or the reason the file is refused.</returns>
        public static string? TryParse(byte[] data, out short[] samples, out int sampleRate)
        {
            samples = new short[0];
            sampleRate = 0;
            if (data == null || data.Length < 12) return "not a WAV file: shorter than a RIFF header";
            if (!Tag(data, 0, 'R', 'I', 'F', 'F') || !Tag(data, 8, 'W', 'A', 'V', 'E')) return "not a WAV file: missing RIFF/WAVE header";

            bool haveFormat = false;
            int channels = 0;
            int bits = 0;
            int pos = 12;
            while (pos + 8 <= data.Length)
            {
                uint size = ReadUInt32(data, pos + 4);
                int body = pos + 8;
                if (size > (uint)(data.Length - body))
                {
                    // A truncated data chunk (common when a recorder was killed) keeps what is there.
                    if (!Tag(data, pos, 'd', 'a', 't', 'a')) return "truncated WAV file: a chunk runs past the end";
                    size = (uint)(data.Length - body);
                }

                if (Tag(data, pos, 'f', 'm', 't', ' '))
                {
                    if (size < 16) return "bad WAV file: fmt chunk shorter than 16 bytes";
                    int format = ReadUInt16(data, body);
                    channels = ReadUInt16(data, body + 2);
                    sampleRate = (int)ReadUInt32(data, body + 4);
                    bits = ReadUInt16(data, body + 14);
                    const int Extensible = 0xFFFE;
                    if (format == Extensible && size >= 26) format = ReadUInt16(data, body + 24);
                    if (format != 1) return "unsupported WAV encoding " + format + ": only PCM (1) is accepted";
                    haveFormat = true;
                }
                else if (Tag(data, pos, 'd', 'a', 't', 'a'))
                {
                    if (!haveFormat) return "bad WAV file: data chunk before fmt chunk";
                    if (bits != 16) return "unsupported WAV sample size " + bits + " bits: only 16-bit PCM is accepted";
                    if (channels != 1) return "unsupported WAV channel count " + channels + ": only mono is accepted";
                    if (sampleRate <= 0) return "bad WAV file: sample rate is zero";
                    int count = (int)(size / 2);
                    short[] result = new short[count];
                    for (int i = 0; i < count; i++)
                    {
                        result[i] = (short)(data[body + 2 * i] | (data[body + 2 * i + 1] << 8));
                    }

                    samples = result;
                    return null;
                }

                pos = body + (int)size + (int)(size & 1);
            }

            sampleRate = 0;
            return haveFormat ? "bad WAV file: no data chunk" : "bad WAV file: no fmt chunk";
        }

        /// <summary>Writes samples as a canonical 44-byte-header WAV file (16-bit PCM mono).</summary>
        /// <param name="samples">The samples.</param>
        /// <param name="offset">First sample to write.</param>
        /// <param name="count">Number of samples to write.</param>
        /// <param name="sampleRate">Sample rate in Hz.</param>
        /// <returns>The file's bytes.</returns>
        public static byte[] Write(short[] samples, int offset, int count, int sampleRate)
        {
            byte[] data = new byte[HeaderSize + 2 * count];
            PutTag(data, 0, 'R', 'I', 'F', 'F');
            PutUInt32(data, 4, (uint)(36 + 2 * count));
            PutTag(data, 8, 'W', 'A', 'V', 'E');
            PutTag(data, 12, 'f', 'm', 't', ' ');
            PutUInt32(data, 16, 16);
            PutUInt16(data, 20, 1);
            PutUInt16(data, 22, 1);
            PutUInt32(data, 24, (uint)sampleRate);
            PutUInt32(data, 28, (uint)(sampleRate * 2));
            PutUInt16(data, 32, 2);
            PutUInt16(data, 34, 16);
            PutTag(data, 36, 'd', 'a', 't', 'a');
            PutUInt32(data, 40, (uint)(2 * count));
            for (int i = 0; i < count; i++)
            {
                short s = samples[offset + i];
                data[HeaderSize + 2 * i] = (byte)s;
                data[HeaderSize + 2 * i + 1] = (byte)(s >> 8);
            }

            return data;
        }

        private static bool Tag(byte[] d, int at, char a, char b, char c, char e)
        {
            return at + 4 <= d.Length && d[at] == a && d[at + 1] == b && d[at + 2] == c && d[at + 3] == e;
        }

        private static void PutTag(byte[] d, int at, char a, char b, char c, char e)
        {
            d[at] = (byte)a;
            d[at + 1] = (byte)b;
            d[at + 2] = (byte)c;
            d[at + 3] = (byte)e;
        }

        private static int ReadUInt16(byte[] d, int at)
        {
            return d[at] | (d[at + 1] << 8);
        }

        private static uint ReadUInt32(byte[] d, int at)
        {
            return (uint)(d[at] | (d[at + 1] << 8) | (d[at + 2] << 16) | (d[at + 3] << 24));
        }

        private static void PutUInt16(byte[] d, int at, int v)
        {
            d[at] = (byte)v;
            d[at + 1] = (byte)(v >> 8);
        }

        private static void PutUInt32(byte[] d, int at, uint v)
        {
            d[at] = (byte)v;
            d[at + 1] = (byte)(v >> 8);
            d[at + 2] = (byte)(v >> 16);
            d[at + 3] = (byte)(v >> 24);
        }
    }
}
