using System;
using System.Device.I2s;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// The PDM microphone (SPM1423) on I2S1 in PDM receive mode (16 kHz, 16-bit mono) behind
    /// <see cref="IAudioSource"/>. The pins (PDM clock on the WS function, data on MDATA_IN) are
    /// set by <see cref="Program"/> before this is built. <see cref="Read"/> blocks until the
    /// driver has <c>count</c> samples (the DMA keeps recording between calls).
    /// </summary>
    public sealed class I2sMicrophone : IAudioSource
    {
        private readonly I2sDevice _i2s;
        private readonly byte[] _bytes;

        /// <summary>Opens the I2S bus in PDM receive mode.</summary>
        /// <param name="busId">I2S bus (1 on ESP32-S3 nanoFramework builds).</param>
        /// <param name="maxSamples">Largest read the watch makes (its audio chunk).</param>
        public I2sMicrophone(int busId, int maxSamples)
        {
            I2sConnectionSettings settings = new I2sConnectionSettings(busId)
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
