using System.Security.Cryptography;
using System.Text;

namespace ContentReview.Lexicons;

/// <summary>The rules in force after every file is loaded, overrides applied and disabled rules removed.</summary>
internal sealed class ComposedLexicon
{
    public required IReadOnlyList<LexiconRule> Rules { get; init; }

    /// <summary>Allow terms that apply to every finding (file-level <c>allow:</c> plus the builder's).</summary>
    public required IReadOnlyList<string> GlobalAllow { get; init; }

    public required string Version { get; init; }
}

/// <summary>
/// Combines parsed rule files in load order (built-in first, then deployments' files in the order added):
/// <list type="bullet">
/// <item>a rule whose id is already taken is an error unless it says <c>override: true</c>, in which case it replaces the
/// earlier rule in place; <c>override: true</c> without an earlier rule is an error (a mistyped id);</item>
/// <item>ids in <c>disable:</c> lists and <see cref="ContentReviewerBuilder.DisableRules"/> are removed after everything is
/// loaded, so a file may disable a rule of a file loaded before or after it; an id that no loaded rule has is an error
/// (it is almost always a typo, and a silent no-op would leave the rule on);</item>
/// <item>file-level <c>allow:</c> terms of every file and the builder's terms form one global allow list.</item>
/// </list>
/// </summary>
internal static class LexiconComposer
{
    /// <summary>The release date of the built-in lexicon; the first half of every lexicon version.</summary>
    public const string Release = "2026.11.22";

    public static ComposedLexicon Compose(
        IReadOnlyList<RuleFile> files, IReadOnlyCollection<string> disabledIds, IReadOnlyCollection<string> extraAllow)
    {
        var rules = new List<LexiconRule>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var allow = new List<string>();
        foreach (var file in files)
        {
            allow.AddRange(file.Allow);
            foreach (var rule in file.Rules)
            {
                if (index.TryGetValue(rule.Id, out int at))
                {
                    if (!rule.Override)
                    {
                        var first = rules[at];
                        throw new LexiconFormatException(rule.File, rule.Line, rule.Id,
                            $"duplicate rule id (already defined in {first.File}:{first.Line}); add 'override: true' to replace it");
                    }

                    rules[at] = rule;
                }
                else
                {
                    if (rule.Override)
                    {
                        throw new LexiconFormatException(rule.File, rule.Line, rule.Id,
                            "'override: true' but no rule loaded before this file has this id");
                    }

                    index.Add(rule.Id, rules.Count);
                    rules.Add(rule);
                }
            }
        }

        var disabled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var (id, line) in file.Disable)
            {
                if (!index.ContainsKey(id))
                {
                    throw new LexiconFormatException(file.Name, line, id, "'disable' names a rule id that no loaded file defines");
                }

                disabled.Add(id);
            }
        }

        foreach (var id in disabledIds)
        {
            if (!index.ContainsKey(id))
            {
                throw new LexiconFormatException("DisableRules", 0, id, "no loaded rule has this id");
            }

            disabled.Add(id);
        }

        if (disabled.Count > 0)
        {
            rules.RemoveAll(r => disabled.Contains(r.Id));
        }

        foreach (var term in extraAllow)
        {
            allow.Add(term);
        }

        var globalAllow = allow.Distinct(StringComparer.Ordinal).ToArray();
        return new ComposedLexicon { Rules = rules, GlobalAllow = globalAllow, Version = ComputeVersion(rules, globalAllow) };
    }

    /// <summary>
    /// "<see cref="Release"/>-" followed by 8 hex digits of a SHA-256 over everything that changes what the rules find or
    /// say (not the file names or lines), taken in id order so that moving a rule between files keeps the version.
    /// </summary>
    internal static string ComputeVersion(IReadOnlyList<LexiconRule> rules, IReadOnlyList<string> globalAllow)
    {
        var sb = new StringBuilder(rules.Count * 200);
        void Add(string s) => sb.Append(s).Append('\u001F');
        void AddList(IEnumerable<string> items)
        {
            foreach (var s in items)
            {
                Add(s);
            }

            sb.Append('\u001D');
        }

        foreach (var r in rules.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            Add(r.Id);
            Add(r.Category);
            Add(r.Severity.ToString());
            AddList(r.Patterns);
            Add(r.Regex?.ToString() ?? "");
            AddList(r.Suggestions);
            Add(r.Message);
            Add(r.Source);
            AddList(r.NotPrecededBy);
            AddList(r.NotFollowedBy);
            if (r.Nearby is { } n)
            {
                foreach (var g in n.All)
                {
                    AddList(g);
                }

                Add("none");
                AddList(n.None);
                Add(n.Chars.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Add(n.Direction.ToString());
            }

            Add(r.WholeWord ? "w" : "");
            Add(r.Exact ? "x" : "");
            AddList(r.Allow);
            Add(r.Effective?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
            sb.Append('\u001E');
        }

        AddList(globalAllow.Order(StringComparer.Ordinal));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return $"{Release}-{Convert.ToHexString(hash, 0, 4).ToLowerInvariant()}";
    }
}
