using System.CommandLine;

namespace ContentReview.Cli.Commands;

/// <summary>The subcommands of the tool, in help order.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return SegmentCommand.Create();
        yield return EvalCscCommand.Create();
    }
}
