using System.Security.Cryptography;
using CsCheck;
using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Tests.Support;
using WearableAI.Firmware.Tests.Watching;
using WearableAI.Firmware.Updates;
using WearableAI.Shared.Common;
using WearableAI.Shared.Models;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Tests.Updates;

/// <summary>A model is activated only when its SHA-256 is one the watch trusts; the CRC alone catches only transmission errors.</summary>
public class ModelVerificationTests
{
    [Fact]
    public void The_watch_sha256_equals_the_reference_implementation_on_every_length_around_the_block_edges()
    {
        Gen.Byte.Array[0, 300].Sample(data =>
        {
            // One instance per sample: CsCheck samples on several threads and a Sha256 is not thread-safe.
            byte[] digest = new byte[Sha256.DigestBytes];
            new Sha256().Compute(data, 0, data.Length, digest, 0);
            Assert.Equal(SHA256.HashData(data), digest);
        }, iter: 500);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(Hash("abc"u8.ToArray())));
    }

    [Fact]
    public void A_model_whose_digest_was_pinned_is_installed()
    {
        byte[] blob = Blob(6);
        TestWatch t = WatchWithModel(5, new PinnedModelDigests([SHA256.HashData(blob)]));

        Assert.Equal(ModelAckStatus.Installed, Push(t, blob, 6)[^1].Status);
        Assert.Equal(6u, t.Watch.Updater.ActiveVersion);
    }

    [Fact]
    public void A_model_with_a_valid_crc_but_a_digest_nobody_pinned_is_refused_and_the_old_model_stays()
    {
        byte[] pinned = Blob(6);
        byte[] other = Blob(6, wakeThreshold: 100);
        TestWatch t = WatchWithModel(5, new PinnedModelDigests([SHA256.HashData(pinned)]));

        ModelAckFrame last = Push(t, other, 6)[^1];

        Assert.Equal(ModelAckStatus.RejectedCrc, last.Status);
        Assert.Equal(5u, t.Watch.Updater.ActiveVersion);
        Assert.Contains("SHA-256", t.Watch.Updater.LastMessage);
    }

    [Theory]
    [InlineData("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", true)]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a", false)]
    [InlineData("za7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", false)]
    public void A_pinned_digest_is_64_hex_characters(string text, bool valid)
    {
        byte[]? digest = PinnedModelDigests.ParseHex(text);

        Assert.Equal(valid, digest is not null);
        if (valid)
        {
            Assert.Equal(Hash("abc"u8.ToArray()), digest);
        }
    }

    private static byte[] Hash(byte[] data)
    {
        byte[] digest = new byte[Sha256.DigestBytes];
        new Sha256().Compute(data, 0, data.Length, digest, 0);
        return digest;
    }

    private static TestWatch WatchWithModel(uint version, IModelVerifier verifier)
    {
        WatchModel model = TestWatch.NeverFiring(1);
        model.ModelVersion = version;
        TestWatch t = new(new short[512], model);
        t.Watch.Updater.Verifier = verifier;
        return t;
    }

    private static byte[] Blob(uint version, int wakeThreshold = 127)
    {
        WatchModel model = TestWatch.NeverFiring(2);
        model.ModelVersion = version;
        model.WakeThreshold = wakeThreshold;
        return ModelBlobWriter.Write(model);
    }

    private static List<ModelAckFrame> Push(TestWatch t, byte[] blob, uint version)
    {
        uint crc = Crc32.Compute(blob, 0, blob.Length);
        for (int offset = 0; offset < blob.Length; offset += 700)
        {
            ModelChunkFrame frame = new()
            {
                Sequence = (uint)(offset + 1), ModelVersion = version, TotalSize = (uint)blob.Length, Offset = (uint)offset, BlobCrc = crc,
                Data = blob, DataOffset = offset, DataLength = Math.Min(700, blob.Length - offset),
            };
            t.Link.Deliver(LinkChannel.Model, WatchTests.Encode(frame));
            t.Step();
        }

        t.Step();
        return t.Sent().OfType<ModelAckFrame>().ToList();
    }
}
