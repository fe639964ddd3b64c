using System.Diagnostics;
using System.Text.RegularExpressions;
using ContentReview.Lexicons;
using ContentReview.Matching;
using ContentReview.Segmentation;

namespace ContentReview.Checks.Lexicon;

/// <summary>
/// The lexicon rule check: every rule of the loaded rule files, compiled into two multi-pattern matchers and a list of
/// regular expressions, then filtered by each rule's context conditions.
/// </summary>
/// <remarks>
/// <para>Engines:</para>
/// <list type="bullet">
/// <item>literal patterns go into one <see cref="MultiPatternMatcher"/> with every normalization on (width, case,
/// traditional→simplified, ignorable characters inside a match). It runs with <see cref="MatchKind.All"/> so that
/// overlapping patterns of different rules all surface; the pipeline then merges overlaps (see
/// <see cref="FindingMerger"/>). Leftmost-longest would hide a shorter rule's match inside a longer one.</item>
/// <item>patterns of <c>exact: true</c> rules go into a second matcher with <see cref="MatcherOptions.SkipIgnorable"/>
/// off (so 不忘初心，牢记使命 is not found in 不忘初心、牢记使命 or 不忘初心牢记使命) and <see cref="MatcherOptions.FoldWidth"/>
/// off (exact rules are about punctuation, and the width of a comma is exactly what such a rule may be about). Case and
/// traditional folding stay on: they do not touch punctuation.</item>
/// <item>regex rules run on the plain text without normalization, each with a match timeout
/// (<see cref="RuleFileParser.RegexMatchTimeout"/>), and only on texts that contain, for each of up to four sets of
/// literals every match of the rule must contain, one of them (<see cref="RegexPrefilter"/>; found by the literal scan,
/// which they join), so a text pays one
/// automaton pass rather than one interpreted regex scan per rule. A rule that times out on an input is skipped for
/// that input rather than failing the review.</item>
/// </list>
/// <para>Conditions, cheapest first: <c>not-preceded-by</c>/<c>not-followed-by</c> (the text right before/after the
/// match, compared under the normalization of the match: see <see cref="ContextAffixes"/>), <c>nearby</c> (ordinal search in the window, the match itself excluded), rule-level
/// <c>allow</c> terms (a match inside an occurrence of one of the rule's allow terms is dropped), and
/// <c>whole-word</c> (<see cref="WordBoundaries"/>'s full policy on the segmentation of the match's sentence: no word may
/// cross one edge of the match, and a longer word containing it must be a compound of it — 中共 fires in 中共中央 but not
/// in 集中共享). No match runs across a paragraph end: a block element in HTML, a
/// blank line in plain text (a single line break is a possible hard wrap and is skipped like a space).</para>
/// </remarks>
internal sealed class LexiconCheck : IReviewCheck
{
    private readonly LexiconRule[] _rules;
    private readonly MultiPatternMatcher? _literal;
    private readonly int[] _literalOwner;
    private readonly MultiPatternMatcher? _exact;
    private readonly int[] _exactOwner;
    private readonly int[] _regexRules;
    private readonly byte[] _regexRequiredMask;

    // Per rule: how many runs its regex has had (interpreted), then its compiled copy (see RegexFor).
    private readonly int[] _regexRuns;
    private readonly Regex?[] _compiledRegex;
    private readonly MultiPatternMatcher? _ruleAllow;
    private readonly int[] _ruleAllowOwner;
    private readonly IWordSegmenter _segmenter;
    private readonly ContextAffixes?[] _notPrecededBy;
    private readonly ContextAffixes?[] _notFollowedBy;

    /// <summary>Compiles <paramref name="rules"/>.</summary>
    /// <exception cref="LexiconFormatException">A pattern normalizes to nothing (only spaces or noise symbols).</exception>
    public LexiconCheck(IReadOnlyList<LexiconRule> rules, IWordSegmenter segmenter)
    {
        _rules = rules.ToArray();
        _segmenter = segmenter;
        // Regex rules with a prefilter contribute their required literals to the literal scan, under the owner
        // ~(ruleIndex * 4 + set): the rule runs only when every one of its (at most four) sets has an occurrence.
        _regexRequiredMask = new byte[_rules.Length];
        var anchors = new List<(int Owner, string Literal)>();
        for (int i = 0; i < _rules.Length; i++)
        {
            if (_rules[i].Regex is { } regex && RegexPrefilter.RequiredLiteralSets(regex.ToString()) is { } sets
                && sets.All(set => set.All(ContentReviewerBuilder.IsMatchable)))
            {
                Debug.Assert(sets.Count is > 0 and <= 4, "at most four sets");
                _regexRequiredMask[i] = (byte)((1 << sets.Count) - 1);
                for (int k = 0; k < sets.Count; k++)
                {
                    anchors.AddRange(sets[k].Select(l => (i * 4 + k, l)));
                }
            }
        }

        (_literal, _literalOwner) = BuildMatcher(_rules, r => r.Regex is null && !r.Exact ? r.Patterns : [], MatcherOptionsFor(false), true, anchors);
        (_exact, _exactOwner) = BuildMatcher(_rules, r => r.Regex is null && r.Exact ? r.Patterns : [], MatcherOptionsFor(true), true);
        (_ruleAllow, _ruleAllowOwner) = BuildMatcher(_rules, r => r.Allow, MatcherOptionsFor(false), false);
        _regexRules = Enumerable.Range(0, _rules.Length).Where(i => _rules[i].Regex is not null).ToArray();
        _regexRuns = new int[_rules.Length];
        _compiledRegex = new Regex?[_rules.Length];

        // Context strings compare under the normalization of the rule's own match (ContextAffixes).
        var literalFolding = MultiPatternMatcher.CreateFolding(MatcherOptionsFor(false));
        var exactFolding = MultiPatternMatcher.CreateFolding(MatcherOptionsFor(true));
        _notPrecededBy = new ContextAffixes?[_rules.Length];
        _notFollowedBy = new ContextAffixes?[_rules.Length];
        for (int i = 0; i < _rules.Length; i++)
        {
            var r = _rules[i];
            var folding = r.Regex is not null ? null : r.Exact ? exactFolding : literalFolding;
            _notPrecededBy[i] = r.NotPrecededBy.Count == 0 ? null : new ContextAffixes(r.NotPrecededBy, folding);
            _notFollowedBy[i] = r.NotFollowedBy.Count == 0 ? null : new ContextAffixes(r.NotFollowedBy, folding);
        }

        Categories = _rules.Select(r => r.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <inheritdoc />
    public string Name => "lexicon";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Categories { get; }

    /// <summary>Number of rules compiled into this check.</summary>
    public int RuleCount => _rules.Length;

    /// <summary>The matcher options for literal patterns (<paramref name="exact"/>: of <c>exact: true</c> rules).</summary>
    internal static MatcherOptions MatcherOptionsFor(bool exact) => new()
    {
        MatchKind = MatchKind.All,
        SkipIgnorable = !exact,
        FoldWidth = !exact,
    };

    /// <inheritdoc />
    public void Run(ReviewContext context, ICollection<Finding> findings)
    {
        var run = new RunState(this, context, findings);
        byte[]? triggered = null;
        if (_literal is not null)
        {
            foreach (var m in _literal.FindAll(context.Text))
            {
                int owner = _literalOwner[m.PatternIndex];
                if (owner >= 0)
                {
                    run.Consider(owner, m.Start, m.Length, null);
                }
                else
                {
                    int anchor = ~owner;
                    (triggered ??= new byte[_rules.Length])[anchor / 4] |= (byte)(1 << (anchor % 4));
                }
            }
        }

        if (_exact is not null)
        {
            foreach (var m in _exact.FindAll(context.Text))
            {
                run.Consider(_exactOwner[m.PatternIndex], m.Start, m.Length, null);
            }
        }

        foreach (int ruleIndex in _regexRules)
        {
            byte mask = _regexRequiredMask[ruleIndex];
            if (!run.IsEnabled(ruleIndex) || (mask != 0 && (triggered is null || triggered[ruleIndex] != mask)))
            {
                continue; // disabled in this call, or none of the literals every match contains occurs in the text
            }

            var regex = RegexFor(ruleIndex);
            try
            {
                for (var m = regex.Match(context.Text); m.Success; m = m.NextMatch())
                {
                    if (m.Length > 0)
                    {
                        run.Consider(ruleIndex, m.Index, m.Length, m);
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological input for this rule: skip the rule for this input, keep the others.
            }
        }
    }

    /// <summary>
    /// The regex to run for a rule: the parsed (interpreted) one for its first <see cref="RegexCompileAfterRuns"/> runs,
    /// then a copy compiled to IL, made once and shared by every later call.
    /// </summary>
    /// <remarks>
    /// The interpreter is the cost of a review whose text passes a rule's prefilter: on a 2,000-character article a
    /// scan like <c>(省|市|…)\1委(?=…)</c> took about 50 µs interpreted and 5 µs compiled, and a busy service pays it on
    /// every call. Compiling every regex when the lexicon is built was rejected: about 20 ms to construct the built-in
    /// lexicon's 81 regexes plus about 1 ms of JIT each, paid at every start and reload and by one-shot CLI runs for
    /// rules most texts never trigger. So a rule is compiled only once it has proved it runs often; the compiling call
    /// pays about a millisecond once. Both engines find the same matches (same pattern, options and timeout).
    /// </remarks>
    internal Regex RegexFor(int ruleIndex)
    {
        if (Volatile.Read(ref _compiledRegex[ruleIndex]) is { } compiled)
        {
            return compiled;
        }

        var regex = _rules[ruleIndex].Regex!;
        // Exactly one call (the one whose count passes the threshold) compiles; calls meanwhile keep the interpreted regex.
        if (Interlocked.Increment(ref _regexRuns[ruleIndex]) != RegexCompileAfterRuns + 1)
        {
            return regex;
        }

        compiled = new Regex(regex.ToString(), regex.Options | RegexOptions.Compiled, regex.MatchTimeout);
        Volatile.Write(ref _compiledRegex[ruleIndex], compiled);
        return compiled;
    }

    /// <summary>How many runs a rule's regex is interpreted before <see cref="RegexFor"/> compiles it.</summary>
    internal const int RegexCompileAfterRuns = 16;

    private static (MultiPatternMatcher? Matcher, int[] Owner) BuildMatcher(
        LexiconRule[] rules, Func<LexiconRule, IReadOnlyList<string>> select, MatcherOptions options, bool isPattern,
        List<(int Owner, string Literal)>? anchors = null)
    {
        var patterns = new List<string>();
        var owners = new List<int>();
        for (int i = 0; i < rules.Length; i++)
        {
            foreach (var p in select(rules[i]))
            {
                patterns.Add(p);
                owners.Add(i);
            }
        }

        foreach (var (owner, literal) in anchors ?? [])
        {
            patterns.Add(literal);
            owners.Add(~owner);
        }

        if (patterns.Count == 0)
        {
            return (null, []);
        }

        try
        {
            return (MultiPatternMatcher.Create(patterns, options), owners.ToArray());
        }
        catch (ArgumentException)
        {
            // Find the culprit to name its rule and line; the matcher's message names only an index.
            for (int i = 0; i < patterns.Count; i++)
            {
                try
                {
                    MultiPatternMatcher.Create([patterns[i]], options);
                }
                catch (ArgumentException e)
                {
                    var rule = rules[owners[i] >= 0 ? owners[i] : ~owners[i] / 4];
                    var what = isPattern ? "pattern" : "allow term";
                    throw new LexiconFormatException(rule.File, rule.Line, rule.Id,
                        $"{what} '{patterns[i]}' can never match: it holds only spaces or ignorable symbols{(isPattern && rule.Exact ? "" : " (use 'exact: true' to match punctuation literally)")}", e);
                }
            }

            throw;
        }
    }

    /// <summary>State of one <see cref="Run"/>: lazily computed caches, so a text without candidates pays for nothing.</summary>
    private sealed class RunState(LexiconCheck check, ReviewContext context, ICollection<Finding> findings)
    {
        private HashSet<(int Rule, int Start, int Length)>? _seen;
        private List<PatternMatch>? _ruleAllow;
        private Dictionary<(int From, int To), IReadOnlyList<TextSpan>>? _cuts;
        private sbyte[]? _enabled;

        public bool IsEnabled(int ruleIndex)
        {
            _enabled ??= new sbyte[check._rules.Length];
            if (_enabled[ruleIndex] == 0)
            {
                var r = check._rules[ruleIndex];
                _enabled[ruleIndex] = (sbyte)(r.Severity >= context.Options.MinimumSeverity && context.IsCategoryEnabled(r.Category) ? 1 : -1);
            }

            return _enabled[ruleIndex] > 0;
        }

        public void Consider(int ruleIndex, int start, int length, Match? regexMatch)
        {
            if (!IsEnabled(ruleIndex))
            {
                return;
            }

            var rule = check._rules[ruleIndex];
            var text = context.Text;
            int end = start + length;
            Debug.Assert(start >= 0 && end <= text.Length && length > 0, "matches lie inside the text");

            if (CrossesParagraph(text.AsSpan(start, length)))
            {
                return;
            }

            bool html = context.Options.ContentType == ContentType.Html;
            if (check._notPrecededBy[ruleIndex]?.AnyBefore(text, start, html) == true
                || check._notFollowedBy[ruleIndex]?.AnyAfter(text, end, html) == true)
            {
                return;
            }

            if (rule.Nearby is { } nearby && !NearbyHolds(nearby, start, end))
            {
                return;
            }

            if (rule.Allow.Count > 0 && InsideRuleAllow(ruleIndex, start, end))
            {
                return;
            }

            if (rule.WholeWord && !WholeWord(start, end))
            {
                return;
            }

            _seen ??= [];
            if (!_seen.Add((ruleIndex, start, length)))
            {
                return;
            }

            findings.Add(new Finding
            {
                Start = start,
                Length = length,
                Text = text.Substring(start, length),
                RuleId = rule.Id,
                Category = rule.Category,
                Severity = rule.Severity,
                Message = rule.Message,
                Suggestions = regexMatch is null ? rule.Suggestions : rule.Suggestions.Select(regexMatch.Result).ToArray(),
                Source = rule.Source,
                Effective = rule.Effective,
            });
        }

        /// <summary>
        /// Whether a match runs across a paragraph end, which no rule may do: in HTML input every line break is a block
        /// element (source line breaks were turned into spaces); in plain text a blank line is, while a single line break
        /// may be a hard wrap inside a paragraph and is skipped like a space.
        /// </summary>
        private bool CrossesParagraph(ReadOnlySpan<char> span)
        {
            int nl = span.IndexOf('\n');
            if (nl < 0)
            {
                return false;
            }

            if (context.Options.ContentType == ContentType.Html)
            {
                return true;
            }

            bool afterBreak = false;
            foreach (char c in span[nl..])
            {
                if (c == '\n')
                {
                    if (afterBreak)
                    {
                        return true;
                    }

                    afterBreak = true;
                }
                else if (!char.IsWhiteSpace(c))
                {
                    afterBreak = false;
                }
            }

            return false;
        }

        private bool NearbyHolds(NearbyCondition nearby, int start, int end)
        {
            var text = context.Text;
            int from, to;
            if (nearby.Chars > 0)
            {
                from = Math.Max(0, start - nearby.Chars);
                to = Math.Min(text.Length, end + nearby.Chars);
            }
            else
            {
                from = context.SentenceAt(start).Start;
                to = context.SentenceAt(Math.Max(start, end - 1)).End;
            }

            var before = nearby.Direction == NearbyDirection.After ? default : text.AsSpan(from, start - from);
            var after = nearby.Direction == NearbyDirection.Before ? default : text.AsSpan(end, to - end);
            foreach (var group in nearby.All)
            {
                bool found = false;
                foreach (var term in group)
                {
                    if (before.Contains(term, StringComparison.Ordinal) || after.Contains(term, StringComparison.Ordinal))
                    {
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    return false;
                }
            }

            foreach (var term in nearby.None)
            {
                if (before.Contains(term, StringComparison.Ordinal) || after.Contains(term, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private bool InsideRuleAllow(int ruleIndex, int start, int end)
        {
            if (_ruleAllow is null)
            {
                _ruleAllow = [];
                foreach (var m in check._ruleAllow!.FindAll(context.Text))
                {
                    _ruleAllow.Add(m);
                }
            }

            foreach (var a in _ruleAllow)
            {
                if (check._ruleAllowOwner[a.PatternIndex] == ruleIndex && a.Start <= start && end <= a.End)
                {
                    return true;
                }
            }

            return false;
        }

        private bool WholeWord(int start, int end)
        {
            // Segment only the match's sentence(s): the cost does not grow with the document, and sentence ends are
            // word boundaries anyway.
            int from = context.SentenceAt(start).Start;
            int to = context.SentenceAt(Math.Max(start, end - 1)).End;
            _cuts ??= [];
            if (!_cuts.TryGetValue((from, to), out var words))
            {
                words = check._segmenter.Cut(context.Text.Substring(from, to - from));
                _cuts[(from, to)] = words;
            }

            return WordBoundaries.IsWholeWordMatch(context.Text.AsSpan(from, to - from), words, start - from, end - from, check._segmenter);
        }
    }
}
