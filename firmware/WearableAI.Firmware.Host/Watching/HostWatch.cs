using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Board;
using WearableAI.Firmware.Host.Devices;
using WearableAI.Firmware.Host.Imu;
using WearableAI.Firmware.Host.Mqtt;
using WearableAI.Firmware.Host.Simulation;
using WearableAI.Shared.Audio;
using WearableAI.Shared.Models;

namespace WearableAI.Firmware.Host.Watching;

/// <summary>
/// A whole watch on a PC: the firmware core's <see cref="Watch"/> with WAV files or stdin PCM
/// as the microphone, a CSV or synthetic accelerometer trace, the LED, motor and button on GPIO
/// (a Linux board, <see cref="HostWatchOptions.Gpio"/>) or the console, the
/// system clock and an MQTTnet link to the hub. A library, so a fleet simulator or a test can
/// run many in one process (each <see cref="Step"/> is one main-loop turn; <see cref="RunAsync"/> loops).
/// </summary>
public sealed class HostWatch : IDisposable
{
    private readonly IAudioSource _audio;
    private readonly Func<bool> _audioFinished;
    private readonly MqttMessageLink? _mqtt;
    private readonly BoardDevices _board;

    /// <summary>Builds the hardware and the watch.</summary>
    /// <param name="options">What to connect to and play.</param>
    /// <param name="link">A link to use instead of MQTT (tests, simulators); null = MQTTnet to <see cref="HostWatchOptions.Broker"/>.</param>
    public HostWatch(HostWatchOptions options, IMessageLink? link = null)
    {
        Clock = new SystemClock();
        if (options.Stdin)
        {
            StreamAudioSource stdin = new(Console.OpenStandardInput(), 16000);
            _audio = stdin;
            _audioFinished = () => stdin.IsFinished;
        }
        else
        {
            short[] pcm = options.WavFiles.SelectMany(ReadWav).ToArray();
            PcmAudioSource wav = new(pcm, 16000);
            _audio = new PacedAudioSource(wav, Clock);
            _audioFinished = () => wav.IsFinished;
        }

        IAccelerometer? accelerometer = options.Imu switch
        {
            null => null,
            string s when s.StartsWith("synthetic:", StringComparison.Ordinal) => new PacedAccelerometer(new TraceAccelerometer(SyntheticImu.Generate(Scenario(s["synthetic:".Length..]), 1)), Clock),
            string path => new PacedAccelerometer(new TraceAccelerometer(AccelerometerCsv.ReadFile(path)), Clock),
        };

        InMemoryModelStore store = new(64 * 1024);
        byte[] blob = options.ModelBlob ?? ModelBlobWriter.Write(ReferenceModel.Create());
        store.WriteStaging(0, blob, 0, blob.Length);
        store.Swap();
        if (link is null)
        {
            _mqtt = new MqttMessageLink(options.Broker, options.DeviceId, options.Secret);
            link = _mqtt;
        }

        Link = link;
        _board = BoardIo.Create(options.Gpio, BoardIo.GpioChips(), options.Output, options.DeviceId);
        options.Output.WriteLine($"[{options.DeviceId}] {_board.Description}");
        Indicator = _board.Indicator;
        WatchSettings settings = new();
        settings.Identity.DeviceId = options.DeviceId;
        settings.MaxModelBytes = 64 * 1024;
        Watch = new Watch(
            new WatchHardware { Audio = _audio, Accelerometer = accelerometer, Indicator = Indicator, Button = _board.Button, Clock = Clock, Link = link, ModelStore = store },
            settings);
    }

    /// <summary>The firmware core.</summary>
    public Watch Watch { get; }

    /// <summary>The transport.</summary>
    public IMessageLink Link { get; }

    /// <summary>The clock driving the watch.</summary>
    public IClock Clock { get; }

    /// <summary>The LED and motor (GPIO or console).</summary>
    public IIndicator Indicator { get; }

    /// <summary>True when every audio sample was played and nothing waits to be sent.</summary>
    public bool IsDone => _audioFinished() && Watch.Link.Queue.Count == 0 && Watch.Machine.State == State.WatchState.Idle;

    /// <summary>One main-loop turn.</summary>
    public void Step() => Watch.Step();

    /// <summary>Steps every few milliseconds until the audio is done (WAV) or the token is cancelled (stdin).</summary>
    /// <param name="cancellation">Stops the loop.</param>
    public async Task RunAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested && !IsDone)
        {
            Step();
            try
            {
                await Task.Delay(5, cancellation).ConfigureAwait(false);
            }
            catch (TaskCanceledException)
            {
                break;
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_mqtt is not null)
        {
            try
            {
                _mqtt.Disconnect();
            }
            catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or OperationCanceledException)
            {
                // Already gone.
            }

            _mqtt.Dispose();
        }

        (_board.Indicator as IDisposable)?.Dispose();
        _board.Controller?.Dispose();
    }

    private static short[] ReadWav(string path)
    {
        string? problem = PcmWav.TryParse(File.ReadAllBytes(path), out short[] pcm, out int rate);
        if (problem is not null || rate != 16000)
        {
            throw new InvalidDataException($"{path}: {problem ?? $"sample rate {rate} Hz, 16000 needed"}");
        }

        return pcm;
    }

    private static ImuScenario Scenario(string name) => name.ToLowerInvariant() switch
    {
        "raise" => ImuScenario.WristRaise,
        "shake" => ImuScenario.Shake,
        "tap" => ImuScenario.Tap,
        "doubletap" => ImuScenario.DoubleTap,
        "fall" => ImuScenario.Fall,
        "walking" => ImuScenario.Walking,
        "still" => ImuScenario.Still,
        _ => throw new ArgumentException($"unknown synthetic IMU scenario '{name}' (raise, shake, tap, doubletap, fall, walking, still)"),
    };
}
