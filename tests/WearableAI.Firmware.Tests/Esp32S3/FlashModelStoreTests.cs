using WearableAI.Esp32S3.Board;
using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Simulation;
using WearableAI.Firmware.Tests.Support;
using WearableAI.Shared.Models;

namespace WearableAI.Firmware.Tests.Esp32S3;

/// <summary>The ESP32-S3 flash store's own source, run against real files in a temporary folder.</summary>
public sealed class FlashModelStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"wai-flash-{Guid.NewGuid():N}") + Path.DirectorySeparatorChar;

    public FlashModelStoreTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static byte[] ReadAll(IModelStore store, ModelSlot slot, int length)
    {
        byte[] bytes = new byte[length];
        Assert.Equal(length, store.Read(slot, 0, bytes, 0, length));
        return bytes;
    }

    [Fact]
    public void A_staged_image_becomes_active_on_swap_survives_a_reboot_and_a_second_swap_rolls_back()
    {
        FlashModelStore store = new(_folder, 1000);
        store.WriteStaging(0, [1, 2, 3, 4], 0, 4);
        store.Swap();
        store.WriteStaging(0, [9, 9, 9, 9, 9, 9], 0, 6);
        store.WriteStaging(6, [8, 8], 0, 2);
        store.Swap();

        FlashModelStore rebooted = new(_folder, 1000);
        Assert.Equal([9, 9, 9, 9, 9, 9, 8, 8], ReadAll(rebooted, ModelSlot.Active, 8));
        rebooted.Swap();
        Assert.Equal([1, 2, 3, 4], ReadAll(new FlashModelStore(_folder, 1000), ModelSlot.Active, 4));
    }

    [Fact]
    public void Restaging_from_offset_zero_truncates_and_an_image_larger_than_the_slot_is_refused()
    {
        FlashModelStore store = new(_folder, 8);
        store.WriteStaging(0, [1, 1, 1, 1, 1, 1], 0, 6);
        store.WriteStaging(0, [2, 2], 0, 2);
        byte[] buffer = new byte[8];
        Assert.Equal(2, store.Read(ModelSlot.Staging, 0, buffer, 0, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.WriteStaging(4, new byte[5], 0, 5));
        Assert.Equal(0, store.Read(ModelSlot.Active, 0, buffer, 0, 8));
    }

    [Fact]
    public void A_swap_cut_off_before_the_old_pointer_was_deleted_did_not_happen()
    {
        FlashModelStore store = new(_folder, 100);
        store.WriteStaging(0, [5], 0, 1);
        store.Swap(); // active = b
        File.WriteAllBytes(_folder + "wai-model.active.new", "a"u8.ToArray());

        FlashModelStore rebooted = new(_folder, 100);
        Assert.True(rebooted.ActiveIsB);
        Assert.Equal([5], ReadAll(rebooted, ModelSlot.Active, 1));
        Assert.False(File.Exists(_folder + "wai-model.active.new"));
    }

    [Fact]
    public void A_swap_cut_off_after_the_old_pointer_was_deleted_is_completed()
    {
        FlashModelStore store = new(_folder, 100);
        store.WriteStaging(0, [7], 0, 1);
        File.WriteAllBytes(_folder + "wai-model.active.new", "b"u8.ToArray());

        FlashModelStore rebooted = new(_folder, 100);
        Assert.True(rebooted.ActiveIsB);
        Assert.Equal([7], ReadAll(rebooted, ModelSlot.Active, 1));
        Assert.True(File.Exists(_folder + "wai-model.active"));
    }

    [Fact]
    public void A_model_update_from_the_hub_is_still_active_after_the_watch_restarts()
    {
        WatchModel v5 = TestWatch.NeverFiring(1);
        v5.ModelVersion = 5;
        byte[] blob5 = ModelBlobWriter.Write(v5);
        FlashModelStore flash = new(_folder, 64 * 1024);
        flash.WriteStaging(0, blob5, 0, blob5.Length);
        flash.Swap();
        WatchModel v6 = TestWatch.NeverFiring(2);
        v6.ModelVersion = 6;
        byte[] blob6 = ModelBlobWriter.Write(v6);

        Watch watch = Boot(flash);
        Assert.Equal(5u, watch.Updater.ActiveVersion);
        Shared.Protocol.ModelChunkFrame chunk = new()
        {
            Sequence = 1, ModelVersion = 6, TotalSize = (uint)blob6.Length, Offset = 0, BlobCrc = Shared.Common.Crc32.Compute(blob6, 0, blob6.Length),
            Data = blob6, DataOffset = 0, DataLength = blob6.Length,
        };
        Assert.Equal(Shared.Protocol.ModelAckStatus.Installed, watch.Updater.Accept(chunk));

        Assert.Equal(6u, Boot(new FlashModelStore(_folder, 64 * 1024)).Updater.ActiveVersion);
    }

    private static Watch Boot(IModelStore store) => new(
        new WatchHardware { Audio = new PcmAudioSource(new short[512], 16000), Indicator = new RecordingIndicator(), Clock = new SimulatedClock(), Link = new InMemoryMessageLink(), ModelStore = store },
        new WatchSettings { MaxModelBytes = 64 * 1024 });
}
