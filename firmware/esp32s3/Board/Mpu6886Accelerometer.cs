using System;
using System.Device.I2c;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>The MPU6886 on I2C1 (address 0x68), ±8 g, polled at 50 Hz, axes mapped to the watch frame (firmware/README.md).</summary>
    public sealed class Mpu6886Accelerometer : IAccelerometer
    {
        private const byte PowerManagement1 = 0x6B;
        private const byte AccelConfig = 0x1C;
        private const byte AccelXOutH = 0x3B;
        private readonly I2cDevice _device;
        private readonly byte[] _register = new byte[1];
        private readonly byte[] _raw = new byte[6];
        private readonly IClock _clock;
        private long _nextSampleMs;

        /// <summary>Wakes the sensor and sets ±8 g.</summary>
        /// <param name="busId">I2C bus (1 on the M5StickC-class boards).</param>
        /// <param name="clock">Paces the 50 Hz polling.</param>
        public Mpu6886Accelerometer(int busId, IClock clock)
        {
            _device = I2cDevice.Create(new I2cConnectionSettings(busId, 0x68));
            _device.Write(new SpanByte(new byte[] { PowerManagement1, 0x00 }));
            _device.Write(new SpanByte(new byte[] { AccelConfig, 0x10 }));
            _clock = clock;
        }

        /// <inheritdoc/>
        public int SampleRateHz
        {
            get { return 50; }
        }

        /// <inheritdoc/>
        public int Read(short[] xyz, int offset, int maxSamples)
        {
            int n = 0;
            while (n < maxSamples && _clock.UptimeMs >= _nextSampleMs)
            {
                _nextSampleMs = (_nextSampleMs == 0 ? _clock.UptimeMs : _nextSampleMs) + 20;
                _register[0] = AccelXOutH;
                _device.WriteRead(new SpanByte(_register), new SpanByte(_raw));

                // ±8 g: 4096 LSB per g → milli-g = raw * 1000 / 4096 (≈ raw / 4.096).
                int i = offset + (3 * n);
                xyz[i] = (short)((short)((_raw[0] << 8) | _raw[1]) * 1000 / 4096);
                xyz[i + 1] = (short)((short)((_raw[2] << 8) | _raw[3]) * 1000 / 4096);
                xyz[i + 2] = (short)((short)((_raw[4] << 8) | _raw[5]) * 1000 / 4096);
                n++;
            }

            return n;
        }
    }
}
