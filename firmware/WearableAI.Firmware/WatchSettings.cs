using WearableAI.Firmware.Link;
using WearableAI.Firmware.Listening;
using WearableAI.Firmware.State;

namespace WearableAI.Firmware
{
    /// <summary>Everything configurable about one <see cref="Watch"/>. Plain data.</summary>
    public sealed class WatchSettings
    {
        /// <summary>Device id, board name, versions (Hello).</summary>
        public DeviceIdentity Identity = new DeviceIdentity();

        /// <summary>Wake window, pre-roll and command sizes.</summary>
        public ListeningOptions Listening = new ListeningOptions();

        /// <summary>State-machine timeouts and raise-to-speak.</summary>
        public WatchOptions Interaction = new WatchOptions();

        /// <summary>Messages kept while the hub is unreachable (each up to a full wake candidate).</summary>
        public int OfflineQueueCapacity = 4;

        /// <summary>Events published and waiting for the broker's receipt at most (transports that confirm later, e.g. M2Mqtt).</summary>
        public int MaxEventsInFlight = 2;

        /// <summary>
        /// An event that gets no Result (Hello, Gesture, ModelAck) goes out again when the hub's receipt has not come after
        /// this many ms, then after twice as long, … (<see cref="Link.UnreceiptedEvents"/>).
        /// </summary>
        public int ReceiptResendMs = 2000;

        /// <summary>… at most this many times (2, 6, 14 and 30 s after it was sent with the defaults).</summary>
        public int ReceiptResends = 4;

        /// <summary>Largest model blob accepted (the model slot size).</summary>
        public int MaxModelBytes = 32 * 1024;

        /// <summary>PCM samples read per <see cref="Watch.Step"/> (512 = 32 ms at 16 kHz).</summary>
        public int AudioChunkSamples = 512;

        /// <summary>
        /// Audio the board keeps while the main loop is busy, in ms (≥ 1000): the ESP32-S3 adapter sizes its
        /// I2S DMA ring from it, and a step that takes longer than this loses samples. A simulated ring of
        /// this size is what the budget checks.
        /// </summary>
        public int AudioRingMs = 1000;

        /// <summary>Accelerometer samples read per step at most.</summary>
        public int ImuChunkSamples = 16;

        /// <summary>Hub messages handled per step at most.</summary>
        public int MessagesPerStep = 4;
    }
}
