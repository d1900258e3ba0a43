namespace WearableAI.Synthesis.Recordings.Music;

/// <summary>
/// Collects timed MIDI events and writes a Standard MIDI File (format 0, one track,
/// <see cref="TicksPerQuarter"/> ticks per quarter note).
/// </summary>
public sealed class MidiWriter
{
    /// <summary>Time resolution, ticks per quarter note.</summary>
    public const int TicksPerQuarter = 480;

    private readonly List<(int Tick, int Order, byte[] Bytes)> _events = [];

    /// <summary>Sets the tempo at <paramref name="tick"/>.</summary>
    public void Tempo(int tick, double beatsPerMinute)
    {
        int micros = (int)Math.Round(60_000_000 / beatsPerMinute);
        Add(tick, 0, [0xFF, 0x51, 0x03, (byte)(micros >> 16), (byte)(micros >> 8), (byte)micros]);
    }

    /// <summary>Selects a General MIDI instrument on a channel.</summary>
    public void Program(int tick, int channel, int program) => Add(tick, 1, [(byte)(0xC0 | channel), (byte)program]);

    /// <summary>A controller change (7 = volume, 10 = pan, 91 = reverb send).</summary>
    public void Controller(int tick, int channel, int controller, int value) => Add(tick, 1, [(byte)(0xB0 | channel), (byte)controller, (byte)Math.Clamp(value, 0, 127)]);

    /// <summary>A note from <paramref name="tick"/> lasting <paramref name="length"/> ticks.</summary>
    public void Note(int tick, int length, int channel, int key, int velocity)
    {
        if (key < 0 || key > 127 || length <= 0) return;
        Add(tick, 3, [(byte)(0x90 | channel), (byte)key, (byte)Math.Clamp(velocity, 1, 127)]);
        Add(tick + length, 2, [(byte)(0x80 | channel), (byte)key, 0]); // offs sort before ons at the same tick
    }

    /// <summary>The file's bytes; the track ends at <paramref name="endTick"/>.</summary>
    public byte[] ToBytes(int endTick)
    {
        var track = new List<byte>();
        int now = 0;
        foreach ((int tick, _, byte[] bytes) in _events.Where(e => e.Tick <= endTick).OrderBy(e => e.Tick).ThenBy(e => e.Order))
        {
            WriteVariable(track, tick - now);
            track.AddRange(bytes);
            now = tick;
        }

        WriteVariable(track, Math.Max(0, endTick - now));
        track.AddRange(new byte[] { 0xFF, 0x2F, 0x00 });

        var file = new List<byte>();
        file.AddRange("MThd"u8.ToArray());
        file.AddRange(BigEndian(6));
        file.AddRange(new byte[] { 0, 0, 0, 1, TicksPerQuarter >> 8, TicksPerQuarter & 0xFF });
        file.AddRange("MTrk"u8.ToArray());
        file.AddRange(BigEndian(track.Count));
        file.AddRange(track);
        return [.. file];
    }

    private void Add(int tick, int order, byte[] bytes) => _events.Add((tick, order, bytes));

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static void WriteVariable(List<byte> target, int value)
    {
        var groups = new Stack<byte>();
        groups.Push((byte)(value & 0x7F));
        while ((value >>= 7) > 0) groups.Push((byte)((value & 0x7F) | 0x80));
        target.AddRange(groups);
    }
}
