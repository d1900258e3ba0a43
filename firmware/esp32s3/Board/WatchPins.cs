namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// The wiring of the LilyGO T-Watch S3 (ESP32-S3-R8, 16 MB flash, 8 MB octal PSRAM): every GPIO,
    /// bus and I2C address the adapter uses, in one place. Source: LilyGO's board header
    /// (Xinyuan-LilyGO/TTGO_TWatch_Library, <c>src/utilities.h</c>, section <c>USING_TWATCH_S3</c>) and
    /// its power set-up (<c>src/LilyGoLib.cpp</c>, <c>beginPower</c>); README.md has the table with
    /// each source. Nothing here uses GPIO 19/20 (USB D−/D+, the board's only USB port), 26–32 (the
    /// octal flash/PSRAM) or 33–37 (octal PSRAM on R8 modules), which nanoFramework reserves on S3.
    /// </summary>
    public static class WatchPins
    {
        /// <summary>PDM microphone clock (SPM1423, <c>BOARD_MIC_CLOCK</c>), driven as I2S1's word-select line.</summary>
        public const int MicrophoneClock = 44;

        /// <summary>PDM microphone data (<c>BOARD_MIC_DATA</c>), I2S1 data in.</summary>
        public const int MicrophoneData = 47;

        /// <summary>nanoFramework I2S bus 1 = ESP32-S3 I2S0, the only S3 port with PDM receive.</summary>
        public const int MicrophoneBus = 1;

        /// <summary>The sensor I2C bus data line (<c>BOARD_I2C_SDA</c>): BMA423, AXP2101, DRV2605L, PCF8563.</summary>
        public const int SensorData = 10;

        /// <summary>The sensor I2C bus clock line (<c>BOARD_I2C_SCL</c>).</summary>
        public const int SensorClock = 11;

        /// <summary>nanoFramework I2C bus of the sensors.</summary>
        public const int SensorBus = 1;

        /// <summary>BMA423 accelerometer, I2C address (SDO high on the board; XPowers/SensorLib's BMA423_SLAVE_ADDRESS).</summary>
        public const int AccelerometerAddress = 0x19;

        /// <summary>BMA423 interrupt 1 (<c>BOARD_BMA423_INT1</c>, active high); unused while the FIFO is read by polling.</summary>
        public const int AccelerometerInterrupt = 14;

        /// <summary>AXP2101 power management unit, I2C address.</summary>
        public const int PowerAddress = 0x34;

        /// <summary>AXP2101 interrupt (<c>BOARD_PMU_INT</c>, active low): power-key presses, charger, battery; also the deep-sleep wake pin.</summary>
        public const int PowerInterrupt = 21;

        /// <summary>DRV2605L haptic driver, I2C address (fixed by the chip); powered from the AXP2101's BLDO2.</summary>
        public const int HapticsAddress = 0x5A;

        /// <summary>Display backlight (<c>BOARD_TFT_BL</c>), powered from ALDO2: the watch's status light (no LED on this board).</summary>
        public const int Backlight = 45;
    }
}
