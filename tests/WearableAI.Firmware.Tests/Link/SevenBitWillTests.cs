using System.Text;
using CsCheck;
using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Simulation;
using WearableAI.Firmware.Link;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Tests.Link;

/// <summary>The last will through a transport that takes it as a string (nanoFramework.M2Mqtt).</summary>
public class SevenBitWillTests
{
    /// <summary>What M2Mqtt does with the will: chars from the bytes, then the string's UTF-8 bytes.</summary>
    private static byte[] ThroughM2MqttString(byte[] frame) => Encoding.UTF8.GetBytes(new string(frame.Select(b => (char)b).ToArray()));

    [Fact]
    public void The_will_reaches_the_broker_byte_for_byte_and_decodes_to_the_watchs_offline_status()
    {
        Gen.Select(Gen.UInt, Gen.Byte[0, 100], Gen.UInt[0, 0x7F7F7F7F], Gen.UInt[1, 127], Gen.UInt).Sample((sequence, battery, dropped, model, memory) =>
        {
            if (!SevenBitWill.IsClean(dropped))
            {
                return;
            }

            StatusFrame status = new() { Online = false, BatteryPercent = battery, DroppedEvents = dropped, ModelVersion = model, FreeMemoryBytes = memory, PipelineState = PipelineState.Idle };
            byte[] buffer = new byte[FrameCodec.MaxFrameSize];

            int length = SevenBitWill.Encode(status, sequence, buffer, out uint used);

            Assert.True(length > 0);
            byte[] frame = buffer.AsSpan(0, length).ToArray();
            Assert.Equal(frame, ThroughM2MqttString(frame));
            Assert.Equal(FrameError.None, FrameCodec.Decode(frame, 0, length, out Frame? decoded));
            StatusFrame will = Assert.IsType<StatusFrame>(decoded);
            Assert.False(will.Online);
            Assert.Equal(battery, will.BatteryPercent);
            Assert.Equal(model, will.ModelVersion);
            Assert.Equal(dropped, will.DroppedEvents);
            Assert.True(will.FreeMemoryBytes <= memory);
            if (memory >= 0x100)
            {
                // In the highest 7-bit-clean block of 128 values that lies wholly at or below the true value.
                uint block = will.FreeMemoryBytes & 0xFFFFFF00u;
                Assert.Equal(SevenBitWill.CleanBlockBelow(memory), block);
                uint next = SevenBitWill.NextCleanSequence(block + 0x100u) & 0xFFFFFF00u;
                Assert.True(next <= block || (ulong)next + 0x7F > memory, "a higher clean block would still be a lower bound");
            }

            Assert.Equal(0, will.TimestampMs);
            Assert.Equal(used, will.Sequence);
            Assert.True(SevenBitWill.IsClean(used));
        }, iter: 2000);
    }

    [Theory]
    [InlineData(0x011400DBu, 0x01140000u)] // the case a random run found: the block below must not borrow into 0x0113…
    [InlineData(0x011401DBu, 0x01140100u)]
    [InlineData(0x01140105u, 0x01140000u)]
    [InlineData(0x01140005u, 0x01137F00u)] // 0x011400xx with xx < 0x7F: the block before crosses the 0x80 gap
    [InlineData(0x0000017Fu, 0x00000100u)]
    [InlineData(0x00000150u, 0x00000000u)]
    public void The_memory_block_is_the_highest_clean_block_wholly_at_or_below_the_true_value(uint memory, uint expected)
    {
        Assert.Equal(expected, SevenBitWill.CleanBlockBelow(memory));
    }

    [Fact]
    public void A_status_with_a_true_field_above_0x7F_has_no_7_bit_will()
    {
        byte[] buffer = new byte[FrameCodec.MaxFrameSize];
        StatusFrame unknownBattery = new() { Online = false, BatteryPercent = ProtocolLimits.BatteryUnknown, ModelVersion = 1 };
        StatusFrame bigModel = new() { Online = false, BatteryPercent = 50, ModelVersion = 0x80 };

        Assert.Equal(-1, SevenBitWill.Encode(unknownBattery, 1, buffer, out _));
        Assert.Equal(-1, SevenBitWill.Encode(bigModel, 1, buffer, out _));
    }

    [Fact]
    public void The_free_memory_floor_is_the_largest_7_bit_clean_value_not_above_it()
    {
        Gen.UInt.Sample(value =>
        {
            uint floor = SevenBitWill.CleanFloor(value);
            Assert.True(SevenBitWill.IsClean(floor));
            Assert.True(floor <= value);
            for (uint above = floor + 1; above <= value && above - floor < 5000; above++)
            {
                Assert.False(SevenBitWill.IsClean(above));
            }
        }, iter: 2000);
        Assert.Equal(0x00017F7Fu, SevenBitWill.CleanFloor(0x000180FFu));
        Assert.Equal(0x7F7F7F7Fu, SevenBitWill.CleanFloor(uint.MaxValue));
    }

    [Fact]
    public void A_watch_on_a_text_will_transport_registers_a_will_that_survives_and_numbers_on_after_it()
    {
        TextWillLink link = new();
        SimulatedClock clock = new();
        WatchLink watch = new(link, clock, new DeviceIdentity { DeviceId = "watch-1" }, 4, 256, 1) { BatteryPercent = 80, ModelVersion = 1 };

        watch.Service();

        Assert.True(link.Will.Length > 0);
        Assert.Equal(link.Will, ThroughM2MqttString(link.Will));
        Assert.Equal(FrameError.None, FrameCodec.Decode(link.Will, 0, link.Will.Length, out Frame? will));
        Assert.False(((StatusFrame)will!).Online);
        Assert.True(watch.NextSequence > will.Sequence);
        Assert.Equal(0, watch.WillsOmitted);
    }

    [Fact]
    public void A_watch_that_does_not_know_its_battery_connects_without_a_will_and_counts_it()
    {
        TextWillLink link = new();
        WatchLink watch = new(link, new SimulatedClock(), new DeviceIdentity { DeviceId = "watch-1" }, 4, 256, 1);

        watch.Service();

        Assert.Empty(link.Will);
        Assert.Equal(1, watch.WillsOmitted);
        Assert.True(link.IsConnected);
    }

    /// <summary>A transport that takes its will as text; records it.</summary>
    private sealed class TextWillLink : ITextWillLink, IMessageLink
    {
        public byte[] Will { get; private set; } = [];

        public bool IsConnected { get; private set; }

        public void SetLastWill(byte[] payload, int offset, int count) => Will = payload.AsSpan(offset, count).ToArray();

        public bool Connect() => IsConnected = true;

        public bool Publish(LinkChannel channel, byte[] payload, int offset, int count) => IsConnected;

        public int Poll(byte[] buffer, int offset, out LinkChannel channel)
        {
            channel = LinkChannel.Result;
            return LinkPoll.NothingReceived;
        }
    }
}
