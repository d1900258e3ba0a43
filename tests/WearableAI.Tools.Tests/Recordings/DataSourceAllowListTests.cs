using WearableAI.Synthesis.Recordings;

namespace WearableAI.Tools.Tests.Recordings;

[Collection(SmallRecordingsFixture.Collection)]
public class DataSourceAllowListTests
{
    private readonly SmallRecordingsFixture _fixture;

    public DataSourceAllowListTests(SmallRecordingsFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void Every_path_the_catalogue_read_from_real_packages_is_on_the_allow_list()
    {
        RecordingCatalogue catalogue = _fixture.Catalogue;
        string trees = catalogue.Gate.Packages.TreesFolder;
        IReadOnlyList<string> read = catalogue.Gate.PathsRead;

        Assert.NotEmpty(read);
        Assert.All(read, path => Assert.Null(DataSourceAllowList.Refusal(path, trees)));
        Assert.All(read, path => Assert.True(path.StartsWith(trees + "/", StringComparison.Ordinal) || DataSourceAllowList.SystemFiles.Contains(path), $"{path} is neither in a package tree nor a named system file"));
        Assert.All(catalogue.Entries, e => Assert.Contains(Path.Combine(trees, e.Path), read));
        Assert.Contains(read, p => p.EndsWith("/usr/share/sounds/alsa/Front_Left.wav", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_outside_the_allow_list_is_refused_with_a_clear_message()
    {
        PackageFileGate gate = _fixture.Catalogue.Gate;
        string trees = gate.Packages.TreesFolder;
        string[] outside =
        [
            "/usr/share/sounds/alsa/Front_Left.wav",                          // the system folder, not the package's own tree
            Path.Combine(trees, "alsa-utils/usr/bin/aplay"),                  // an allowed package, outside its allowed folders
            Path.Combine(trees, "espeak-ng-data/usr/share/espeak-ng-data/phontab"), // a package that is not a source
            Path.Combine(trees, "alsa-utils/usr/share/sounds/alsa/../../../bin/aplay"),
            Path.Combine(trees, "rakarrack/usr/share/rakarrack/1.wav"),       // rakarrack: only the .rvb patterns
        ];

        foreach (string path in outside)
        {
            var refused = Assert.Throws<DataSourceRefusedException>(() => gate.Authorize(path));
            Assert.Contains("not on the data-source allow-list", refused.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Path.GetFullPath(path), gate.PathsRead);
        }
    }

    [Fact]
    public void A_link_inside_a_package_tree_to_a_system_file_is_refused()
    {
        PackageFileGate gate = _fixture.Catalogue.Gate;
        string link = Path.Combine(gate.Packages.TreesFolder, "alsa-utils/usr/share/sounds/alsa", $"link-{Guid.NewGuid():N}.wav");
        File.CreateSymbolicLink(link, "/etc/hostname");
        try
        {
            var refused = Assert.Throws<DataSourceRefusedException>(() => gate.Authorize(link));
            Assert.Contains("/etc/hostname", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(link);
        }
    }

    [Fact]
    public void Every_catalogue_rule_lies_inside_its_packages_allowed_folders()
    {
        foreach (RecordingSource source in PackagedRecordings.All)
        {
            // A named file must be allowed itself; a pattern's folder (or archive) must lie inside an allowed folder.
            IEnumerable<string> paths = source.Files.Names?.Select(n => source.Files.Folder + n) ?? [source.Files.Archive ?? source.Files.Folder];
            foreach (string inTree in paths)
            {
                Assert.True(
                    DataSourceAllowList.Recordings.Any(r => r.Package == source.Package && (r.Allows(inTree) || (r.PathPrefix.EndsWith('/') && inTree.StartsWith(r.PathPrefix, StringComparison.Ordinal)))),
                    $"{source.Name} reads {inTree} of {source.Package}, which the allow-list does not cover");
            }
        }
    }

    [Fact]
    public void A_system_file_that_is_not_read_by_name_is_refused_and_the_prose_files_are_allowed()
    {
        var refused = Assert.Throws<DataSourceRefusedException>(() => DataSourceAllowList.ReadSystemFile("/etc/hostname"));
        Assert.Contains("not on the data-source allow-list", refused.Message, StringComparison.Ordinal);
        foreach (string prose in WearableAI.Synthesis.Negatives.ProseLibrary.Files.Values.SelectMany(f => f))
        {
            Assert.NotEmpty(DataSourceAllowList.ReadSystemFile(prose)); // base-files: on every Debian machine
        }
    }
}
