using System;
using System.Device.I2c;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// The BMA423 on the sensor I2C bus behind <see cref="IAccelerometer"/>: 50 Hz, ±8 g, samples
    /// collected by the chip's 1 KB FIFO (170 samples = 3.4 s) and read in one burst per call, so no
    /// sample is lost while the main loop is busy (a gate-opening step) and no I2C transfer is made per
    /// sample. A full FIFO overwrites its oldest samples (FIFO_CONFIG_0 stop-on-full off).
    /// </summary>
    /// <remarks>
    /// Registers (Bosch BMA423 datasheet): CHIP_ID 0x00 = 0x13, FIFO_LENGTH 0x24/0x25, FIFO_DATA 0x26,
    /// ACC_CONF 0x40, ACC_RANGE 0x41, FIFO_CONFIG_0/1 0x48/0x49, PWR_CONF 0x7C, PWR_CTRL 0x7D, CMD 0x7E.
    /// The feature engine (step counter; needs the 6 KB config upload) is not used: raw data and the
    /// FIFO work without it. Axis mapping: the chip sits on the bottom layer (LilyGO remaps with
    /// REMAP_BOTTOM_LAYER_TOP_RIGHT_CORNER); <see cref="WatchAxes"/> must be checked on a worn watch.
    /// </remarks>
    public sealed class Bma423Accelerometer : IAccelerometer
    {
        /// <summary>The watch's x, y, z from the chip's axes (see <see cref="Bma423Fifo.Decode"/>): x = chip y, y = chip x, z = −chip z. Unverified on a device.</summary>
        public static readonly int[] WatchAxes = new int[] { 1, 0, 2 | 4 };

        private const byte ChipIdRegister = 0x00;
        private const byte FifoLength = 0x24;
        private const byte FifoData = 0x26;
        private readonly I2cDevice _device;
        private readonly byte[] _register = new byte[1];
        private readonly byte[] _length = new byte[2];
        private readonly byte[] _fifo = new byte[1026];
        private readonly byte[] _write = new byte[2];
        private int _overruns;

        /// <summary>Finds the chip (0x19, else 0x18), sets 50 Hz / ±8 g, turns the FIFO on and the accelerometer on.</summary>
        /// <param name="busId">nanoFramework I2C bus.</param>
        /// <param name="address">I2C address.</param>
        public Bma423Accelerometer(int busId, int address)
        {
            _device = I2cDevice.Create(new I2cConnectionSettings(busId, address));
            if (ReadRegister(ChipIdRegister) != 0x13)
            {
                throw new InvalidOperationException("BMA423 not found at I2C address " + address.ToString());
            }

            Write(0x7E, 0xB6);          // soft reset
            System.Threading.Thread.Sleep(2);
            Write(0x7C, 0x00);          // PWR_CONF: advanced power save off (FIFO reads need it off)
            Write(0x40, 0xA7);          // ACC_CONF: performance mode, normal filter, ODR 50 Hz
            Write(0x41, 0x02);          // ACC_RANGE: ±8 g
            Write(0x48, 0x00);          // FIFO_CONFIG_0: overwrite oldest when full, no sensor time
            Write(0x49, 0x40);          // FIFO_CONFIG_1: accelerometer only, headerless
            Write(0x7D, 0x04);          // PWR_CTRL: accelerometer on
            Write(0x7E, 0xB0);          // flush the FIFO
        }

        /// <inheritdoc/>
        public int SampleRateHz
        {
            get { return 50; }
        }

        /// <summary>Reads that found the FIFO full (its oldest samples were overwritten).</summary>
        public int Overruns
        {
            get { return _overruns; }
        }

        /// <inheritdoc/>
        public int Read(short[] xyz, int offset, int maxSamples)
        {
            _register[0] = FifoLength;
            _device.WriteRead(new SpanByte(_register), new SpanByte(_length));
            int available = _length[0] | ((_length[1] & 0x3F) << 8);
            if (available >= 1020)
            {
                _overruns++;
            }

            int bytes = available - (available % Bma423Fifo.FrameBytes);
            int wanted = maxSamples * Bma423Fifo.FrameBytes;
            if (bytes > wanted)
            {
                bytes = wanted;
            }

            if (bytes > _fifo.Length)
            {
                bytes = _fifo.Length - (_fifo.Length % Bma423Fifo.FrameBytes);
            }

            if (bytes <= 0)
            {
                return 0;
            }

            _register[0] = FifoData;
            _device.WriteRead(new SpanByte(_register), new SpanByte(_fifo, 0, bytes));
            return Bma423Fifo.Decode(_fifo, bytes, WatchAxes, xyz, offset, maxSamples);
        }

        private byte ReadRegister(byte register)
        {
            _register[0] = register;
            byte[] value = new byte[1];
            _device.WriteRead(new SpanByte(_register), new SpanByte(value));
            return value[0];
        }

        private void Write(byte register, byte value)
        {
            _write[0] = register;
            _write[1] = value;
            _device.Write(new SpanByte(_write));
        }
    }
}
