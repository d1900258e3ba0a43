using System.Globalization;
using WearableAI.Synthesis.Voices;

namespace WearableAI.Synthesis.Negatives;

/// <summary>
/// Running speech as negative clips, the way the watch hears it: every engine's voices (engines
/// balanced, <see cref="SpeakerSplit.Pick"/>) read passages of prose (<see cref="ProseLibrary"/>),
/// and each passage is cut into back-to-back clips of <see cref="LabelSpec.PhraseSeconds"/> — cut
/// mid-word where it falls, as a streaming window would be — each augmented like any clip. They
/// go to <see cref="Folder"/>, which training and evaluation read as unknown speech, split by voice
/// like every clip. One passage is one unit of work; all its choices derive from (seed, split, passage).
/// </summary>
public sealed class RunningSpeech
{
    /// <summary>The label folder of running-speech clips.</summary>
    public const string Folder = "_speech_";

    /// <summary>Words per passage: about 10–15 s of speech, several clips per engine call.</summary>
    public const int PassageWords = 32;

    private static string PathOf(Passage passage, int clip) =>
        string.Create(CultureInfo.InvariantCulture, $"{Folder}/{passage.Speaker.Id}_nohash_{passage.Split.ToString().ToLowerInvariant()}{passage.Index:D5}-{clip}.wav");

    private readonly ClipSynthesizer _voice;
    private readonly ClipAugmenter _augmenter;
    private readonly ProseLibrary _prose;
    private readonly SpeakerSplit _speakers;
    private readonly int _seed;

    /// <summary>Creates the generator.</summary>
    public RunningSpeech(ClipSynthesizer voice, ClipAugmenter augmenter, ProseLibrary prose, SpeakerSplit speakers, int seed)
    {
        _voice = voice;
        _augmenter = augmenter;
        _prose = prose;
        _speakers = speakers;
        _seed = seed;
    }

    /// <summary>One passage to speak and cut.</summary>
    /// <param name="Split">Its split.</param>
    /// <param name="Index">Its number within the split.</param>
    /// <param name="Speaker">Who reads it.</param>
    /// <param name="Clips">How many clips at most it is cut into.</param>
    public sealed record Passage(DatasetSplit Split, int Index, Speaker Speaker, int Clips);

    /// <summary>Plans passages until each split has its clips (<paramref name="clipsPerSplit"/>).</summary>
    public IReadOnlyList<Passage> Plan(IReadOnlyDictionary<DatasetSplit, int> clipsPerSplit)
    {
        ArgumentNullException.ThrowIfNull(clipsPerSplit);
        var passages = new List<Passage>();
        foreach ((DatasetSplit split, int clips) in clipsPerSplit.OrderBy(p => p.Key))
        {
            // A passage of ~32 words at ~2.5 words/s gives ~8 clips; plan 6 each so short readings still fill the count.
            for (int index = 0, planned = 0; planned < clips; index++)
            {
                ClipRandom random = ClipRandom.For(_seed, "speech-plan", index, split.ToString());
                int count = Math.Min(6, clips - planned);
                passages.Add(new Passage(split, index, _speakers.Pick(split, random), count));
                planned += count;
            }
        }

        return passages;
    }

    /// <summary>The paths of a passage's clips if it is cut into all of <see cref="Passage.Clips"/>.</summary>
    public static IEnumerable<string> PathsOf(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        for (int k = 0; k < passage.Clips; k++) yield return PathOf(passage, k);
    }

    /// <summary>Speaks one passage and returns its clips: relative path and 16-bit samples.</summary>
    public IReadOnlyList<(string Path, short[] Samples)> Render(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ClipRandom random = ClipRandom.For(_seed, "speech", passage.Index, passage.Split.ToString());
        string text = _prose.Passage(passage.Split, PassageWords, random);
        float[] speech = _voice.Speak(text, passage.Speaker, random);
        int clipLength = (int)Math.Round(LabelSpec.PhraseSeconds * SynthesisSettings.SampleRate);
        int available = speech.Length / clipLength;
        int count = Math.Max(1, Math.Min(passage.Clips, available));
        int slack = speech.Length - count * clipLength;
        int start = slack > 0 ? random.Next(slack + 1) : 0;
        var clips = new List<(string, short[])>(count);
        for (int k = 0; k < count; k++)
        {
            int from = Math.Min(start + k * clipLength, Math.Max(0, speech.Length - clipLength));
            float[] cut = speech[from..Math.Min(speech.Length, from + clipLength)];
            clips.Add((PathOf(passage, k), _augmenter.Augment(cut, clipLength, random, passage.Split, negative: true)));
        }

        return clips;
    }
}
