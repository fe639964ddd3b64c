using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentReview.Lexicons;

/// <summary>
/// Reads one rule file (the format of lexicons/README.md) and validates it completely. Every problem raises a
/// <see cref="LexiconFormatException"/> with the file, the 1-based line and, where known, the rule id.
/// </summary>
/// <remarks>
/// The YAML representation model is used rather than the deserializer so that every node keeps its line (YamlDotNet
/// marks are 1-based) and unknown keys can be reported where they stand instead of being silently ignored. Checks that
/// need other files (duplicate ids across files, overrides, disable lists) are done by <see cref="LexiconComposer"/>;
/// patterns that normalize to nothing are found when the lexicon check builds its matchers (with the rule's line).
/// </remarks>
internal static partial class RuleFileParser
{
    /// <summary>How long one regex rule may run on one input before it is abandoned (the rule is skipped for that input).</summary>
    internal static readonly TimeSpan RegexMatchTimeout = TimeSpan.FromMilliseconds(200);

    private static readonly string[] TopLevelKeys = ["category", "rules", "allow", "disable"];

    private static readonly string[] RuleKeys =
    [
        "id", "severity", "patterns", "regex", "suggestions", "message", "source", "not-preceded-by", "not-followed-by",
        "nearby", "whole-word", "exact", "allow", "effective", "override", "tags",
    ];

    private static readonly string[] NearbyKeys = ["all", "none", "scope", "direction"];

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\$(\d+)|\$\{(\d+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex GroupReference();

    /// <summary>Parses and validates a rule file.</summary>
    /// <param name="name">The file name used in error messages.</param>
    /// <param name="reader">The YAML text.</param>
    public static RuleFile Parse(string name, TextReader reader)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new LexiconFormatException(name, (int)e.Start.Line, null, $"invalid YAML: {Inner(e).Message}", e);
        }

        if (stream.Documents.Count == 0)
        {
            throw new LexiconFormatException(name, 0, null, "the file is empty; a rule file has at least a 'category' and 'rules', or 'disable'/'allow'");
        }

        if (stream.Documents.Count > 1)
        {
            throw new LexiconFormatException(name, Line(stream.Documents[1].RootNode), null, "a rule file holds exactly one YAML document");
        }

        return Validate(name, RuleNode.FromYaml(stream.Documents[0].RootNode));
    }

    /// <summary>
    /// Parses and validates a built-in rule file. The text is read with <see cref="RuleYamlSubsetReader"/> (the YAML
    /// subset the lexicon generator writes, without YamlDotNet's start-up cost); a file outside the subset goes through
    /// <see cref="Parse"/>, so the result and any error are the same either way.
    /// </summary>
    /// <param name="name">The file name used in error messages.</param>
    /// <param name="text">The YAML text.</param>
    public static RuleFile ParseBuiltIn(string name, string text) =>
        RuleYamlSubsetReader.TryRead(text) is { } root ? Validate(name, root) : Parse(name, new StringReader(text));

    /// <summary>Validates a document read by either reader.</summary>
    internal static RuleFile Validate(string name, RuleNode root) => new Reader(name).ReadFile(root);

    private static Exception Inner(YamlException e) => e.InnerException is YamlException inner ? Inner(inner) : e;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private sealed class Reader(string file)
    {
        private string? _ruleId;

        public RuleFile ReadFile(RuleNode root)
        {
            if (root.IsNull)
            {
                throw Error(root, "the file is empty; a rule file has at least a 'category' and 'rules', or 'disable'/'allow'");
            }

            var map = Mapping(root, "the file");
            CheckKeys(map, TopLevelKeys, "top-level");

            string? category = null;
            if (Get(map, "category") is { } categoryNode)
            {
                category = String(categoryNode, "category");
                if (!IdPattern().IsMatch(category))
                {
                    throw Error(categoryNode, $"category '{category}' must be lower-case letters, digits and '-' (e.g. agency-name)");
                }
            }

            var allow = Get(map, "allow") is { } allowNode ? AllowTerms(allowNode) : [];
            var disable = new List<(string, int)>();
            if (Get(map, "disable") is { } disableNode)
            {
                foreach (var item in Sequence(disableNode, "disable"))
                {
                    var id = String(item, "disable");
                    if (!IdPattern().IsMatch(id))
                    {
                        throw Error(item, $"'{id}' in 'disable' is not a valid rule id");
                    }

                    disable.Add((id, item.Line));
                }
            }

            var rules = new List<LexiconRule>();
            if (Get(map, "rules") is { } rulesNode)
            {
                if (category is null)
                {
                    throw Error(rulesNode, "a file with 'rules' needs a top-level 'category'");
                }

                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var ruleNode in Sequence(rulesNode, "rules"))
                {
                    var rule = ReadRule(ruleNode, category);
                    if (seen.TryGetValue(rule.Id, out int firstLine))
                    {
                        _ruleId = rule.Id;
                        throw Error(ruleNode, $"duplicate rule id '{rule.Id}' (first defined on line {firstLine})");
                    }

                    seen.Add(rule.Id, rule.Line);
                    rules.Add(rule);
                }
            }

            if (rules.Count == 0 && allow.Count == 0 && disable.Count == 0 && category is null)
            {
                throw Error(root, "the file has no 'rules', 'allow' or 'disable'");
            }

            return new RuleFile { Name = file, Category = category, Rules = rules, Allow = allow, Disable = disable };
        }

        private LexiconRule ReadRule(RuleNode node, string category)
        {
            _ruleId = null;
            var map = Mapping(node, "a rule");

            // Read the id first so that every later error names the rule.
            var idNode = Get(map, "id") ?? throw Error(node, "a rule needs an 'id'");
            var id = String(idNode, "id");
            if (!IdPattern().IsMatch(id))
            {
                throw Error(idNode, $"rule id '{id}' must match [a-z0-9][a-z0-9-]*");
            }

            _ruleId = id;
            CheckKeys(map, RuleKeys, "rule");

            var severityNode = Get(map, "severity") ?? throw Error(node, "missing 'severity' (error, warning or info)");
            var severity = String(severityNode, "severity") switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                var other => throw Error(severityNode, $"severity '{other}' is not one of error, warning, info"),
            };

            var patternsNode = Get(map, "patterns");
            var regexNode = Get(map, "regex");
            if (patternsNode is null == regexNode is null)
            {
                throw Error(node, "a rule needs exactly one of 'patterns' (literal strings) or 'regex'");
            }

            IReadOnlyList<string> patterns = [];
            Regex? regex = null;
            if (patternsNode is not null)
            {
                patterns = Strings(patternsNode, "patterns", allowEmpty: false);
                if (patterns.Count == 0)
                {
                    throw Error(patternsNode, "'patterns' is empty");
                }
            }
            else
            {
                var text = String(regexNode!, "regex");
                try
                {
                    regex = new Regex(text, RegexOptions.CultureInvariant, RegexMatchTimeout);
                }
                catch (ArgumentException e)
                {
                    throw Error(regexNode!, $"bad regular expression: {e.Message}");
                }

                if (regex.Match("").Success)
                {
                    throw Error(regexNode!, "the regular expression matches the empty string, so it would flag every position");
                }
            }

            var suggestionsNode = Get(map, "suggestions");
            var suggestions = suggestionsNode is null ? [] : Strings(suggestionsNode, "suggestions", allowEmpty: true);
            if (severity == Severity.Error && suggestionsNode is null)
            {
                throw Error(node, "an error rule needs 'suggestions' (write 'suggestions: []' and explain in 'message' when the fix needs judgement)");
            }

            if (regex is not null && suggestionsNode is not null)
            {
                int groups = regex.GetGroupNumbers().Max();
                foreach (var s in suggestions)
                {
                    foreach (Match m in GroupReference().Matches(s))
                    {
                        int n = int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, CultureInfo.InvariantCulture);
                        if (n > groups)
                        {
                            throw Error(suggestionsNode, $"suggestion '{s}' refers to group ${n} but the regex has {groups} group(s)");
                        }
                    }
                }
            }
            else if (regex is null && suggestionsNode is not null)
            {
                foreach (var s in suggestions)
                {
                    if (string.IsNullOrWhiteSpace(s))
                    {
                        throw Error(suggestionsNode, "a suggestion is empty (to suggest deleting the text, the rule's message should say so)");
                    }
                }
            }

            var message = String(Get(map, "message") ?? throw Error(node, "missing 'message' (in Chinese: what is wrong and why)"), "message");
            var source = String(Get(map, "source") ?? throw Error(node, "missing 'source' (the public source of the rule)"), "source");
            if (message.Trim().Length == 0)
            {
                throw Error(Get(map, "message")!, "'message' is empty");
            }

            if (source.Trim().Length == 0)
            {
                throw Error(Get(map, "source")!, "'source' is empty");
            }

            var notPreceded = Get(map, "not-preceded-by") is { } npb ? NonEmptyStrings(npb, "not-preceded-by") : [];
            var notFollowed = Get(map, "not-followed-by") is { } nfb ? NonEmptyStrings(nfb, "not-followed-by") : [];
            var nearby = Get(map, "nearby") is { } nearbyNode ? ReadNearby(nearbyNode) : null;
            bool wholeWord = Get(map, "whole-word") is { } ww && Bool(ww, "whole-word");
            bool exact = Get(map, "exact") is { } ex && Bool(ex, "exact");
            bool overrides = Get(map, "override") is { } ov && Bool(ov, "override");
            var allow = Get(map, "allow") is { } allowNode ? AllowTerms(allowNode) : [];
            var tags = Get(map, "tags") is { } tagsNode ? Strings(tagsNode, "tags", allowEmpty: true) : [];

            if (wholeWord && category == Categories.Typo)
            {
                throw Error(Get(map, "whole-word")!, "'whole-word' is never used on typo rules: a typo splits words by nature");
            }

            // 'exact: true' on a regex rule is redundant (a regex always matches the plain text, unnormalized): accepted.
            DateOnly? effective = null;
            if (Get(map, "effective") is { } effNode)
            {
                var text = String(effNode, "effective");
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw Error(effNode, $"'effective' must be a date YYYY-MM-DD, not '{text}'");
                }

                effective = date;
            }

            return new LexiconRule
            {
                Id = id,
                Category = category,
                Severity = severity,
                Patterns = patterns,
                Regex = regex,
                Suggestions = suggestions,
                Message = message.Trim(),
                Source = source.Trim(),
                NotPrecededBy = notPreceded,
                NotFollowedBy = notFollowed,
                Nearby = nearby,
                WholeWord = wholeWord,
                Exact = exact,
                Allow = allow,
                Effective = effective,
                Override = overrides,
                Tags = tags,
                File = file,
                Line = node.Line,
            };
        }

        private NearbyCondition ReadNearby(RuleNode node)
        {
            var map = Mapping(node, "'nearby'");
            CheckKeys(map, NearbyKeys, "'nearby'");
            var all = new List<IReadOnlyList<string>>();
            if (Get(map, "all") is { } allNode)
            {
                foreach (var group in Sequence(allNode, "nearby.all"))
                {
                    // A group is a list of alternatives; a single string is a group of one.
                    var terms = group.Kind == RuleNodeKind.Scalar ? [String(group, "nearby.all")] : NonEmptyStrings(group, "nearby.all group");
                    if (terms.Count == 0 || terms.Any(t => t.Length == 0))
                    {
                        throw Error(group, "an empty term or group in 'nearby.all'");
                    }

                    all.Add(terms);
                }
            }

            var none = Get(map, "none") is { } noneNode ? NonEmptyStrings(noneNode, "nearby.none") : [];
            if (all.Count == 0 && none.Count == 0)
            {
                throw Error(node, "'nearby' needs 'all' (groups of terms of which one must occur) or 'none' (terms that must not occur)");
            }

            int chars = 0;
            if (Get(map, "scope") is { } scopeNode)
            {
                var text = String(scopeNode, "nearby.scope");
                if (text != "sentence")
                {
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out chars) || chars < 1 || chars > 1000)
                    {
                        throw Error(scopeNode, $"'nearby.scope' must be 'sentence' or a number of characters from 1 to 1000, not '{text}'");
                    }
                }
            }

            var direction = NearbyDirection.Either;
            if (Get(map, "direction") is { } dirNode)
            {
                direction = String(dirNode, "nearby.direction") switch
                {
                    "either" => NearbyDirection.Either,
                    "before" => NearbyDirection.Before,
                    "after" => NearbyDirection.After,
                    var other => throw Error(dirNode, $"'nearby.direction' must be either, before or after, not '{other}'"),
                };
            }

            return new NearbyCondition { All = all, None = none, Chars = chars, Direction = direction };
        }

        private RuleNode Mapping(RuleNode node, string what) =>
            node.Kind == RuleNodeKind.Mapping ? node : throw Error(node, $"{what} must be a mapping of keys to values");

        private IEnumerable<RuleNode> Sequence(RuleNode node, string key)
        {
            if (node.IsNull)
            {
                return [];
            }

            return node.Kind == RuleNodeKind.Sequence ? node.Items : throw Error(node, $"'{key}' must be a list");
        }

        private string String(RuleNode node, string key)
        {
            if (node.Kind != RuleNodeKind.Scalar || node.Value is null || node.IsNull)
            {
                throw Error(node, $"'{key}' must be a string");
            }

            return node.Value;
        }

        private bool Bool(RuleNode node, string key) => String(node, key) switch
        {
            "true" => true,
            "false" => false,
            var other => throw Error(node, $"'{key}' must be true or false, not '{other}'"),
        };

        private List<string> Strings(RuleNode node, string key, bool allowEmpty)
        {
            var list = new List<string>();
            foreach (var item in Sequence(node, key))
            {
                var s = String(item, key);
                if (!allowEmpty && s.Length == 0)
                {
                    throw Error(item, $"an empty string in '{key}'");
                }

                list.Add(s);
            }

            return list;
        }

        private List<string> AllowTerms(RuleNode node)
        {
            var list = new List<string>();
            foreach (var item in Sequence(node, "allow"))
            {
                var term = String(item, "allow");
                if (!ContentReviewerBuilder.IsMatchable(term))
                {
                    throw Error(item, $"allow term '{term}' is empty or holds only spaces and ignorable symbols, so it can never match");
                }

                list.Add(term);
            }

            return list;
        }

        private List<string> NonEmptyStrings(RuleNode node, string key)
        {
            var list = Strings(node, key, allowEmpty: false);
            if (list.Count == 0)
            {
                throw Error(node, $"'{key}' is an empty list; leave the key out instead");
            }

            return list;
        }

        private void CheckKeys(RuleNode map, string[] known, string where)
        {
            foreach (var (key, _) in map.Entries)
            {
                var name = key.Kind == RuleNodeKind.Scalar ? key.Value : null;
                if (name is null || Array.IndexOf(known, name) < 0)
                {
                    throw Error(key, $"unknown {where} key '{name}' (known: {string.Join(", ", known)})");
                }
            }
        }

        private static RuleNode? Get(RuleNode map, string key) => map.Get(key);

        private LexiconFormatException Error(RuleNode node, string problem) => new(file, node.Line, _ruleId, problem);
    }
}
