using System;
using System.Device.I2c;
using System.Threading;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// The AXP2101 power management unit: keeps the watch's rails on, reads the battery, and turns
    /// the power key into the watch's one button (<see cref="IButton"/>: short presses counted).
    /// </summary>
    /// <remarks>
    /// <para>Power-hold: the T-Watch S3 has no hold GPIO; the AXP2101 keeps DC1 (the ESP32-S3) on by
    /// itself once the key turned the watch on, and turns it off on a 4 s press or below 2.6 V. The
    /// adapter enables the rails LilyGO's <c>beginPower</c> enables and nothing else: ALDO1 (RTC),
    /// ALDO2 (backlight), ALDO3 (display/touch), BLDO2 (DRV2605 enable); ALDO4 (the LoRa radio) stays off.</para>
    /// <para>Registers (XPowersLib's AXP2101 header): 0x01 status 2 (charging), 0x30 ADC enable, 0x41 IRQ
    /// enable 2 (bit 3 power-key short press), 0x49 IRQ status 2 (write 1 to clear), 0x90 LDO on/off,
    /// 0x92–0x97 ALDO1–4/BLDO1–2 voltage ((mV − 500) / 100), 0xA4 battery percent.</para>
    /// <para>The key's IRQ line (GPIO 21) is not used: the main loop polls the IRQ status twice a
    /// second (<see cref="Poll"/>), so no callback runs on an interrupt thread; a press is latched by the
    /// chip until read.</para>
    /// </remarks>
    public sealed class Axp2101Power : IButton
    {
        private readonly I2cDevice _device;
        private readonly byte[] _one = new byte[1];
        private readonly byte[] _register = new byte[1];
        private readonly byte[] _write = new byte[2];
        private int _presses;
        private byte _battery = 255;
        private bool _charging;

        /// <summary>Sets the rails and the power-key interrupt.</summary>
        /// <param name="busId">nanoFramework I2C bus.</param>
        /// <param name="address">I2C address (0x34).</param>
        public Axp2101Power(int busId, int address)
        {
            _device = I2cDevice.Create(new I2cConnectionSettings(busId, address));
            Write(0x92, 28);                         // ALDO1 3.3 V: RTC
            Write(0x93, 28);                         // ALDO2 3.3 V: backlight
            Write(0x94, 28);                         // ALDO3 3.3 V: display and touch
            Write(0x97, 28);                         // BLDO2 3.3 V: DRV2605 enable
            Write(0x90, (byte)(Read(0x90) | 0x01 | 0x02 | 0x04 | 0x20));
            Write(0x30, (byte)(Read(0x30) | 0x01));  // battery voltage ADC on (the fuel gauge uses it)
            Write(0x49, 0xFF);                       // clear pending key events
            Write(0x41, (byte)(Read(0x41) | 0x08));  // power-key short press IRQ on
            Poll();
        }

        /// <summary>Battery charge 0..100 %, or 255 when the gauge has no figure (no battery).</summary>
        public byte BatteryPercent
        {
            get { return _battery; }
        }

        /// <summary>True while the charger is charging.</summary>
        public bool Charging
        {
            get { return _charging; }
        }

        /// <inheritdoc/>
        public bool IsPressed
        {
            get { return false; }
        }

        /// <inheritdoc/>
        public int PressCount
        {
            get { return _presses; }
        }

        /// <summary>Reads the key events, the battery and the charger (3 short I2C transfers).</summary>
        public void Poll()
        {
            byte irq = Read(0x49);
            if ((irq & 0x08) != 0)
            {
                Interlocked.Increment(ref _presses);
                Write(0x49, 0x08);
            }

            byte percent = Read(0xA4);
            _battery = percent <= 100 ? percent : (byte)255;
            _charging = (Read(0x01) & 0x60) == 0x20;
        }

        private byte Read(byte register)
        {
            _register[0] = register;
            _device.WriteRead(new SpanByte(_register), new SpanByte(_one));
            return _one[0];
        }

        private void Write(byte register, byte value)
        {
            _write[0] = register;
            _write[1] = value;
            _device.Write(new SpanByte(_write));
        }
    }
}
