using System.CommandLine;
using System.CommandLine.Invocation;
using ContentReview.Cli.Commands;
using ContentReview.Lexicons;

namespace ContentReview.Cli;

/// <summary>
/// The tool as a value: <see cref="RunAsync"/> parses and runs a command line against a <see cref="CliEnvironment"/>,
/// so tests run it in-process with captured writers and the process entry point is one line.
/// </summary>
internal static class CliApp
{
    public static RootCommand BuildRoot(CliEnvironment env)
    {
        var root = new RootCommand(
            "ContentReview: review Chinese government drafts for 错敏信息 before publication.\n"
            + "Exit codes: 0 clean; 1 findings at or above --fail-on; 2 usage or input error; 3 internal error.");
        foreach (var command in CommandCatalog.All(env))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken cancellation = default)
    {
        try
        {
            var parse = BuildRoot(env).Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
            {
                // System.CommandLine would exit with 1, which this tool reserves for "findings".
                foreach (var error in parse.Errors)
                {
                    await env.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
                }

                var name = parse.CommandResult.Command is RootCommand ? "" : parse.CommandResult.Command.Name + " ";
                await env.Error.WriteLineAsync($"Run 'contentreview {name}--help' for usage.").ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            var configuration = new InvocationConfiguration
            {
                Output = env.Output,
                Error = env.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parse.InvokeAsync(configuration, cancellation).ConfigureAwait(false);
        }
        finally
        {
            await env.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await env.Error.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Wraps a command body: a <see cref="CliUsageException"/>, a malformed lexicon or an I/O failure becomes
    /// <c>error: …</c> on stderr and exit code 2; anything else is a bug, reported with its stack trace as exit code 3.
    /// </summary>
    public static Func<ParseResult, CancellationToken, Task<int>> Guard(
        CliEnvironment env, Func<ParseResult, CancellationToken, Task<int>> body) =>
        async (parse, cancellation) =>
        {
            try
            {
                return await body(parse, cancellation).ConfigureAwait(false);
            }
            catch (CliUsageException e)
            {
                await env.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InputError;
            }
            catch (LexiconFormatException e)
            {
                await env.Error.WriteLineAsync($"error: lexicon: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InputError;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await env.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InputError;
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                await env.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
                return 130;
            }
            catch (Exception e)
            {
                await env.Error.WriteLineAsync($"internal error (please report it): {e}").ConfigureAwait(false);
                return ExitCodes.InternalError;
            }
        };
}
