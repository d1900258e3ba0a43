using System;
using System.Device.I2c;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// The DRV2605L haptic driver with the watch's ERM motor: one built-in effect played per pulse,
    /// started by a register write, so a pulse never waits. Set-up as LilyGO's: library 1 (ERM),
    /// internal trigger mode.
    /// </summary>
    /// <remarks>Registers (TI DRV2605L datasheet): 0x01 mode, 0x03 library, 0x04–0x0B waveform sequence, 0x0C GO, 0x1A feedback control (bit 7 = 0: ERM).</remarks>
    public sealed class Drv2605Haptics
    {
        /// <summary>Effect for pulses up to 60 ms ("strong click 100 %").</summary>
        public const byte ShortEffect = 1;

        /// <summary>Effect for longer pulses ("strong buzz 100 %").</summary>
        public const byte LongEffect = 14;

        private readonly I2cDevice _device;
        private readonly byte[] _write = new byte[2];
        private readonly byte[] _register = new byte[1];
        private readonly byte[] _one = new byte[1];

        /// <summary>Leaves standby and selects the ERM library.</summary>
        /// <param name="busId">nanoFramework I2C bus.</param>
        /// <param name="address">I2C address (0x5A).</param>
        public Drv2605Haptics(int busId, int address)
        {
            _device = I2cDevice.Create(new I2cConnectionSettings(busId, address));
            Write(0x01, 0x00);                          // mode: internal trigger, out of standby
            Write(0x03, 0x01);                          // library 1 (ERM)
            _register[0] = 0x1A;
            _device.WriteRead(new SpanByte(_register), new SpanByte(_one));
            Write(0x1A, (byte)(_one[0] & 0x7F));        // ERM, not LRA
        }

        /// <summary>Plays one effect chosen by length.</summary>
        /// <param name="durationMs">Requested pulse length.</param>
        public void Pulse(int durationMs)
        {
            Write(0x04, durationMs <= 60 ? ShortEffect : LongEffect);
            Write(0x05, 0x00);                          // end of sequence
            Write(0x0C, 0x01);                          // GO
        }

        private void Write(byte register, byte value)
        {
            _write[0] = register;
            _write[1] = value;
            _device.Write(new SpanByte(_write));
        }
    }
}
