namespace ContentReview.Cli;

/// <summary>
/// A usage or input error the user can fix (a missing file, a bad option combination). The command stops, the message
/// goes to stderr as <c>error: …</c>, and the exit code is <see cref="ExitCodes.InputError"/>.
/// </summary>
internal sealed class CliUsageException(string message) : Exception(message);
