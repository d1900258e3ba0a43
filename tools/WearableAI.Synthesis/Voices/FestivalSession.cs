using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using WearableAI.Tools;

namespace WearableAI.Synthesis.Voices;

/// <summary>
/// One <c>festival --pipe</c> process with one voice loaded. Festival takes about a second to
/// start and load a voice, and tens of milliseconds to speak a short phrase, so a session speaks
/// many utterances: each is a Scheme command that saves a WAV, followed by a numbered marker the
/// session waits for on standard output. Not thread-safe: one caller at a time (see <see cref="FestivalRunner"/>).
/// </summary>
internal sealed class FestivalSession : IDisposable
{
    private readonly Process _process;
    private readonly string _voice;
    private readonly Queue<string> _errors = new();
    private int _count;
    private bool _disposed;

    public FestivalSession(string voice)
    {
        _voice = voice;
        var start = new ProcessStartInfo("festival")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--pipe");
        try
        {
            _process = Process.Start(start) ?? throw new UserFacingException(FestivalRunner.InstallHint);
        }
        catch (Win32Exception)
        {
            throw new UserFacingException(FestivalRunner.InstallHint);
        }

        _process.ErrorDataReceived += (_, e) => Remember(e.Data); // drained so a chatty festival never blocks
        _process.BeginErrorReadLine();
        _process.StandardInput.WriteLine($"(voice_{voice}_diphone)");
    }

    /// <summary>Speaks <paramref name="text"/> slower or faster by <paramref name="speed"/>; returns the WAV file's bytes.</summary>
    public byte[] Speak(string text, double speed)
    {
        string file = Path.Combine(Path.GetTempPath(), $"wai-festival-{Guid.NewGuid():N}.wav");
        string marker = "wai-done-" + (++_count).ToString(CultureInfo.InvariantCulture);
        string stretch = (1.0 / Math.Clamp(speed, 0.5, 2.0)).ToString("0.###", CultureInfo.InvariantCulture);
        string quoted = new(text.Where(c => c != '"' && c != '\\').ToArray());
        _process.StandardInput.WriteLine($"(Parameter.set 'Duration_Stretch {stretch})");
        _process.StandardInput.WriteLine($"(utt.save.wave (utt.synth (Utterance Text \"{quoted}\")) \"{file}\" 'riff)");
        _process.StandardInput.WriteLine($"(print \"{marker}\")");
        _process.StandardInput.WriteLine("(fflush nil)"); // festival buffers standard output when it is a pipe
        _process.StandardInput.Flush();
        try
        {
            while (true)
            {
                string? line = _process.StandardOutput.ReadLine()
                    ?? throw new FestivalFailedException($"festival ({_voice}) ended while speaking \"{text}\" at stretch {stretch}: {LastErrors()}");
                if (line.Contains(marker, StringComparison.Ordinal)) break;
                Remember(line);
            }

            if (!File.Exists(file)) throw new FestivalFailedException($"festival ({_voice}) wrote no audio for \"{text}\": {LastErrors()}");
            return File.ReadAllBytes(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private void Remember(string? line)
    {
        if (line == null) return;
        lock (_errors)
        {
            _errors.Enqueue(line);
            if (_errors.Count > 5) _errors.Dequeue();
        }
    }

    private string LastErrors()
    {
        lock (_errors) return _errors.Count == 0 ? "no error output" : string.Join(" | ", _errors);
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000)) _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
    }
}

/// <summary>Festival could not speak an utterance: its process ended, or it wrote no audio (a Scheme error).</summary>
internal sealed class FestivalFailedException(string message) : Exception(message);
