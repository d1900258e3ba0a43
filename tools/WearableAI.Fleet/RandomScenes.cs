namespace WearableAI.Fleet;

/// <summary>
/// A reproducible random scene: <c>watches</c> spread over <c>rooms</c> rooms of 6 × 5 m at random
/// wrist heights, then <c>count</c> utterances 5 s apart, each "hey nano" + a random command from a
/// random spot of a random room, at a random level. The same seed gives the same scene.
/// </summary>
public static class RandomScenes
{
    /// <summary>Seconds between utterance starts (a wake + command round trip and the result display fit in it).</summary>
    public const double Spacing = 5.0;

    /// <summary>Room size in metres.</summary>
    public const double Width = 6, Depth = 5;

    /// <summary>Makes the scene.</summary>
    /// <param name="watches">Number of watches (≥ 1).</param>
    /// <param name="rooms">Number of rooms (1…watches).</param>
    /// <param name="count">Number of utterances (≥ 1).</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="commands">Command clip names to choose from.</param>
    public static Scene Make(int watches, int rooms, int count, int seed, IReadOnlyList<string> commands)
    {
        if (watches < 1 || rooms < 1 || rooms > watches || count < 1 || commands.Count == 0)
        {
            throw new ArgumentException("random scenes need watches ≥ 1, 1 ≤ rooms ≤ watches, utterances ≥ 1 and at least one command clip");
        }

        var random = new Random(seed);
        var roomList = new List<SceneRoom>();
        for (int r = 0; r < rooms; r++)
        {
            string id = $"room-{r + 1}";
            double noise = -66 + (random.NextDouble() * 12);
            var inRoom = new List<SceneWatch>();
            for (int w = r; w < watches; w += rooms)
            {
                inRoom.Add(new SceneWatch($"watch-{w + 1}", id, RandomSpot(random, 0.7, 1.2), noise));
            }

            roomList.Add(new SceneRoom(id, noise, inRoom));
        }

        var utterances = new List<Utterance>();
        for (int u = 0; u < count; u++)
        {
            SceneRoom room = roomList[random.Next(roomList.Count)];
            utterances.Add(new Utterance(1 + (u * Spacing), room.Id, RandomSpot(random, 1.5, 1.8),
                [Utterance.WakePhrase, commands[random.Next(commands.Count)]], -6 + (random.NextDouble() * 6), SceneParser.DefaultGapSeconds));
        }

        return new Scene($"random (seed {seed}, {watches} watches, {rooms} rooms, {count} utterances)", roomList, utterances);
    }

    private static Position RandomSpot(Random random, double minHeight, double maxHeight) =>
        new(Math.Round(random.NextDouble() * Width, 2), Math.Round(random.NextDouble() * Depth, 2), Math.Round(minHeight + (random.NextDouble() * (maxHeight - minHeight)), 2));
}
