using CsCheck;
using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Link;

namespace WearableAI.Firmware.Tests.Link;

public class OfflineQueueTests
{
    [Fact]
    public void Overflow_drops_the_oldest_counts_every_drop_and_keeps_order_and_payloads()
    {
        OfflineQueue queue = new(capacity: 4, maxMessageBytes: 16);
        for (byte i = 0; i < 10; i++)
        {
            Assert.True(queue.Enqueue(LinkChannel.Event, Message(i), 0, i % 5 + 1));
        }

        Assert.Equal(4, queue.Count);
        Assert.Equal(6, queue.DroppedCount);
        byte[] buffer = new byte[16];
        for (byte expected = 6; expected < 10; expected++)
        {
            int length = queue.CopyOldest(buffer, 0, out LinkChannel channel);
            Assert.Equal(LinkChannel.Event, channel);
            Assert.Equal(Message(expected).AsSpan(0, expected % 5 + 1).ToArray(), buffer.AsSpan(0, length).ToArray());
            queue.RemoveOldest();
        }

        Assert.Equal(0, queue.Count);
        Assert.Equal(-1, queue.CopyOldest(buffer, 0, out _));
    }

    [Fact]
    public void A_message_larger_than_a_slot_is_refused_and_counted_not_truncated()
    {
        OfflineQueue queue = new(capacity: 2, maxMessageBytes: 8);

        Assert.False(queue.Enqueue(LinkChannel.Status, new byte[9], 0, 9));
        Assert.True(queue.Enqueue(LinkChannel.Status, new byte[8], 0, 8));

        Assert.Equal(1, queue.RejectedCount);
        Assert.Equal(1, queue.Count);
        Assert.Equal(0, queue.DroppedCount);
    }

    [Fact]
    public void The_caller_may_reuse_its_buffer_after_enqueueing()
    {
        OfflineQueue queue = new(capacity: 2, maxMessageBytes: 4);
        byte[] frame = [1, 2, 3, 4];
        queue.Enqueue(LinkChannel.Event, frame, 0, 4);
        frame[0] = 99;

        byte[] copy = new byte[4];
        queue.CopyOldest(copy, 0, out _);

        Assert.Equal(new byte[] { 1, 2, 3, 4 }, copy);
    }

    [Fact]
    public void Whatever_the_sequence_every_message_is_either_delivered_in_order_or_counted_as_dropped()
    {
        Gen.Select(Gen.Int[1, 8], Gen.Int[0, 3].Array[1, 200]).Sample((capacity, ops) =>
        {
            OfflineQueue queue = new(capacity, maxMessageBytes: 4);
            byte[] buffer = new byte[4];
            int next = 0;
            List<int> delivered = [];
            foreach (int op in ops)
            {
                if (op == 0 && queue.Count > 0)
                {
                    queue.CopyOldest(buffer, 0, out _);
                    delivered.Add(BitConverter.ToInt32(buffer));
                    queue.RemoveOldest();
                }
                else
                {
                    queue.Enqueue(LinkChannel.Event, BitConverter.GetBytes(next++), 0, 4);
                }
            }

            bool increasing = delivered.Zip(delivered.Skip(1)).All(p => p.First < p.Second);
            return increasing && delivered.Count + queue.Count + queue.DroppedCount == next;
        });
    }

    private static byte[] Message(byte tag) => [tag, (byte)(tag + 1), (byte)(tag + 2), (byte)(tag + 3), (byte)(tag + 4)];
}
