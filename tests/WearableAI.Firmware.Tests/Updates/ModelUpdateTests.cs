using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Tests.Support;
using WearableAI.Firmware.Tests.Watching;
using WearableAI.Shared.Common;
using WearableAI.Shared.Models;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Tests.Updates;

public class ModelUpdateTests
{
    private static TestWatch WatchWithModel(uint version)
    {
        WatchModel model = TestWatch.NeverFiring(1);
        model.ModelVersion = version;
        return new TestWatch(new short[512], model);
    }

    private static List<ModelAckFrame> Push(TestWatch t, byte[] blob, uint version, uint? crc = null, int chunk = 700)
    {
        uint blobCrc = crc ?? Crc32.Compute(blob, 0, blob.Length);
        for (int offset = 0; offset < blob.Length; offset += chunk)
        {
            ModelChunkFrame frame = new()
            {
                Sequence = (uint)(offset + 1), ModelVersion = version, TotalSize = (uint)blob.Length, Offset = (uint)offset, BlobCrc = blobCrc,
                Data = blob, DataOffset = offset, DataLength = Math.Min(chunk, blob.Length - offset),
            };
            t.Link.Deliver(LinkChannel.Model, WatchTests.Encode(frame));
            t.Step();
        }

        t.Step();
        return t.Sent().OfType<ModelAckFrame>().ToList();
    }

    private static byte[] Blob(uint version, int wakeThreshold = 127)
    {
        WatchModel model = TestWatch.NeverFiring(2);
        model.ModelVersion = version;
        model.WakeThreshold = wakeThreshold;
        return ModelBlobWriter.Write(model);
    }

    [Fact]
    public void A_newer_valid_model_is_acknowledged_chunk_by_chunk_then_installed()
    {
        TestWatch t = WatchWithModel(5);
        byte[] blob = Blob(6);
        List<ModelAckFrame> acks = Push(t, blob, 6);

        Assert.All(acks[..^1], a => Assert.Equal(ModelAckStatus.ChunkOk, a.Status));
        Assert.Equal(ModelAckStatus.Installed, acks[^1].Status);
        Assert.Equal((uint)blob.Length, acks[^1].NextOffset);
        Assert.Equal(6u, t.Watch.Updater.ActiveVersion);
        Assert.Equal(6u, t.Watch.Pipeline!.Spotter.Model.ModelVersion);
    }

    [Fact]
    public void A_corrupt_blob_is_rejected_by_crc_and_the_old_model_stays()
    {
        TestWatch t = WatchWithModel(5);
        byte[] blob = Blob(6);
        uint announced = Crc32.Compute(blob, 0, blob.Length);
        blob[blob.Length / 2] ^= 0x40;
        List<ModelAckFrame> acks = Push(t, blob, 6, announced);

        Assert.Equal(ModelAckStatus.RejectedCrc, acks[^1].Status);
        Assert.Equal(5u, t.Watch.Updater.ActiveVersion);
    }

    [Theory]
    [InlineData(5u)]
    [InlineData(4u)]
    public void An_equal_or_older_version_is_rejected_at_once(uint version)
    {
        TestWatch t = WatchWithModel(5);
        List<ModelAckFrame> acks = Push(t, Blob(version), version);

        Assert.All(acks, a => Assert.Equal(ModelAckStatus.RejectedVersion, a.Status));
        Assert.Equal(5u, t.Watch.Updater.ActiveVersion);
    }

    [Fact]
    public void A_model_that_fires_on_silence_fails_its_self_test_and_the_old_model_stays()
    {
        TestWatch t = WatchWithModel(5);
        List<ModelAckFrame> acks = Push(t, Blob(6, wakeThreshold: -128), 6);

        Assert.Equal(ModelAckStatus.RejectedSelfTest, acks[^1].Status);
        Assert.Equal(5u, t.Watch.Updater.ActiveVersion);
        Assert.Equal(5u, t.Watch.Pipeline!.Spotter.Model.ModelVersion);
    }

    [Fact]
    public void A_chunk_out_of_order_is_answered_with_the_offset_to_resume_from()
    {
        TestWatch t = WatchWithModel(5);
        byte[] blob = Blob(6);
        uint crc = Crc32.Compute(blob, 0, blob.Length);
        ModelChunkFrame Chunk(int offset) => new() { ModelVersion = 6, TotalSize = (uint)blob.Length, Offset = (uint)offset, BlobCrc = crc, Data = blob, DataOffset = offset, DataLength = 500 };
        t.Link.Deliver(LinkChannel.Model, WatchTests.Encode(Chunk(0)));
        t.Link.Deliver(LinkChannel.Model, WatchTests.Encode(Chunk(1000)));
        t.Step();

        ModelAckFrame last = t.Sent().OfType<ModelAckFrame>().Last();
        Assert.Equal(ModelAckStatus.OutOfOrder, last.Status);
        Assert.Equal(500u, last.NextOffset);
    }

    [Fact]
    public void After_an_install_a_rollback_restores_the_previous_model_from_the_other_slot()
    {
        TestWatch t = WatchWithModel(5);
        Push(t, Blob(6), 6);
        Assert.Equal(ModelAckStatus.RolledBack, t.Watch.Updater.RollBack("test"));
        Assert.Equal(5u, t.Watch.Updater.ActiveVersion);
        byte[] header = new byte[20];
        t.Store.Read(ModelSlot.Active, 0, header, 0, 20);
        Assert.Equal(5u, BitConverter.ToUInt32(header, 16));
    }

    [Fact]
    public void A_model_that_passes_its_self_test_but_does_not_fit_the_listening_pipeline_is_rolled_back_and_the_old_one_keeps_listening()
    {
        TestWatch t = WatchWithModel(5);
        WatchModel model = TestWatch.NeverFiring(2);
        model.ModelVersion = 6;
        model.Settings.HopSize = 128;
        List<ModelAckFrame> acks = Push(t, ModelBlobWriter.Write(model), 6);

        Assert.Equal(ModelAckStatus.RolledBack, acks[^1].Status);
        Assert.Equal(5u, t.Watch.Updater.ActiveVersion);
        Assert.Equal(5u, t.Watch.Pipeline!.Spotter.Model.ModelVersion);
        Assert.Equal(5u, t.Watch.Link.ModelVersion);
    }

    [Fact]
    public void The_installed_model_does_not_depend_on_the_chunk_size_of_the_update()
    {
        byte[] blob = Blob(6);
        foreach (int chunk in new[] { 1, 333, blob.Length })
        {
            TestWatch t = WatchWithModel(5);
            List<ModelAckFrame> acks = Push(t, blob, 6, chunk: chunk);
            Assert.Equal(ModelAckStatus.Installed, acks[^1].Status);
            byte[] active = new byte[blob.Length];
            t.Store.Read(ModelSlot.Active, 0, active, 0, blob.Length);
            Assert.Equal(blob, active);
        }
    }
}
