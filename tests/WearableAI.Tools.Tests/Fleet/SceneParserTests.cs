using WearableAI.Fleet;

namespace WearableAI.Tools.Tests.Fleet;

public class SceneParserTests
{
    private static readonly string[] Clips = ["hey_nano", "stop", "go", "up", "on", "off", "left", "right", "yes", "hey_mario"];

    private const string Good = """
        { "rooms": [ { "id": "kitchen", "watches": [ { "name": "a", "at": [1, 2] }, { "name": "b", "at": [3, 2, 1], "noiseDb": -50 } ] } ],
          "utterances": [ { "at": 2, "room": "kitchen", "speaker": [1, 1, 1.6], "say": ["hey_nano", "stop"], "levelDb": -3 } ] }
        """;

    [Fact]
    public void A_scene_reads_rooms_watches_and_utterances_with_defaults()
    {
        Scene scene = SceneParser.Parse(Good, "good.json", Clips);
        Assert.Equal("good", scene.Name);
        SceneRoom room = Assert.Single(scene.Rooms);
        Assert.Equal(SceneParser.DefaultNoiseDb, room.Watches[0].NoiseDb);
        Assert.Equal(-50, room.Watches[1].NoiseDb);
        Assert.Equal(new Position(3, 2, 1), room.Watches[1].At);
        Utterance u = Assert.Single(scene.Utterances);
        Assert.Equal("stop", u.Command);
        Assert.Equal(SceneParser.DefaultGapSeconds, u.GapSeconds);
    }

    [Theory]
    [InlineData("living-room.json")]
    [InlineData("two-rooms.json")]
    public void The_shipped_example_scenes_read_with_the_shipped_clips(string file)
    {
        string root = Root();
        string[] shipped = [.. Directory.GetFiles(Path.Combine(root, "models", "clips"), "*.wav").Select(Path.GetFileNameWithoutExtension)!];
        Scene scene = SceneParser.ReadFile(Path.Combine(root, "tools", "WearableAI.Fleet", "scenes", file), shipped);
        Assert.True(scene.Watches.Count() >= 3);
        Assert.Contains(scene.Utterances, u => u.StartsWithWake);
    }

    [Theory]
    [InlineData("{ \"rooms\": [", "bad.json: not valid JSON (line 1)")]
    [InlineData("[]", "bad.json: $: expected an object, found array")]
    [InlineData("{ \"utterances\": [] }", "bad.json: rooms: missing (a list)")]
    [InlineData("{ \"rooms\": [], \"utterances\": [] }", "bad.json: rooms: at least one room is needed")]
    [InlineData("{ \"rooms\": [ { \"id\": \"Kitchen!\", \"watches\": [] } ], \"utterances\": [] }", "bad.json: rooms[0].id: 'Kitchen!' is not a group id")]
    [InlineData("{ \"rooms\": [ { \"id\": \"k\", \"watches\": [] } ], \"utterances\": [] }", "bad.json: rooms[0].watches: a room needs at least one watch")]
    [InlineData("{ \"rooms\": [ { \"id\": \"k\", \"watches\": [ { \"name\": \"a\", \"at\": [1] } ] } ], \"utterances\": [] }", "bad.json: rooms[0].watches[0].at: expected [x, y] or [x, y, z] in metres")]
    [InlineData("{ \"rooms\": [ { \"id\": \"k\", \"watches\": [ { \"name\": \"a\", \"at\": [1, \"2\"] } ] } ], \"utterances\": [] }", "bad.json: rooms[0].watches[0].at: expected [x, y] or [x, y, z]")]
    [InlineData("{ \"rooms\": [ { \"id\": \"k\", \"watches\": [ { \"name\": \"a\", \"at\": [1, 2] }, { \"name\": \"a\", \"at\": [1, 2] } ] } ], \"utterances\": [] }", "bad.json: rooms[0].watches[1].name: 'a' is used twice")]
    [InlineData("{ \"rooms\": [ { \"id\": \"k\", \"noiseDb\": 5, \"watches\": [ { \"name\": \"a\", \"at\": [1, 2] } ] } ], \"utterances\": [] }", "bad.json: rooms[0].noiseDb: 5 is outside -120…0")]
    [InlineData("{ \"rooms\": [ { \"id\": \"k\", \"watches\": [ { \"name\": \"a\", \"at\": [1, 2] } ] } ], \"utterances\": [] }", "bad.json: utterances: at least one utterance is needed")]
    [InlineData("{ \"rooms\": [ { \"id\": \"k\", \"watches\": [ { \"name\": \"a\", \"at\": [1, 2] } ] } ], \"utterances\": [ { \"at\": 0, \"room\": \"hall\", \"speaker\": [0, 0], \"say\": [\"hey_nano\"] } ] }", "bad.json: utterances[0].room: no room 'hall' (rooms: k)")]
    [InlineData("{ \"rooms\": [ { \"id\": \"k\", \"watches\": [ { \"name\": \"a\", \"at\": [1, 2] } ] } ], \"utterances\": [ { \"at\": 0, \"room\": \"k\", \"speaker\": [0, 0], \"say\": [\"hey_nano\", \"jump\"] } ] }", "bad.json: utterances[0].say[1]: no clip 'jump'")]
    [InlineData("{ \"rooms\": [ { \"id\": \"k\", \"watches\": [ { \"name\": \"a\", \"at\": [1, 2] } ] } ], \"utterances\": [ { \"room\": \"k\", \"speaker\": [0, 0], \"say\": [\"hey_nano\"] } ] }", "bad.json: utterances[0].at: missing")]
    [InlineData("{ \"rooms\": [ { \"id\": \"k\", \"watches\": [ { \"name\": \"a\", \"at\": [1, 2] } ] } ], \"utterances\": [ { \"at\": 0, \"room\": \"k\", \"speaker\": [0, 0], \"say\": [] } ] }", "bad.json: utterances[0].say: say at least one clip")]
    public void A_bad_scene_is_refused_with_the_file_the_place_and_the_problem(string json, string message)
    {
        SceneFormatException e = Assert.Throws<SceneFormatException>(() => SceneParser.Parse(json, "bad.json", Clips));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_scene_file_is_named()
    {
        SceneFormatException e = Assert.Throws<SceneFormatException>(() => SceneParser.ReadFile("/no/such/scene.json"));
        Assert.Equal("/no/such/scene.json: no such scene file", e.Message);
    }

    [Fact]
    public void Wai_fleet_reports_a_bad_scene_in_one_line_and_exits_with_2()
    {
        string folder = WaiProcess.NewFolder();
        string scene = Path.Combine(folder, "broken.json");
        File.WriteAllText(scene, "{ \"rooms\": [ { \"id\": \"k\", \"watches\": [ { \"name\": \"a\", \"at\": [1] } ] } ], \"utterances\": [] }");
        WaiProcess.Result result = WaiProcess.Run(null, "fleet", "--scene", scene, "--models", Path.Combine(Root(), "models"));
        Assert.Equal(2, result.ExitCode);
        string output = System.Text.RegularExpressions.Regex.Replace(result.Output, @"\s+", " "); // the console may wrap long lines
        Assert.Contains("error: broken.json: rooms[0].watches[0].at: expected [x, y] or [x, y, z] in metres", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_scenes_are_the_same_for_the_same_seed_and_spread_watches_over_rooms()
    {
        Scene a = RandomScenes.Make(7, 3, 5, 42, ["stop", "go"]);
        Scene b = RandomScenes.Make(7, 3, 5, 42, ["stop", "go"]);
        Assert.Equal(a.Watches.Select(w => w.At), b.Watches.Select(w => w.At));
        Assert.Equal(a.Utterances.Select(u => (u.Room, u.Speaker, u.Say[1])), b.Utterances.Select(u => (u.Room, u.Speaker, u.Say[1])));
        Assert.Equal([3, 2, 2], a.Rooms.Select(r => r.Watches.Count));
        Assert.All(a.Utterances, u => Assert.Equal(Utterance.WakePhrase, u.Say[0]));
        Assert.NotEqual(a.Watches.Select(w => w.At), RandomScenes.Make(7, 3, 5, 43, ["stop", "go"]).Watches.Select(w => w.At));
    }

    internal static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WearableAI.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("no WearableAI.sln above the tests");
    }
}
