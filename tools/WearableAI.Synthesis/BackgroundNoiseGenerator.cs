using WearableAI.Synthesis.Voices;

namespace WearableAI.Synthesis;

/// <summary>
/// Makes the long <c>_background_noise_</c> recordings used to measure false accepts per hour:
/// generated noise (white, pink, brown, hum, clatter), babble of several overlapping synthetic
/// talkers, and continuous speech of random sentences that never contain the wake phrase.
/// Speech comes from held-out (test-split) voices only. Speech tracks are made in 15 s chunks
/// so both cores work on them; each chunk's content derives from (seed, track, chunk) alone.
/// </summary>
public sealed class BackgroundNoiseGenerator
{
    /// <summary>Length of one unit of work for speech tracks, seconds.</summary>
    public const int ChunkSeconds = 15;

    private readonly ClipSynthesizer _voice;
    private readonly PhraseLists _phrases;
    private readonly SpeakerSplit _speakers;
    private readonly int _seed;
    private readonly int _rate = SynthesisSettings.SampleRate;

    /// <summary>Creates the generator.</summary>
    public BackgroundNoiseGenerator(ClipSynthesizer voice, PhraseLists phrases, SpeakerSplit speakers, int seed)
    {
        _voice = voice;
        _phrases = phrases;
        _speakers = speakers;
        _seed = seed;
    }

    /// <summary>One unit of work: a whole noise track, or one chunk of a speech track.</summary>
    /// <param name="Track">The track.</param>
    /// <param name="Chunk">Chunk number within the track.</param>
    /// <param name="Offset">First sample of the chunk in the track.</param>
    /// <param name="Length">Samples in the chunk.</param>
    public sealed record Piece(BackgroundTrack Track, int Chunk, int Offset, int Length);

    /// <summary>Track lengths in samples for a total of <paramref name="minutes"/>.</summary>
    public int LengthOf(BackgroundTrack track, double minutes)
    {
        ArgumentNullException.ThrowIfNull(track);
        return (int)(minutes * 60 * _rate * track.Share / BackgroundTrack.TotalShares);
    }

    /// <summary>Splits all tracks into pieces of work.</summary>
    public IReadOnlyList<Piece> Plan(double minutes)
    {
        var pieces = new List<Piece>();
        foreach (BackgroundTrack track in BackgroundTrack.All)
        {
            int length = LengthOf(track, minutes);
            int chunk = track.Noise == null ? ChunkSeconds * _rate : Math.Max(1, length);
            for (int offset = 0, i = 0; offset < length; offset += chunk, i++)
            {
                pieces.Add(new Piece(track, i, offset, Math.Min(chunk, length - offset)));
            }
        }

        return pieces;
    }

    /// <summary>Renders one piece as floats at roughly −26 dBFS RMS.</summary>
    public float[] Render(Piece piece)
    {
        ArgumentNullException.ThrowIfNull(piece);
        ClipRandom random = ClipRandom.For(_seed, "background", piece.Chunk, piece.Track.Name);
        double level = Math.Pow(10, (-26 + random.Uniform(-4, 4)) / 20);
        float[] audio;
        if (piece.Track.Noise is NoiseKind kind)
        {
            audio = NoiseGenerator.Make(kind, piece.Length, _rate, random);
            for (int i = 0; i < audio.Length; i++) audio[i] *= (float)level;
            return audio;
        }

        audio = new float[piece.Length];
        int talkers = piece.Track.Talkers;
        for (int t = 0; t < talkers; t++)
        {
            double talkerLevel = level / Math.Sqrt(talkers) * Math.Pow(10, random.Uniform(-4, 4) / 20);
            AddTalker(audio, random, talkerLevel, talkers > 1);
        }

        // Sentences cut at the chunk's end fade out over 20 ms instead of clicking.
        int fade = Math.Min(audio.Length, _rate / 50);
        for (int i = 0; i < fade; i++) audio[audio.Length - 1 - i] *= (float)i / fade;
        return audio;
    }

    private void AddTalker(float[] audio, ClipRandom random, double level, bool babble)
    {
        // Babble talkers start mid-sentence (negative start) so the chunk begins already busy.
        int at = babble ? -random.Next(2 * _rate) : random.Next(_rate / 2);
        while (at < audio.Length)
        {
            float[] sentence = _voice.Speak(_phrases.Sentence(random), _speakers.Pick(DatasetSplit.Test, random), random);
            double rms = Math.Sqrt(NoiseMixing.Power(sentence, 0, sentence.Length));
            double scale = rms > 0 ? level / rms : 0;
            for (int i = Math.Max(0, -at); i < sentence.Length && at + i < audio.Length; i++)
            {
                audio[at + i] += (float)(sentence[i] * scale);
            }

            at += sentence.Length + (int)(random.Uniform(babble ? 0.05 : 0.3, babble ? 0.4 : 1.2) * _rate);
        }
    }
}
