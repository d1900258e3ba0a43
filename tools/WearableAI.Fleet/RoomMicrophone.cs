using WearableAI.Firmware.Hardware;

namespace WearableAI.Fleet;

/// <summary>
/// One simulated watch's microphone in a fleet room: its own seeded white noise at a set level plus
/// every clip it hears, scaled by <see cref="SoundPath.Gain"/> and shifted by
/// <see cref="SoundPath.DelaySamples"/>. Sample <c>n</c> is the sound at simulated time
/// <c>n / 16 kHz</c>; <see cref="Read"/> releases only the samples the clock has reached, as a
/// microphone would. <see cref="Render"/> gives any stretch directly (tests, analysis).
/// </summary>
public sealed class RoomMicrophone : IAudioSource
{
    private readonly IClock _clock;
    private readonly double _noiseRms;
    private readonly int _seed;
    private readonly List<Arrival> _arrivals = [];
    private long _position;

    /// <summary>Creates the microphone.</summary>
    /// <param name="clock">Decides how many samples are due.</param>
    /// <param name="noiseDb">Its own noise, dBFS RMS (−120 or less = none).</param>
    /// <param name="seed">Noise seed (one per watch, so no two hear the same noise).</param>
    public RoomMicrophone(IClock clock, double noiseDb, int seed)
    {
        _clock = clock;
        _noiseRms = noiseDb <= -120 ? 0 : SoundPath.FromDb(noiseDb) * 32767;
        _seed = seed;
        _position = clock.UptimeMs * SampleRate / 1000;
    }

    /// <inheritdoc/>
    public int SampleRate => ClipLibrary.SampleRate;

    /// <summary>Samples released so far (= the next sample's index).</summary>
    public long Position => _position;

    /// <summary>Schedules a clip said at <paramref name="speakerStartSample"/> by a speaker <paramref name="metres"/> away.</summary>
    /// <param name="clip">The clip's PCM as recorded (at 1 m).</param>
    /// <param name="speakerStartSample">When the speaker starts it, in samples of the shared timeline.</param>
    /// <param name="metres">Distance from the speaker.</param>
    /// <param name="levelDb">Extra gain of the speaker, dB.</param>
    /// <returns>The first sample at which this microphone hears it.</returns>
    public long Hear(short[] clip, long speakerStartSample, double metres, double levelDb)
    {
        long start = speakerStartSample + SoundPath.DelaySamples(metres, SampleRate);
        _arrivals.Add(new Arrival(clip, start, SoundPath.Gain(metres) * SoundPath.FromDb(levelDb)));
        return start;
    }

    /// <inheritdoc/>
    public int Read(short[] buffer, int offset, int count)
    {
        long due = (_clock.UptimeMs * SampleRate / 1000) - _position;
        int n = (int)Math.Clamp(due, 0, count);
        Render(_position, buffer, offset, n);
        _position += n;
        _arrivals.RemoveAll(a => a.Start + a.Clip.Length <= _position);
        return n;
    }

    /// <summary>Writes samples <paramref name="from"/>…<paramref name="from"/>+<paramref name="count"/>−1 of the timeline (noise + arrivals, clipped to 16 bits).</summary>
    /// <param name="from">First sample index.</param>
    /// <param name="buffer">Destination.</param>
    /// <param name="offset">First index of <paramref name="buffer"/>.</param>
    /// <param name="count">Number of samples.</param>
    public void Render(long from, short[] buffer, int offset, int count)
    {
        for (int i = 0; i < count; i++)
        {
            long n = from + i;
            double value = _noiseRms * Gaussian(n);
            foreach (Arrival a in _arrivals)
            {
                long k = n - a.Start;
                if (k >= 0 && k < a.Clip.Length)
                {
                    value += a.Gain * a.Clip[k];
                }
            }

            buffer[offset + i] = (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue);
        }
    }

    /// <summary>A standard normal value that depends only on the seed and the sample index (so rendering is repeatable).</summary>
    private double Gaussian(long n)
    {
        ulong a = Mix(((ulong)n * 2) ^ ((ulong)(uint)_seed << 32));
        ulong b = Mix(((ulong)n * 2) + 1 ^ ((ulong)(uint)_seed << 32));
        double u1 = ((a >> 11) + 1.0) / 9007199254740993.0;
        double u2 = (b >> 11) / 9007199254740992.0;
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>SplitMix64 finaliser.</summary>
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    private sealed record Arrival(short[] Clip, long Start, double Gain);
}
