using System.CommandLine;

namespace ContentReview.Cli.Commands;

/// <summary>The subcommands of the tool, in help order.</summary>
internal static class CommandCatalog
{
    /// <summary>
    /// Every subcommand. Commands take the environment so their output writers, stdin and reviewer are injectable;
    /// a command that needs none of that may ignore it (or use <c>ParseResult.InvocationConfiguration.Output</c>,
    /// which <see cref="CliApp.RunAsync"/> points at the same writers).
    /// </summary>
    public static IEnumerable<Command> All(CliEnvironment env)
    {
        yield return ReviewCommand.Create(env);
        yield return EvalCommand.Create(env);
        yield return LexiconCommand.Create(env);
    }
}
