namespace WearableAI.Firmware.Host.Watching;

/// <summary>What a host watch connects to and plays. Bound from the command line by WearableAI.Watch.</summary>
public sealed class HostWatchOptions
{
    /// <summary>The hub's broker, mqtt://host:port.</summary>
    public Uri Broker { get; set; } = new("mqtt://127.0.0.1:1883");

    /// <summary>Device id (= MQTT client id and user name).</summary>
    public string DeviceId { get; set; } = "watch-1";

    /// <summary>The device secret (MQTT password); from the hub's device registration, never from source.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>WAV files played one after another (16 kHz mono 16-bit).</summary>
    public IReadOnlyList<string> WavFiles { get; set; } = [];

    /// <summary>Read raw S16_LE 16 kHz mono PCM from standard input instead of WAV files.</summary>
    public bool Stdin { get; set; }

    /// <summary>Accelerometer: a CSV path (t_ms,x_mg,y_mg,z_mg), "synthetic:&lt;scenario&gt;" (e.g. synthetic:raise), or null for none.</summary>
    public string? Imu { get; set; }

    /// <summary>A model blob (.waim) to install before start; null = the reference model (recognises nothing).</summary>
    public byte[]? ModelBlob { get; set; }

    /// <summary>LED, motor and button lines on a Linux board's GPIO chip; null (or no /dev/gpiochip*) = the console.</summary>
    public Board.BoardPins? Gpio { get; set; }

    /// <summary>Where LED and log lines go.</summary>
    public TextWriter Output { get; set; } = TextWriter.Null;

    /// <summary>
    /// When set, the host watch program waits for this wall-clock moment before it starts (and its audio with
    /// it), so that several watch processes hearing one room hear a phrase at the same time (the demo household).
    /// </summary>
    public DateTimeOffset? StartAt { get; set; }
}
