using System.Collections.Concurrent;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Devices;

/// <summary>
/// Raw little-endian 16-bit mono PCM from a stream (stdin from <c>arecord -f S16_LE -r 16000 -c 1 -t raw</c>),
/// read by a background task so that <see cref="Read"/> never blocks.
/// </summary>
public sealed class StreamAudioSource : IAudioSource
{
    private readonly ConcurrentQueue<short[]> _chunks = new();
    private short[]? _current;
    private int _currentOffset;
    private volatile bool _ended;

    /// <summary>Starts reading <paramref name="stream"/> in the background.</summary>
    /// <param name="stream">PCM bytes; read until its end.</param>
    /// <param name="sampleRate">Rate of the PCM.</param>
    public StreamAudioSource(Stream stream, int sampleRate)
    {
        SampleRate = sampleRate;
        _ = Task.Run(() => Pump(stream));
    }

    /// <inheritdoc/>
    public int SampleRate { get; }

    /// <summary>True once the stream ended and every sample was read.</summary>
    public bool IsFinished => _ended && _current is null && _chunks.IsEmpty;

    /// <inheritdoc/>
    public int Read(short[] buffer, int offset, int count)
    {
        int written = 0;
        while (written < count)
        {
            if (_current is null && !_chunks.TryDequeue(out _current))
            {
                break;
            }

            int n = Math.Min(count - written, _current.Length - _currentOffset);
            Array.Copy(_current, _currentOffset, buffer, offset + written, n);
            written += n;
            _currentOffset += n;
            if (_currentOffset == _current.Length)
            {
                _current = null;
                _currentOffset = 0;
            }
        }

        return written;
    }

    private async Task Pump(Stream stream)
    {
        byte[] bytes = new byte[4096];
        int carry = 0;
        try
        {
            while (true)
            {
                int n = await stream.ReadAsync(bytes.AsMemory(carry, bytes.Length - carry)).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                int total = carry + n;
                int samples = total / 2;
                short[] chunk = new short[samples];
                for (int i = 0; i < samples; i++)
                {
                    chunk[i] = (short)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
                }

                _chunks.Enqueue(chunk);
                carry = total - (2 * samples);
                if (carry == 1)
                {
                    bytes[0] = bytes[total - 1];
                }
            }
        }
        finally
        {
            _ended = true;
        }
    }
}
