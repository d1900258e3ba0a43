using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace WearableAI.Synthesis.Recordings;

/// <summary>
/// Decodes a packaged recording to mono float samples at 16 kHz: .ogg/.flac/.mp3/.wav through
/// <c>sox</c> (to 32-bit float WAV on a pipe), rakarrack's .rvb reflection patterns in C#
/// (<see cref="ReflectionPattern"/>); then <see cref="Resampler"/> to the project's rate. All
/// reads go through the <see cref="PackageFileGate"/>.
/// </summary>
public sealed class RecordingDecoder
{
    private readonly PackageFileGate _gate;
    private readonly int _rate;
    private readonly ConcurrentDictionary<int, Resampler> _resamplers = new();

    /// <summary>A decoder reading through <paramref name="gate"/>, producing <paramref name="sampleRate"/> Hz.</summary>
    public RecordingDecoder(PackageFileGate gate, int sampleRate)
    {
        _gate = gate ?? throw new ArgumentNullException(nameof(gate));
        _rate = sampleRate;
    }

    /// <summary>The recording at <paramref name="path"/> (a file or <c>archive!entry</c>), mono, resampled.</summary>
    public float[] Decode(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        float[] samples;
        int rate;
        if (extension == "rvb")
        {
            using var reader = new StreamReader(_gate.OpenRead(path));
            samples = ReflectionPattern.Parse(reader.ReadToEnd()).ImpulseResponse(_rate);
            rate = _rate;
        }
        else if (path.Contains('!', StringComparison.Ordinal))
        {
            using Stream input = _gate.OpenRead(path);
            (samples, rate) = Sox(["-t", extension, "-"], input, path);
        }
        else
        {
            (samples, rate) = Sox([_gate.Authorize(path)], null, path);
        }

        return rate == _rate ? samples : _resamplers.GetOrAdd(rate, r => new Resampler(r, _rate)).Process(samples);
    }

    private static (float[] Samples, int Rate) Sox(string[] input, Stream? stdin, string what)
    {
        var start = new ProcessStartInfo("sox") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin != null };
        start.ArgumentList.Add("-V1");
        foreach (string a in input) start.ArgumentList.Add(a);
        foreach (string a in new[] { "-t", "wav", "-e", "floating-point", "-b", "32", "-c", "1", "-" }) start.ArgumentList.Add(a);
        using Process sox = Process.Start(start) ?? throw new InvalidOperationException("could not start sox (Debian package sox, libsox-fmt-all)");
        Task feeding = Task.CompletedTask;
        if (stdin != null)
        {
            feeding = Task.Run(() =>
            {
                try
                {
                    stdin.CopyTo(sox.StandardInput.BaseStream);
                }
                catch (IOException)
                {
                    // sox stopped reading (bad input): its exit code says why.
                }
                finally
                {
                    sox.StandardInput.Close();
                }
            });
        }

        Task<string> errors = sox.StandardError.ReadToEndAsync();
        var output = new MemoryStream();
        sox.StandardOutput.BaseStream.CopyTo(output);
        sox.WaitForExit();
        feeding.Wait();
        if (sox.ExitCode != 0) throw new InvalidDataException($"sox could not decode {what}: {errors.Result.Trim()}");
        return FloatWav.Parse(output.ToArray(), what);
    }

    /// <summary>Reads sox's 32-bit float mono WAV (its length fields may be unset on a pipe).</summary>
    private static class FloatWav
    {
        public static (float[] Samples, int Rate) Parse(byte[] wav, string what)
        {
            if (wav.Length < 12 || wav[0] != 'R' || wav[8] != 'W') throw new InvalidDataException($"sox wrote no WAV for {what}");
            int position = 12, rate = 0;
            while (position + 8 <= wav.Length)
            {
                string id = System.Text.Encoding.ASCII.GetString(wav, position, 4);
                int size = BitConverter.ToInt32(wav, position + 4);
                position += 8;
                if (id == "fmt ") rate = BitConverter.ToInt32(wav, position + 4);
                if (id == "data")
                {
                    int available = wav.Length - position;
                    int bytes = size <= 0 || size > available ? available : size;
                    var samples = new float[bytes / 4];
                    Buffer.BlockCopy(wav, position, samples, 0, samples.Length * 4);
                    return (samples, rate);
                }

                position += size + (size & 1);
            }

            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"sox's WAV for {what} has no data chunk"));
        }
    }
}
