using System.Device.I2s;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>The PDM microphone on I2S0 (16 kHz, 16-bit mono) behind <see cref="IAudioSource"/>.</summary>
    public sealed class I2sMicrophone : IAudioSource
    {
        private readonly I2sDevice _i2s;
        private readonly byte[] _bytes;

        /// <summary>Opens I2S0 in PDM receive mode.</summary>
        /// <param name="maxSamples">Largest read the watch makes (its audio chunk).</param>
        public I2sMicrophone(int maxSamples)
        {
            I2sConnectionSettings settings = new I2sConnectionSettings(0)
            {
                Mode = I2sMode.Master | I2sMode.Rx | I2sMode.Pdm,
                SampleRate = 16000,
                BitsPerSample = I2sBitsPerSample.Bit16,
                ChannelFormat = I2sChannelFormat.OnlyLeft,
                CommunicationFormat = I2sCommunicationFormat.I2S,
            };
            _i2s = new I2sDevice(settings);
            _bytes = new byte[2 * maxSamples];
        }

        /// <inheritdoc/>
        public int SampleRate
        {
            get { return 16000; }
        }

        /// <inheritdoc/>
        public int Read(short[] buffer, int offset, int count)
        {
            SpanByte span = new SpanByte(_bytes, 0, 2 * count);
            _i2s.Read(span);
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = (short)(_bytes[2 * i] | (_bytes[(2 * i) + 1] << 8));
            }

            return count;
        }
    }
}
