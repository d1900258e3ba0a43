namespace WearableAI.Fleet;

/// <summary>
/// What a fleet run plays: rooms (hub groups) with watches at positions, and utterances — a
/// speaker at a position in one room saying a few shipped clips at a time. The file format is
/// documented in docs/fleet.md; <see cref="SceneParser"/> reads it, <see cref="RandomScenes"/> makes one.
/// </summary>
/// <param name="Name">Shown in the report.</param>
/// <param name="Rooms">The rooms; each is one hub group.</param>
/// <param name="Utterances">In time order.</param>
public sealed record Scene(string Name, IReadOnlyList<SceneRoom> Rooms, IReadOnlyList<Utterance> Utterances)
{
    /// <summary>Every watch of every room.</summary>
    public IEnumerable<SceneWatch> Watches => Rooms.SelectMany(r => r.Watches);

    /// <summary>The room of that id.</summary>
    /// <param name="id">Room id.</param>
    public SceneRoom Room(string id) => Rooms.First(r => r.Id == id);
}

/// <summary>A room: one hub group, its watches and its noise floor.</summary>
/// <param name="Id">Group id (1–32 of a–z, 0–9, '-', '_').</param>
/// <param name="NoiseDb">RMS level of each watch's own microphone noise, dB relative to full scale.</param>
/// <param name="Watches">The watches in the room.</param>
public sealed record SceneRoom(string Id, double NoiseDb, IReadOnlyList<SceneWatch> Watches);

/// <summary>A watch in a room.</summary>
/// <param name="Name">Unique in the scene; the device's name on the hub.</param>
/// <param name="Room">Its room id.</param>
/// <param name="At">Where it is.</param>
/// <param name="NoiseDb">Its microphone noise, dBFS RMS (the room's unless set).</param>
public sealed record SceneWatch(string Name, string Room, Position At, double NoiseDb);

/// <summary>A speaker saying clips one after another.</summary>
/// <param name="AtSeconds">Start, seconds from the scene start.</param>
/// <param name="Room">The room the speaker is in; only its watches hear it.</param>
/// <param name="Speaker">Where the speaker stands.</param>
/// <param name="Say">Clip names (files models/clips/&lt;name&gt;.wav), e.g. hey_nano, stop.</param>
/// <param name="LevelDb">Gain applied to the clips at 1 m, dB (0 = as recorded).</param>
/// <param name="GapSeconds">Silence between the clips.</param>
public sealed record Utterance(double AtSeconds, string Room, Position Speaker, IReadOnlyList<string> Say, double LevelDb, double GapSeconds)
{
    /// <summary>The wake phrase the hub listens for.</summary>
    public const string WakePhrase = "hey_nano";

    /// <summary>True when the utterance starts with the wake phrase (a device should answer).</summary>
    public bool StartsWithWake => Say.Count > 0 && Say[0] == WakePhrase;

    /// <summary>The command after the wake phrase, or null.</summary>
    public string? Command => StartsWithWake && Say.Count > 1 ? Say[1] : null;
}
