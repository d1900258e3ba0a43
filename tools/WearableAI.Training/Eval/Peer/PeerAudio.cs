using WearableAI.Training.Data;

namespace WearableAI.Training.Eval.Peer;

/// <summary>Writes evaluation audio as the raw 16-bit little-endian PCM utterances <see cref="SphinxRecogniser"/> reads.</summary>
public static class PeerAudio
{
    /// <summary>Silence before a spotted utterance (s): the decoder adapts its cepstral mean on it.</summary>
    public const double LeadSeconds = 0.3;

    /// <summary>
    /// Silence after a spotted utterance (s): a keyphrase is reported only some frames after it ends
    /// (<c>-kws_delay</c>), so a phrase at the very end of a clip would be lost without it.
    /// </summary>
    public const double TrailSeconds = 0.5;

    /// <summary>Seconds per utterance a long recording is cut into (balances the parallel decoders).</summary>
    public const double PieceSeconds = 60;

    /// <summary>Writes <paramref name="samples"/>[<paramref name="first"/>…<paramref name="first"/>+<paramref name="count"/>) as <c>&lt;id&gt;.raw</c>, with optional silence around; returns the seconds of source audio.</summary>
    public static double Write(string folder, string id, short[] samples, int first, int count, bool pad, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(samples);
        int lead = pad ? (int)(LeadSeconds * sampleRate) : 0, trail = pad ? (int)(TrailSeconds * sampleRate) : 0;
        var bytes = new byte[(lead + count + trail) * 2];
        for (int i = 0; i < count; i++)
        {
            short s = samples[first + i];
            bytes[(lead + i) * 2] = (byte)s;
            bytes[((lead + i) * 2) + 1] = (byte)(s >> 8);
        }

        File.WriteAllBytes(Path.Combine(folder, id + ".raw"), bytes);
        return count / (double)sampleRate;
    }

    /// <summary>Reads a dataset WAV (16-bit mono at <paramref name="sampleRate"/>).</summary>
    public static short[] Read(string path, int sampleRate) => WavReader.Read(path, sampleRate);
}
