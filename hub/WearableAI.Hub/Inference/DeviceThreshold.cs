namespace WearableAI.Hub.Inference;

/// <summary>A device's wake threshold as adapted from its history (GET /api/devices/{id}/threshold).</summary>
/// <param name="DeviceId">The device.</param>
/// <param name="BaseThreshold">The manifest's wake threshold.</param>
/// <param name="Threshold">The threshold applied to this device's candidates.</param>
/// <param name="Candidates">Wake candidates verified so far.</param>
/// <param name="Rejects">Of which the hub model rejected.</param>
/// <param name="RejectRate">Moving average of rejections (recent candidates weigh more).</param>
public sealed record DeviceThreshold(string DeviceId, double BaseThreshold, double Threshold, long Candidates, long Rejects, double RejectRate);
