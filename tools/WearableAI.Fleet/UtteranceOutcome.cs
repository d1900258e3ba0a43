namespace WearableAI.Fleet;

/// <summary>How one utterance went: who should have answered, who did, how fast, what was understood.</summary>
/// <param name="Index">Position in the scene.</param>
/// <param name="Room">The speaker's room.</param>
/// <param name="Said">The clips said.</param>
/// <param name="Watches">Watches in the room.</param>
/// <param name="Nearest">The watch nearest the speaker (the expected winner).</param>
/// <param name="Heard">Watches that sent a wake candidate.</param>
/// <param name="Winner">The watch the hub picked (Result solo or won), or null.</param>
/// <param name="WinnerVerdict">The winner's wake verdict (accepted, rejected, unverified).</param>
/// <param name="DecisionMs">First candidate of the room sent → winner's Result at the watch, wall ms.</param>
/// <param name="WakeLatencyMs">Winner: candidate sent → its Result, wall ms.</param>
/// <param name="WakeSpeechEndMs">Winner: end of the wake phrase at the watch → its Result, ms.</param>
/// <param name="CommandLatencyMs">Winner: CommandFeatures sent → its Result, wall ms.</param>
/// <param name="CommandSpeechEndMs">Winner: end of the command at the watch → its Result, ms.</param>
/// <param name="ExpectedCommand">The command said after the wake phrase, or null.</param>
/// <param name="CommandLabel">The hub's label for the command, or null.</param>
/// <param name="Winners">Candidates the hub answered solo or won (more than one: the room's candidates were split over several arbitration rounds and several watches answered).</param>
/// <param name="SpreadMs">First to last candidate of the room sent, wall ms (null with fewer than two).</param>
/// <param name="Candidates">Each candidate: watch, distance, the energies it reported, the hub's answer.</param>
/// <param name="DistanceRatio">Second-nearest watch's distance ÷ the nearest's (how clear the choice is); null with one watch.</param>
public sealed record UtteranceOutcome(
    int Index,
    string Room,
    IReadOnlyList<string> Said,
    int Watches,
    string Nearest,
    IReadOnlyList<string> Heard,
    string? Winner,
    string? WinnerVerdict,
    double? DecisionMs,
    double? WakeLatencyMs,
    double? WakeSpeechEndMs,
    double? CommandLatencyMs,
    double? CommandSpeechEndMs,
    string? ExpectedCommand,
    string? CommandLabel,
    double? DistanceRatio,
    int Winners,
    double? SpreadMs,
    IReadOnlyList<CandidateSummary> Candidates)
{
    /// <summary>The runner-up is at least this many times as far as the nearest: a clear nearest watch.</summary>
    public const double ClearRatio = 1.5;

    /// <summary>The nearest watch is clearly nearer than the others (<see cref="ClearRatio"/>).</summary>
    public bool ClearNearest => DistanceRatio is >= ClearRatio;

    /// <summary>More than one watch in the room (arbitration has a choice).</summary>
    public bool MultiDevice => Watches > 1;

    /// <summary>The hub picked a winner.</summary>
    public bool Decided => Winner is not null;

    /// <summary>The hub picked the watch nearest the speaker.</summary>
    public bool NearestWon => Winner is not null && Winner == Nearest;

    /// <summary>The command came back as the word said.</summary>
    public bool CommandUnderstood => ExpectedCommand is not null && CommandLabel == ExpectedCommand;
}

/// <summary>One candidate of an utterance as the arbiter saw it.</summary>
/// <param name="Watch">Watch name.</param>
/// <param name="Metres">Distance from the speaker.</param>
/// <param name="VoiceEnergy">Reported voice energy (front-end log units).</param>
/// <param name="AmbientEnergy">Reported ambient energy.</param>
/// <param name="Outcome">solo, won, lost, or none (no result).</param>
public sealed record CandidateSummary(string Watch, double Metres, short VoiceEnergy, short AmbientEnergy, string Outcome);
