using System.CommandLine;
using ContentReview.Cli.Reviewing;
using ContentReview.Lexicons;

namespace ContentReview.Cli.Commands;

/// <summary>Options several commands share, and the one place a reviewer is built from them.</summary>
internal sealed class SharedOptions
{
    public Option<string[]> Lexicon { get; } = new("--lexicon", "-l")
    {
        Description = "A folder of rule files (*.yaml) to load after the built-in lexicon; repeatable. "
            + "Later folders may override or disable earlier rules by id.",
        HelpName = "DIR",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> NoBuiltIn { get; } = new("--no-builtin")
    {
        Description = "Do not load the built-in lexicon (use only --lexicon folders).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Lexicon);
        command.Options.Add(NoBuiltIn);
    }

    public ReviewerSettings Settings(ParseResult parse)
    {
        var directories = parse.GetValue(Lexicon) ?? [];
        foreach (var directory in directories)
        {
            if (!Directory.Exists(directory))
            {
                throw new CliUsageException(File.Exists(directory)
                    ? $"--lexicon {directory}: is a file; give the folder that holds the rule files"
                    : $"--lexicon {directory}: no such folder");
            }
        }

        var noBuiltIn = parse.GetValue(NoBuiltIn);
        if (noBuiltIn && directories.Length == 0)
        {
            throw new CliUsageException("--no-builtin needs at least one --lexicon folder (otherwise there are no rules)");
        }

        return new ReviewerSettings(!noBuiltIn, directories);
    }

    /// <summary>Builds the reviewer; a malformed lexicon becomes a usage error carrying file:line and rule id.</summary>
    public static ITextReviewer Build(CliEnvironment env, ReviewerSettings settings)
    {
        try
        {
            return env.ReviewerFactory(settings);
        }
        catch (LexiconFormatException e)
        {
            throw new CliUsageException($"lexicon: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"lexicon: {e.Message}");
        }
    }
}
