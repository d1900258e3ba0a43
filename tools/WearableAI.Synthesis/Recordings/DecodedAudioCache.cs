namespace WearableAI.Synthesis.Recordings;

/// <summary>
/// Decoded recordings kept on disk so a second run does not decode again: one file per
/// recording under <c>&lt;cache&gt;/decoded/</c>, holding a float scale then 16-bit samples at
/// 16 kHz (peak-normalised to full scale, so quiet room responses keep their precision).
/// Files are written to a temporary name and renamed, so a half-written file is never read.
/// </summary>
public sealed class DecodedAudioCache
{
    private readonly string _folder;

    /// <summary>Keeps decoded audio under <paramref name="folder"/>.</summary>
    public DecodedAudioCache(string folder)
    {
        _folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(_folder);
    }

    /// <summary>The file for a key (a relative path; '!' of archive entries becomes a folder).</summary>
    public string FileFor(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        string safe = key.Replace('!', '/').Replace("..", "__", StringComparison.Ordinal).TrimStart('/');
        return Path.Combine(_folder, safe + ".s16");
    }

    /// <summary>The cached length in samples, or −1 when the key is not cached yet.</summary>
    public int Length(string key)
    {
        var file = new FileInfo(FileFor(key));
        return file.Exists ? (int)((file.Length - 4) / 2) : -1;
    }

    /// <summary>Stores <paramref name="samples"/> under <paramref name="key"/>.</summary>
    public void Write(string key, float[] samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        string file = FileFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        float peak = 0;
        foreach (float s in samples) peak = Math.Max(peak, Math.Abs(s));
        float scale = peak > 0 ? peak / 32767f : 1f;
        var bytes = new byte[4 + 2 * samples.Length];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 4), scale);
        for (int i = 0; i < samples.Length; i++)
        {
            short v = (short)Math.Clamp(Math.Round(samples[i] / scale), short.MinValue, short.MaxValue);
            BitConverter.TryWriteBytes(bytes.AsSpan(4 + 2 * i, 2), v);
        }

        string temporary = file + "." + Environment.CurrentManagedThreadId + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>Reads <paramref name="count"/> samples from <paramref name="start"/> of a cached recording.</summary>
    public float[] Read(string key, int start, int count)
    {
        using FileStream stream = File.OpenRead(FileFor(key));
        var header = new byte[4];
        stream.ReadExactly(header);
        float scale = BitConverter.ToSingle(header);
        int total = (int)((stream.Length - 4) / 2);
        start = Math.Clamp(start, 0, total);
        count = Math.Clamp(count, 0, total - start);
        var bytes = new byte[2 * count];
        stream.Position = 4 + 2L * start;
        stream.ReadExactly(bytes);
        var samples = new float[count];
        for (int i = 0; i < count; i++) samples[i] = BitConverter.ToInt16(bytes, 2 * i) * scale;
        return samples;
    }
}
