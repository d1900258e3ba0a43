using WearableAI.Contracts;

namespace WearableAI.Contracts.Tests;

/// <summary>What the writer writes, the reader reads back unchanged; the committed models/manifest.json is such a file.</summary>
public sealed class ModelManifestRoundTripTests
{
    [Fact]
    public void A_written_manifest_reads_back_with_every_field()
    {
        string json = ModelManifestFile.ToJson(SampleManifest.Complete);

        ModelManifest read = ModelManifestFile.Parse(json, "manifest.json");

        Assert.Equal(json, ModelManifestFile.ToJson(read));
        Assert.Equal(ModelManifest.CurrentSchemaVersion, read.SchemaVersion);
        Assert.Equal("20261207-051903", read.Version);
        Assert.Equal(SampleManifest.Complete.Vocabulary, read.Vocabulary);
        Assert.Equal(-29, read.Thresholds.TinyWake);
        Assert.Equal(32, read.Bands);
        Assert.Equal(0, read.WakeIndex);
        Assert.Equal("eval-report.json", read.Files.EvalReport);
        Assert.Equal(0.404, read.Metrics["cascade.wake_miss_rate"]);
        Assert.Equal(10, read.Training!.Hub!.Value.GetProperty("epochs").GetInt32());
    }

    [Fact]
    public void The_file_names_its_layout_version_first_in_camel_case()
    {
        string json = ModelManifestFile.ToJson(SampleManifest.Complete);

        Assert.StartsWith("{\n  \"schemaVersion\": 2,\n  \"version\": \"20261207-051903\",", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"frontEnd\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"tinyWake\": -29", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"wakeIndex\"", json, StringComparison.Ordinal); // the shortcuts are not written
        Assert.DoesNotContain("\"wakeThreshold\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_written_to_a_file_reads_back_from_it()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("wai-manifest-").FullName, ModelFiles.ManifestName);

        ModelManifestFile.Write(path, SampleManifest.Complete);

        Assert.EndsWith("}\n", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(ModelManifestFile.ToJson(SampleManifest.Complete), ModelManifestFile.ToJson(ModelManifestFile.Read(path)));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void Fields_this_version_does_not_know_are_ignored()
    {
        string json = ModelManifestFile.ToJson(SampleManifest.Complete).Replace("\"version\":", "\"someFutureField\": [1, 2],\n  \"version\":", StringComparison.Ordinal);

        Assert.Equal("20261207-051903", ModelManifestFile.Parse(json, "manifest.json").Version);
    }

    [Fact]
    public void The_committed_manifest_is_the_current_layout_naming_the_shipped_files_and_its_headline_figures()
    {
        ModelManifest shipped = ModelManifestFile.Read(Path.Combine(SampleManifest.ShippedFolder, ModelFiles.ManifestName));

        Assert.True(File.Exists(Path.Combine(SampleManifest.ShippedFolder, shipped.Files.Hub)));
        Assert.True(File.Exists(Path.Combine(SampleManifest.ShippedFolder, shipped.Files.Watch!)));
        Assert.True(File.Exists(Path.Combine(SampleManifest.ShippedFolder, shipped.Files.EvalReport!)));
        Assert.Contains("cascade.wake_miss_rate", shipped.Metrics.Keys);
        Assert.True(new FileInfo(Path.Combine(SampleManifest.ShippedFolder, ModelFiles.ManifestName)).Length < 16 * 1024, "the manifest no longer carries the evaluation report");
    }
}
