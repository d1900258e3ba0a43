using System.Globalization;
using System.Text.Json;
using WearableAI.Shared.Protocol;

namespace WearableAI.Fleet;

/// <summary>
/// Reads a scene file (docs/fleet.md). Every problem is a <see cref="SceneFormatException"/> whose
/// message starts with the source name and the JSON path, e.g.
/// <c>kitchen.json: rooms[0].watches[1].at: expected [x, y] or [x, y, z] in metres</c>.
/// </summary>
public static class SceneParser
{
    /// <summary>Default noise floor of a room, dBFS RMS.</summary>
    public const double DefaultNoiseDb = -60;

    /// <summary>Default silence between the clips of an utterance, seconds.</summary>
    public const double DefaultGapSeconds = 0.25;

    /// <summary>Reads a scene file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="knownClips">Clip names that exist (null = do not check).</param>
    public static Scene ReadFile(string path, IReadOnlyCollection<string>? knownClips = null)
    {
        if (!File.Exists(path))
        {
            throw new SceneFormatException($"{path}: no such scene file");
        }

        return Parse(File.ReadAllText(path), Path.GetFileName(path), knownClips);
    }

    /// <summary>Parses scene JSON.</summary>
    /// <param name="json">The text.</param>
    /// <param name="source">Name used in messages.</param>
    /// <param name="knownClips">Clip names that exist (null = do not check).</param>
    public static Scene Parse(string json, string source, IReadOnlyCollection<string>? knownClips = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new SceneFormatException($"{source}: not valid JSON (line {e.LineNumber + 1}): {e.Message.Split(" Path:")[0]}", e);
        }

        using (document)
        {
            var reader = new Reader(source);
            JsonElement root = reader.Object(document.RootElement, "$");
            string name = reader.OptionalString(root, "name", "$") ?? Path.GetFileNameWithoutExtension(source);
            var rooms = new List<SceneRoom>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            JsonElement roomArray = reader.Array(root, "rooms", "$");
            int r = 0;
            foreach (JsonElement room in roomArray.EnumerateArray())
            {
                rooms.Add(ReadRoom(reader, room, $"rooms[{r++}]", names));
            }

            if (rooms.Count == 0)
            {
                throw reader.Error("rooms", "at least one room is needed");
            }

            var utterances = new List<Utterance>();
            int u = 0;
            foreach (JsonElement utterance in reader.Array(root, "utterances", "$").EnumerateArray())
            {
                utterances.Add(ReadUtterance(reader, utterance, $"utterances[{u++}]", rooms, knownClips));
            }

            if (utterances.Count == 0)
            {
                throw reader.Error("utterances", "at least one utterance is needed");
            }

            return new Scene(name, rooms, [.. utterances.OrderBy(x => x.AtSeconds)]);
        }
    }

    private static SceneRoom ReadRoom(Reader reader, JsonElement element, string path, HashSet<string> names)
    {
        JsonElement room = reader.Object(element, path);
        string id = reader.String(room, "id", path);
        if (!Topics.IsValidId(id))
        {
            throw reader.Error($"{path}.id", $"'{id}' is not a group id (1–32 of a–z, 0–9, '-', '_')");
        }

        double noise = reader.OptionalNumber(room, "noiseDb", path, -120, 0) ?? DefaultNoiseDb;
        var watches = new List<SceneWatch>();
        int w = 0;
        foreach (JsonElement watch in reader.Array(room, "watches", path).EnumerateArray())
        {
            string wpath = $"{path}.watches[{w++}]";
            JsonElement o = reader.Object(watch, wpath);
            string name = reader.String(o, "name", wpath);
            if (!names.Add(name))
            {
                throw reader.Error($"{wpath}.name", $"'{name}' is used twice (watch names are unique in a scene)");
            }

            watches.Add(new SceneWatch(name, id, reader.Position(o, "at", wpath), reader.OptionalNumber(o, "noiseDb", wpath, -120, 0) ?? noise));
        }

        if (watches.Count == 0)
        {
            throw reader.Error($"{path}.watches", "a room needs at least one watch");
        }

        return new SceneRoom(id, noise, watches);
    }

    private static Utterance ReadUtterance(Reader reader, JsonElement element, string path, List<SceneRoom> rooms, IReadOnlyCollection<string>? knownClips)
    {
        JsonElement o = reader.Object(element, path);
        double at = reader.OptionalNumber(o, "at", path, 0, 86400) ?? throw reader.Error($"{path}.at", "missing (seconds from the scene start)");
        string room = reader.String(o, "room", path);
        if (rooms.All(r => r.Id != room))
        {
            throw reader.Error($"{path}.room", $"no room '{room}' (rooms: {string.Join(", ", rooms.Select(r => r.Id))})");
        }

        var say = new List<string>();
        int i = 0;
        foreach (JsonElement clip in reader.Array(o, "say", path).EnumerateArray())
        {
            string clipPath = $"{path}.say[{i++}]";
            string name = clip.ValueKind == JsonValueKind.String ? clip.GetString()! : throw reader.Error(clipPath, "expected a clip name (a string)");
            if (knownClips is not null && !knownClips.Contains(name))
            {
                throw reader.Error(clipPath, $"no clip '{name}' (clips: {string.Join(", ", knownClips.Order(StringComparer.Ordinal))})");
            }

            say.Add(name);
        }

        if (say.Count == 0)
        {
            throw reader.Error($"{path}.say", "say at least one clip");
        }

        return new Utterance(at, room, reader.Position(o, "speaker", path), say,
            reader.OptionalNumber(o, "levelDb", path, -60, 20) ?? 0, reader.OptionalNumber(o, "gap", path, 0, 5) ?? DefaultGapSeconds);
    }

    /// <summary>Typed reads with messages that name the source and the path.</summary>
    private sealed class Reader(string source)
    {
        public SceneFormatException Error(string path, string problem) => new($"{source}: {path}: {problem}");

        public JsonElement Object(JsonElement e, string path) =>
            e.ValueKind == JsonValueKind.Object ? e : throw Error(path, $"expected an object, found {Kind(e)}");

        public JsonElement Array(JsonElement parent, string name, string path)
        {
            string at = Join(path, name);
            return !parent.TryGetProperty(name, out JsonElement e) ? throw Error(at, "missing (a list)")
                : e.ValueKind == JsonValueKind.Array ? e : throw Error(at, $"expected a list, found {Kind(e)}");
        }

        public string String(JsonElement parent, string name, string path) =>
            OptionalString(parent, name, path) is { Length: > 0 } s ? s : throw Error(Join(path, name), "missing (a non-empty string)");

        public string? OptionalString(JsonElement parent, string name, string path) =>
            !parent.TryGetProperty(name, out JsonElement e) ? null
            : e.ValueKind == JsonValueKind.String ? e.GetString() : throw Error(Join(path, name), $"expected a string, found {Kind(e)}");

        public double? OptionalNumber(JsonElement parent, string name, string path, double min, double max)
        {
            if (!parent.TryGetProperty(name, out JsonElement e))
            {
                return null;
            }

            string at = Join(path, name);
            double value = e.ValueKind == JsonValueKind.Number ? e.GetDouble() : throw Error(at, $"expected a number, found {Kind(e)}");
            return value >= min && value <= max ? value
                : throw Error(at, string.Create(CultureInfo.InvariantCulture, $"{value} is outside {min}…{max}"));
        }

        public Position Position(JsonElement parent, string name, string path)
        {
            string at = Join(path, name);
            const string Expected = "expected [x, y] or [x, y, z] in metres (0…1000)";
            if (!parent.TryGetProperty(name, out JsonElement e))
            {
                throw Error(at, $"missing; {Expected}");
            }

            if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() is < 2 or > 3
                || e.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number || v.GetDouble() is < 0 or > 1000))
            {
                throw Error(at, Expected);
            }

            double[] v = [.. e.EnumerateArray().Select(x => x.GetDouble())];
            return new Position(v[0], v[1], v.Length == 3 ? v[2] : 0);
        }

        private static string Join(string path, string name) => path == "$" ? name : $"{path}.{name}";

        private static string Kind(JsonElement e) => e.ValueKind.ToString().ToLowerInvariant();
    }
}
