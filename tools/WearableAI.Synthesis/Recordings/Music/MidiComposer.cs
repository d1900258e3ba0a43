namespace WearableAI.Synthesis.Recordings.Music;

/// <summary>
/// Writes a random but musical piece for a seed: a tempo (70–160 bpm), a key and mode, a
/// four-chord progression, a melody that moves mostly by step and lands on chord tones, chords
/// (held or struck), a bass line and, most of the time, a drum pattern — each part on a
/// randomly chosen General MIDI instrument, with its own volume and pan. The same seed always
/// gives the same file.
/// </summary>
public static class MidiComposer
{
    private static readonly int[][] Modes =
    [
        [0, 2, 4, 5, 7, 9, 11],  // major
        [0, 2, 3, 5, 7, 8, 10],  // natural minor
        [0, 2, 3, 5, 7, 9, 10],  // dorian
        [0, 2, 4, 5, 7, 9, 10],  // mixolydian
        [0, 2, 3, 5, 7, 8, 11],  // harmonic minor
    ];

    private static readonly int[][] Progressions = [[0, 4, 5, 3], [0, 5, 3, 4], [0, 3, 4, 4], [5, 3, 0, 4], [0, 3, 0, 4], [1, 4, 0, 0]];
    private static readonly int[] Leads = [0, 1, 4, 6, 11, 13, 16, 19, 22, 24, 25, 26, 40, 41, 56, 57, 60, 64, 65, 66, 68, 71, 73, 75, 80, 81, 82, 87];
    private static readonly int[] Harmony = [0, 2, 4, 5, 16, 18, 19, 24, 25, 46, 48, 49, 50, 52, 61, 88, 89, 90, 91, 94, 95];
    private static readonly int[] Basses = [32, 33, 34, 35, 36, 38, 39, 42, 43];

    /// <summary>A Standard MIDI File of about <paramref name="seconds"/> seconds for <paramref name="seed"/>.</summary>
    public static byte[] Compose(long seed, double seconds)
    {
        var random = new ClipRandom(StableHash.Of("midi-composer", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var midi = new MidiWriter();
        const int beat = MidiWriter.TicksPerQuarter, bar = 4 * beat;
        double bpm = random.Uniform(70, 160);
        int bars = Math.Max(1, (int)Math.Ceiling(seconds * bpm / 60 / 4));
        int root = 45 + random.Next(12);
        int[] mode = random.Pick(Modes);
        int[] progression = random.Pick(Progressions);
        int barsPerChord = random.Chance(0.3) ? 2 : 1;
        midi.Tempo(0, bpm);

        int[] programs = [random.Pick(Leads), random.Pick(Harmony), random.Pick(Basses)];
        for (int channel = 0; channel < 3; channel++)
        {
            midi.Program(0, channel, programs[channel]);
            midi.Controller(0, channel, 7, 70 + random.Next(50));
            midi.Controller(0, channel, 10, 20 + random.Next(88));
        }

        int Pitch(int degree, int octave) => root + 12 * (octave + Math.DivRem(degree, 7, out int d) - (degree < 0 && d != 0 ? 1 : 0)) + mode[((degree % 7) + 7) % 7];

        bool drums = random.Chance(0.75), heldChords = random.Chance(0.5), walkingBass = random.Chance(0.4);
        int loudness = 60 + random.Next(40);
        int melody = 7 + random.Next(5); // scale degree above the root, octave 1
        for (int b = 0; b < bars; b++)
        {
            int start = b * bar;
            int chord = progression[(b / barsPerChord) % progression.Length];

            // Chords: a triad, held for the bar or struck on each beat.
            for (int voice = 0; voice < 3; voice++)
            {
                int key = Pitch(chord + 2 * voice, 0);
                if (heldChords) midi.Note(start, bar - 20, 1, key, loudness - 15 + random.Next(10));
                else for (int q = 0; q < 4; q++) midi.Note(start + q * beat, beat / 2, 1, key, loudness - 10 + random.Next(15));
            }

            // Bass: the chord's root on 1 and 3, or walking quarter notes through the chord.
            for (int q = 0; q < 4; q += walkingBass ? 1 : 2)
            {
                int degree = walkingBass ? chord + new[] { 0, 2, 4, 5 }[q] : chord;
                midi.Note(start + q * beat, (walkingBass ? beat : 2 * beat) - 30, 2, Pitch(degree, -1), loudness + random.Next(15));
            }

            // Melody: steps of a scale degree or two, chord tones on the beat, sometimes a rest.
            for (int tick = start; tick < start + bar;)
            {
                int length = random.Pick(new[] { beat / 2, beat / 2, beat, beat, beat * 3 / 2, 2 * beat });
                length = Math.Min(length, start + bar - tick);
                if (!random.Chance(0.15))
                {
                    melody += random.Pick(new[] { -2, -1, -1, 0, 1, 1, 2, 3, -3 });
                    if ((tick - start) % beat == 0 && random.Chance(0.6)) melody = NearestChordTone(melody, chord);
                    melody = Math.Clamp(melody, 3, 16);
                    midi.Note(tick, length - 10, 0, Pitch(melody, 1), loudness + random.Next(25));
                }

                tick += length;
            }

            if (drums) Drums(midi, start, beat, loudness, random, fill: b % 4 == 3 && random.Chance(0.5));
        }

        return midi.ToBytes(bars * bar + beat);
    }

    private static int NearestChordTone(int degree, int chord)
    {
        for (int d = 0; d < 4; d++)
        {
            foreach (int candidate in new[] { degree - d, degree + d })
            {
                int relative = ((candidate - chord) % 7 + 7) % 7;
                if (relative is 0 or 2 or 4) return candidate;
            }
        }

        return degree;
    }

    private static void Drums(MidiWriter midi, int start, int beat, int loudness, ClipRandom random, bool fill)
    {
        const int channel = 9, kick = 36, snare = 38, closedHat = 42, tom = 45, crash = 49;
        for (int eighth = 0; eighth < 8; eighth++)
        {
            int tick = start + eighth * beat / 2;
            midi.Note(tick, beat / 4, channel, closedHat, loudness - 20 + random.Next(20));
            if (eighth is 0 or 4 || (eighth == 5 && random.Chance(0.3))) midi.Note(tick, beat / 4, channel, kick, loudness + 10);
            if (eighth is 2 or 6) midi.Note(tick, beat / 4, channel, snare, loudness + random.Next(15));
            if (fill && eighth >= 6) midi.Note(tick + beat / 4, beat / 4, channel, tom, loudness);
        }

        if (random.Chance(0.1)) midi.Note(start, beat, channel, crash, loudness);
    }
}
