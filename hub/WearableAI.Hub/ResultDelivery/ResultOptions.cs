namespace WearableAI.Hub.ResultDelivery;

/// <summary>Settings of results (<c>Hub:Results</c>).</summary>
public sealed class ResultOptions
{
    public const string Section = "Hub:Results";

    /// <summary>Action code per label (<c>Hub:Results:ActionCodes:stop=7</c>); see <see cref="ActionCodes"/> for the defaults.</summary>
    public Dictionary<string, ushort> ActionCodes { get; set; } = [];
}
