using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Inference;

/// <summary>
/// Per-device wake thresholds, stored in <c>device_thresholds</c>. Every device starts at the
/// manifest's wake threshold. After each verified candidate the reject rate is updated as a moving
/// average (weight <see cref="Smoothing"/> for the newest); a device whose candidates are mostly
/// rejected (a TV nearby, a noisy kitchen) gets a stricter threshold:
/// <c>threshold = base + clamp((rejectRate − 0.5) × 0.4, 0, MaxThresholdRaise)</c>, never above 0.99.
/// It relaxes back as accepted candidates come in. Thread-safe.
/// </summary>
public sealed class DeviceThresholds(HubDatabase database, IKeywordModel model, IOptions<InferenceOptions> options, TimeProvider clock)
{
    /// <summary>Weight of the newest outcome in the moving reject rate.</summary>
    public const double Smoothing = 0.1;

    private readonly ConcurrentDictionary<string, DeviceThreshold> _cache = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    private double Base => model.Manifest?.WakeThreshold ?? 0.5;

    /// <summary>The device's current threshold (the base one for a device never seen).</summary>
    public async Task<DeviceThreshold> GetAsync(string deviceId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(deviceId, out DeviceThreshold? cached))
        {
            return cached;
        }

        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT candidates, rejects, reject_rate FROM device_thresholds WHERE device_id = @id";
        command.Bind("@id", deviceId);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        DeviceThreshold state = await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? Make(deviceId, reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2))
            : Make(deviceId, 0, 0, 0);
        return _cache.GetOrAdd(deviceId, state);
    }

    /// <summary>Records a verified candidate's outcome and returns the adapted threshold.</summary>
    public async Task<DeviceThreshold> RecordAsync(string deviceId, bool rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            DeviceThreshold old = await GetAsync(deviceId, cancellationToken).ConfigureAwait(false);
            double outcome = rejected ? 1 : 0;
            double rate = old.Candidates == 0 ? outcome : old.RejectRate + (Smoothing * (outcome - old.RejectRate));
            DeviceThreshold state = Make(deviceId, old.Candidates + 1, old.Rejects + (rejected ? 1 : 0), rate);
            await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            using DbCommand command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO device_thresholds (device_id, threshold, candidates, rejects, reject_rate, updated)
                VALUES (@id, @threshold, @candidates, @rejects, @rate, @now)
                ON CONFLICT(device_id) DO UPDATE SET threshold = @threshold, candidates = @candidates, rejects = @rejects, reject_rate = @rate, updated = @now
                """;
            command.Bind("@id", deviceId);
            command.Bind("@threshold", state.Threshold);
            command.Bind("@candidates", state.Candidates);
            command.Bind("@rejects", state.Rejects);
            command.Bind("@rate", state.RejectRate);
            command.Bind("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _cache[deviceId] = state;
            return state;
        }
        finally
        {
            _gate.Release();
        }
    }

    private DeviceThreshold Make(string deviceId, long candidates, long rejects, double rate)
    {
        double raise = Math.Clamp((rate - 0.5) * 0.4, 0, options.Value.MaxThresholdRaise);
        return new DeviceThreshold(deviceId, Base, Math.Min(Base + raise, 0.99), candidates, rejects, rate);
    }
}
