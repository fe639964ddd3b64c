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

    public Option<bool> StatisticalTypos { get; } = new("--statistical-typos")
    {
        Description = "Also run the statistical typo check (same-pinyin and similar-shape candidates scored with word "
            + "frequencies; warnings). Off by default: it costs far more than the rest of a review.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Lexicon);
        command.Options.Add(NoBuiltIn);
        command.Options.Add(StatisticalTypos);
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

        // --no-builtin without --lexicon is allowed: the structured checks (privacy, secrets, number formats) still run.
        return new ReviewerSettings(!parse.GetValue(NoBuiltIn), directories) { StatisticalTypos = parse.GetValue(StatisticalTypos) };
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
