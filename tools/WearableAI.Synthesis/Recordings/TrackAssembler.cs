namespace WearableAI.Synthesis.Recordings;

/// <summary>
/// Builds a long track from catalogue entries (<see cref="RecordingCatalogue.Track"/>): a source
/// is drawn uniformly, then an entry of it; speech is used whole with 0.1–0.6 s pauses, music and
/// ambient as 4–20 s excerpts joined by 50 ms crossfades; each piece is levelled to −20 dBFS RMS
/// with its peak kept below full scale.
/// </summary>
internal sealed class TrackAssembler
{
    private const int Rate = SynthesisSettings.SampleRate;
    private const double LevelDbfs = -20;
    private readonly RecordingCatalogue _catalogue;
    private readonly List<List<RecordingEntry>> _bySource;

    public TrackAssembler(RecordingCatalogue catalogue, IReadOnlyList<RecordingEntry> entries)
    {
        _catalogue = catalogue;
        _bySource = entries.GroupBy(e => e.Source, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
    }

    public float[] Assemble(RecordingKind kind, int length, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (kind == RecordingKind.RoomImpulseResponse) throw new ArgumentException("room responses are convolved, not played as a track", nameof(kind));
        if (_bySource.Count == 0) throw new InvalidOperationException($"the catalogue holds no {kind} recordings for this split");
        var track = new float[length];
        int position = 0;
        int fade = Rate / 20;
        bool speech = kind == RecordingKind.HumanSpeech;
        while (position < length)
        {
            RecordingEntry entry = random.Pick(random.Pick(_bySource));
            float[] piece;
            if (speech || entry.SampleCount <= 4 * Rate)
            {
                piece = _catalogue.Read(entry);
            }
            else
            {
                int want = Math.Min(entry.SampleCount, (int)(random.Uniform(4, 20) * Rate));
                piece = _catalogue.Read(entry, random.Next(entry.SampleCount - want + 1), want);
            }

            Level(piece);
            int overlap = speech || position == 0 ? 0 : Math.Min(fade, Math.Min(piece.Length / 4, position));
            int start = position - overlap;
            for (int i = 0; i < piece.Length && start + i < length; i++)
            {
                double w = i < overlap ? (double)i / overlap : 1.0;
                if (i < overlap) track[start + i] = (float)(track[start + i] * (1 - w) + piece[i] * w);
                else track[start + i] = piece[i];
            }

            position = start + piece.Length;
            if (speech) position += (int)(random.Uniform(0.1, 0.6) * Rate);
        }

        return track;
    }

    private static void Level(float[] piece)
    {
        double rms = Math.Sqrt(NoiseMixing.Power(piece, 0, piece.Length));
        if (rms <= 1e-6) return;
        double gain = Math.Pow(10, LevelDbfs / 20) / rms;
        float peak = Reverberation.Peak(piece);
        gain = Math.Min(gain, 0.95 / peak);
        for (int i = 0; i < piece.Length; i++) piece[i] = (float)(piece[i] * gain);
    }
}
