namespace WearableAI.Hub.Rollout;

/// <summary>POST /api/rollouts: the group to update; with <c>Canary</c> one device first (<c>CanaryDevice</c>, or the first online one), the rest after it installed.</summary>
public sealed record StartRolloutRequest(string? Group, bool Canary = false, string? CanaryDevice = null);
