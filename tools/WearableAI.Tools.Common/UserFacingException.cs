namespace WearableAI.Tools;

/// <summary>An error caused by the user's input, reported as one line without a stack trace (`wai` prints it after "error:" and exits with code 2).</summary>
public sealed class UserFacingException(string message) : Exception(message);
