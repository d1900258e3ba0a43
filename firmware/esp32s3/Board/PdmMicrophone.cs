using System;
using System.Device.I2s;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// The T-Watch S3's PDM microphone (SPM1423) on I2S1 (ESP32-S3 I2S0, the port with PDM receive) as
    /// 16 kHz 16-bit mono behind <see cref="IAudioSource"/>, with a DMA ring of at least one second.
    /// </summary>
    /// <remarks>
    /// <para>The ring: nanoFramework's driver turns <see cref="I2sConnectionSettings.BufferSize"/> into
    /// DMA descriptors of 256 frames, and receives 32-bit frames whatever the sample size
    /// (nf-interpreter <c>sys_dev_i2s_native_System_Device_I2s_I2sDevice.cpp</c>, <c>get_dma_bits</c>,
    /// <c>get_dma_buf_count</c>). One second at 16 kHz is therefore 64,000 bytes = 62 descriptors of
    /// DMA-capable internal RAM; the DMA keeps recording while the interpreter is busy, so a step of up
    /// to <c>ringMs</c> loses nothing. Why not a managed ring filled by a capture thread: the driver's
    /// read waits in native code (<c>portMAX_DELAY</c>), which holds the whole interpreter, so a capture
    /// thread could not run during the long steps it is meant to cover.</para>
    /// <para><see cref="Read"/> returns at once when the ring holds <c>count</c> samples and otherwise
    /// waits for them: that wait paces the main loop (≤ one chunk, 32 ms).</para>
    /// <para>Channel and format as LilyGO's own microphone set-up (<c>LilyGoLib::initMicrophone</c>:
    /// right channel, PCM short).</para>
    /// </remarks>
    public sealed class PdmMicrophone : IAudioSource
    {
        /// <summary>Samples per second.</summary>
        public const int Rate = 16000;

        private readonly I2sDevice _i2s;
        private readonly byte[] _bytes;

        /// <summary>Opens the I2S bus in PDM receive mode (pins set by <see cref="Program"/> before).</summary>
        /// <param name="busId">nanoFramework I2S bus (1).</param>
        /// <param name="maxSamples">Largest read the watch makes (its audio chunk).</param>
        /// <param name="ringMs">DMA ring length in ms (at least 1000).</param>
        public PdmMicrophone(int busId, int maxSamples, int ringMs)
        {
            if (ringMs < 1000)
            {
                throw new ArgumentOutOfRangeException(nameof(ringMs));
            }

            I2sConnectionSettings settings = new I2sConnectionSettings(busId)
            {
                Mode = I2sMode.Master | I2sMode.Rx | I2sMode.Pdm,
                SampleRate = Rate,
                BitsPerSample = I2sBitsPerSample.Bit16,
                ChannelFormat = I2sChannelFormat.OnlyRight,
                CommunicationFormat = I2sCommunicationFormat.PcmShort,
                BufferSize = RingBytes(ringMs),
            };
            _i2s = new I2sDevice(settings);
            _bytes = new byte[2 * maxSamples];
        }

        /// <inheritdoc/>
        public int SampleRate
        {
            get { return Rate; }
        }

        /// <summary>DMA bytes for <paramref name="ringMs"/> of audio: 32-bit DMA frames, rounded up to whole 256-frame descriptors.</summary>
        /// <param name="ringMs">Ring length in ms.</param>
        /// <returns>The <see cref="I2sConnectionSettings.BufferSize"/> to ask for.</returns>
        public static int RingBytes(int ringMs)
        {
            int frames = (Rate * ringMs) / 1000;
            int descriptors = (frames + 255) / 256;
            return descriptors * 256 * 4;
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
