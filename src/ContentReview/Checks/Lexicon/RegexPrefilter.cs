namespace ContentReview.Checks.Lexicon;

/// <summary>
/// Finds, for a regular expression, a small set of literal strings one of which every match must contain (the idea of
/// RE2's and Hyperscan's prefilters). The lexicon check adds these literals to its Aho-Corasick scan and runs a regex
/// rule only on texts where one of them occurs: a 5,000-character text then costs one automaton pass instead of one
/// interpreted regex scan per rule.
/// </summary>
/// <remarks>
/// <para>The analysis is conservative: it understands literals, escapes, small character classes, groups, alternation,
/// the quantifiers <c>? * + {n,m}</c> (lazy or not), anchors and lookarounds (zero-width: they require nothing), and
/// gives up — returns <c>null</c>, so the rule always runs — on anything else (inline options, conditionals, class
/// subtraction, comments, <c>\G</c>-style oddities). A wrong answer could only drop real findings, so when in doubt it
/// gives up. The literals are then matched with the matcher's normalization, which only ever finds more occurrences
/// (a superset), never fewer.</para>
/// <para>Per node it computes <c>Exact</c> (every string the node can match, when that set is finite and small) and
/// <c>Required</c> (one of these strings occurs in every match, or null for no constraint). Concatenations multiply
/// exact sets (within <see cref="MaxSet"/> strings of at most <see cref="MaxLength"/> characters); otherwise the child
/// with the most selective set (longest shortest string, then fewest strings) gives the requirement.</para>
/// </remarks>
internal static class RegexPrefilter
{
    // 128 rather than 64: (工人|…14 words)(小偷|罪犯|…8 words) then multiplies out into 112 two-word literals, which
    // legal prose never holds, instead of two sets of common words (罪犯, 学生) that made the rule run on it. No other
    // built-in rule's sets change; the automaton gains those 112 literals.
    private const int MaxSet = 128;
    private const int MaxLength = 16;

    /// <summary>
    /// Returns sets of literals such that every match of <paramref name="pattern"/> contains a literal of each set (at
    /// most four sets, the most selective first), or null. For a top-level sequence every part contributes its own set
    /// — (出售|销售)\s*(冰毒|海洛因) needs a selling word and a drug name — so a text needs all of them before the regex
    /// runs; otherwise the one set of <see cref="RequiredLiterals"/>.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>>? RequiredLiteralSets(string pattern)
    {
        try
        {
            var p = new Parser(pattern);
            var info = p.ParseAlternation();
            if (p.Position != pattern.Length)
            {
                return null;
            }

            var sets = p.TopLevelSets is { Count: > 0 } top ? top
                : p.TopLevelBranchSets is { } branches ? BranchUnions(branches, info.Required)
                : info.Required is { } r ? [r] : [];
            var usable = sets.Where(x => x.Count is > 0 and <= MaxSet && !x.Contains(""))
                .Distinct(HashSet<string>.CreateSetComparer())
                .OrderByDescending(x => x.Min(l => l.Length)).ThenBy(x => x.Count)
                .Take(4)
                .Select(x => (IReadOnlyList<string>)x.Order(StringComparer.Ordinal).ToArray())
                .ToList();
            return usable.Count == 0 ? null : usable;
        }
        catch (GiveUpException)
        {
            return null;
        }
    }

    /// <summary>
    /// The requirements of a top-level alternation: every match is a match of one branch, so the union of one required
    /// set per branch is a required set of the whole pattern, and a text must hold a literal of each such union. For each
    /// required set of the first branch, the union takes from every other branch the set sharing most literals with it
    /// (the same role in the branch): for (出售|…)\s*(枪支|…)|(枪支|…)\s*(出售|…) that gives both the selling words and the
    /// weapon words, rather than only the one set (of common selling words) <see cref="RequiredLiterals"/> would give.
    /// </summary>
    private static List<HashSet<string>> BranchUnions(List<List<HashSet<string>>> branches, HashSet<string>? whole)
    {
        var result = new List<HashSet<string>>();
        if (whole is not null)
        {
            result.Add(whole);
        }

        var usable = branches.Select(b => b.Where(x => x.Count is > 0 and <= MaxSet && !x.Contains("")).ToList()).ToList();
        if (usable.Any(b => b.Count == 0))
        {
            return result; // a branch without a requirement: no union is required
        }

        foreach (var first in usable[0])
        {
            var union = new HashSet<string>(first, StringComparer.Ordinal);
            foreach (var other in usable.Skip(1))
            {
                union.UnionWith(other.MaxBy(y => y.Count(first.Contains))!);
            }

            result.Add(union);
        }

        return result;
    }

    /// <summary>Returns literals one of which occurs in every match of <paramref name="pattern"/>, or null.</summary>
    public static IReadOnlyList<string>? RequiredLiterals(string pattern)
    {
        try
        {
            var p = new Parser(pattern);
            var info = p.ParseAlternation();
            if (p.Position != pattern.Length)
            {
                return null;
            }

            var required = info.Required;
            if (required is null || required.Count == 0 || required.Count > MaxSet || required.Any(s => s.Length == 0))
            {
                return null;
            }

            return required.Order(StringComparer.Ordinal).ToArray();
        }
        catch (GiveUpException)
        {
            return null;
        }
    }

    private sealed class GiveUpException : Exception
    {
    }

    /// <summary>What a node can match: Exact = all its strings (or null); Required = one occurs in every match (or null).</summary>
    private sealed record Info(HashSet<string>? Exact, HashSet<string>? Required)
    {
        public static readonly Info Nothing = new(null, null);

        public static Info Of(HashSet<string> exact) =>
            new(exact, exact.Contains("") ? null : exact);

        public static Info Empty => Of([""]);
    }

    private sealed class Parser(string s)
    {
        private int _depth;

        public int Position;

        /// <summary>The requirement of every part of the top-level sequence, when the pattern is one sequence.</summary>
        public List<HashSet<string>>? TopLevelSets { get; private set; }

        /// <summary>For a top-level alternation: the requirements of every part of each branch, per branch.</summary>
        public List<List<HashSet<string>>>? TopLevelBranchSets { get; private set; }

        public Info ParseAlternation()
        {
            bool top = _depth == 0;
            var branchSets = new List<List<HashSet<string>>> { new() };
            var branches = new List<Info> { ParseSequence(top ? branchSets[0] : null) };
            while (Position < s.Length && s[Position] == '|')
            {
                Position++;
                branchSets.Add([]);
                branches.Add(ParseSequence(top ? branchSets[^1] : null));
            }

            if (top && branches.Count == 1)
            {
                TopLevelSets = branchSets[0];
            }
            else if (top)
            {
                for (int i = 0; i < branches.Count; i++)
                {
                    // A branch that is one exact run records no parts; its own requirement is its one set.
                    if (branchSets[i].Count == 0 && branches[i].Required is { } own)
                    {
                        branchSets[i].Add(own);
                    }
                }

                TopLevelBranchSets = branchSets;
            }

            if (branches.Count == 1)
            {
                return branches[0];
            }

            HashSet<string>? exact = [];
            HashSet<string>? required = [];
            foreach (var b in branches)
            {
                if (exact is not null && b.Exact is not null)
                {
                    exact.UnionWith(b.Exact);
                }
                else
                {
                    exact = null;
                }

                if (required is not null && b.Required is not null)
                {
                    required.UnionWith(b.Required);
                }
                else
                {
                    required = null;
                }
            }

            if (exact is not null && exact.Count <= MaxSet)
            {
                return Info.Of(exact);
            }

            return new Info(null, required is not null && required.Count <= MaxSet ? required : null);
        }

        private Info ParseSequence(List<HashSet<string>>? collect)
        {
            // Runs of exact nodes are multiplied out; the most selective requirement among runs and other nodes wins.
            HashSet<string> run = [""];
            HashSet<string>? best = null;
            void Consider(HashSet<string>? candidate)
            {
                if (candidate is not null && !candidate.Contains(""))
                {
                    collect?.Add(candidate);
                    if (Better(candidate, best))
                    {
                        best = candidate;
                    }
                }
            }

            bool allExact = true;
            while (Position < s.Length && s[Position] is not ('|' or ')'))
            {
                var item = ParseQuantified();
                if (item.Exact is not null)
                {
                    var product = Multiply(run, item.Exact);
                    if (product is not null)
                    {
                        run = product;
                        continue;
                    }

                    // The product would grow too large: close this run, start a new one from the item.
                    allExact = false;
                    Consider(run);
                    run = item.Exact;
                    continue;
                }

                allExact = false;
                Consider(run);
                run = [""];
                Consider(item.Required);
            }

            if (allExact)
            {
                return Info.Of(run);
            }

            Consider(run);
            return new Info(null, best);
        }

        private Info ParseQuantified()
        {
            var atom = ParseAtom();
            if (Position >= s.Length)
            {
                return atom;
            }

            int min, max;
            char c = s[Position];
            if (c == '?')
            {
                (min, max) = (0, 1);
                Position++;
            }
            else if (c == '*')
            {
                (min, max) = (0, int.MaxValue);
                Position++;
            }
            else if (c == '+')
            {
                (min, max) = (1, int.MaxValue);
                Position++;
            }
            else if (c == '{' && TryParseBraces(out min, out max))
            {
                // parsed
            }
            else
            {
                return atom;
            }

            if (Position < s.Length && s[Position] == '?')
            {
                Position++; // lazy: same strings
            }

            if (min == 0 && max == 1 && atom.Exact is not null)
            {
                var e = new HashSet<string>(atom.Exact, StringComparer.Ordinal) { "" };
                return Info.Of(e);
            }

            if (min == 0)
            {
                return Info.Nothing;
            }

            if (min == 1 && max == 1)
            {
                return atom;
            }

            return new Info(null, atom.Required);
        }

        private bool TryParseBraces(out int min, out int max)
        {
            min = max = 0;
            int close = s.IndexOf('}', Position);
            if (close < 0)
            {
                return false;
            }

            var body = s.AsSpan(Position + 1, close - Position - 1);
            int comma = body.IndexOf(',');
            var ci = System.Globalization.CultureInfo.InvariantCulture;
            if (comma < 0)
            {
                if (!int.TryParse(body, System.Globalization.NumberStyles.None, ci, out min))
                {
                    return false;
                }

                max = min;
            }
            else
            {
                if (!int.TryParse(body[..comma], System.Globalization.NumberStyles.None, ci, out min))
                {
                    return false;
                }

                var upper = body[(comma + 1)..];
                if (upper.IsEmpty)
                {
                    max = int.MaxValue;
                }
                else if (!int.TryParse(upper, System.Globalization.NumberStyles.None, ci, out max))
                {
                    return false;
                }
            }

            Position = close + 1;
            return true;
        }

        private Info ParseAtom()
        {
            char c = s[Position];
            switch (c)
            {
                case '(':
                    return ParseGroup();
                case '[':
                    return ParseClass();
                case '\\':
                    return ParseEscape();
                case '.':
                    Position++;
                    return Info.Nothing;
                case '^' or '$':
                    Position++;
                    return Info.Empty;
                case '*' or '+' or '?' or '{' or ')' or '|':
                    throw new GiveUpException();
                default:
                    Position++;
                    return Info.Of([c.ToString()]);
            }
        }

        private Info ParseGroup()
        {
            Position++; // (
            bool zeroWidth = false;
            if (Position < s.Length && s[Position] == '?')
            {
                var rest = s.AsSpan(Position);
                if (rest.StartsWith("?:") || rest.StartsWith("?>"))
                {
                    Position += 2;
                }
                else if (rest.StartsWith("?=") || rest.StartsWith("?!"))
                {
                    Position += 2;
                    zeroWidth = true;
                }
                else if (rest.StartsWith("?<=") || rest.StartsWith("?<!"))
                {
                    Position += 3;
                    zeroWidth = true;
                }
                else if (rest.StartsWith("?<") || rest.StartsWith("?'"))
                {
                    char close = rest[1] == '<' ? '>' : '\'';
                    int end = s.IndexOf(close, Position + 2);
                    if (end < 0 || !IsName(s.AsSpan(Position + 2, end - Position - 2)))
                    {
                        throw new GiveUpException();
                    }

                    Position = end + 1;
                }
                else
                {
                    throw new GiveUpException(); // inline options, conditionals, comments
                }
            }

            _depth++;
            var inner = ParseAlternation();
            _depth--;
            if (Position >= s.Length || s[Position] != ')')
            {
                throw new GiveUpException();
            }

            Position++;
            return zeroWidth ? Info.Empty : inner;
        }

        private static bool IsName(ReadOnlySpan<char> name)
        {
            if (name.IsEmpty)
            {
                return false;
            }

            foreach (char ch in name)
            {
                if (!char.IsLetterOrDigit(ch) && ch != '_')
                {
                    return false;
                }
            }

            return true;
        }

        private Info ParseClass()
        {
            Position++; // [
            bool negated = Position < s.Length && s[Position] == '^';
            if (negated)
            {
                Position++;
            }

            var chars = new HashSet<string>(StringComparer.Ordinal);
            bool simple = !negated;
            bool first = true;
            while (Position < s.Length && (s[Position] != ']' || first))
            {
                first = false;
                char c = s[Position];
                if (c == '[')
                {
                    throw new GiveUpException(); // subtraction or nested class
                }

                if (c == '\\')
                {
                    var escaped = ClassEscape();
                    if (escaped is null)
                    {
                        simple = false;
                    }
                    else
                    {
                        chars.Add(escaped.Value.ToString());
                    }

                    continue;
                }

                if (c == '-' && chars.Count > 0 && Position + 1 < s.Length && s[Position + 1] != ']')
                {
                    simple = false; // a range
                    Position++;
                    if (s[Position] == '\\')
                    {
                        ClassEscape();
                    }
                    else
                    {
                        Position++;
                    }

                    continue;
                }

                chars.Add(c.ToString());
                Position++;
            }

            if (Position >= s.Length)
            {
                throw new GiveUpException();
            }

            Position++; // ]
            return simple && chars.Count is > 0 and <= 16 ? Info.Of(chars) : Info.Nothing;
        }

        /// <summary>An escape inside a class: the character, or null for a class escape (\d, \p{…}, …).</summary>
        private char? ClassEscape()
        {
            Position++; // backslash
            if (Position >= s.Length)
            {
                throw new GiveUpException();
            }

            char c = s[Position];
            switch (c)
            {
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                    Position++;
                    return null;
                case 'p' or 'P':
                    int close = s.IndexOf('}', Position);
                    if (close < 0)
                    {
                        throw new GiveUpException();
                    }

                    Position = close + 1;
                    return null;
                default:
                    return EscapedChar();
            }
        }

        private Info ParseEscape()
        {
            Position++; // backslash
            if (Position >= s.Length)
            {
                throw new GiveUpException();
            }

            char c = s[Position];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    Position++;
                    return Info.Empty;
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                    Position++;
                    return Info.Nothing;
                case 'p' or 'P':
                    int close = s.IndexOf('}', Position);
                    if (close < 0)
                    {
                        throw new GiveUpException();
                    }

                    Position = close + 1;
                    return Info.Nothing;
                case >= '1' and <= '9':
                    while (Position < s.Length && char.IsAsciiDigit(s[Position]))
                    {
                        Position++;
                    }

                    return Info.Nothing; // a back-reference may match the empty string
                case 'k':
                    throw new GiveUpException();
                default:
                    return Info.Of([EscapedChar().ToString()]);
            }
        }

        /// <summary>Reads a character escape at <see cref="Position"/> (after the backslash).</summary>
        private char EscapedChar()
        {
            char c = s[Position];
            switch (c)
            {
                case 'u':
                    if (Position + 5 > s.Length)
                    {
                        throw new GiveUpException();
                    }

                    var hex = s.AsSpan(Position + 1, 4);
                    if (!int.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out int u))
                    {
                        throw new GiveUpException();
                    }

                    Position += 5;
                    return (char)u;
                case 'x':
                    if (Position + 3 > s.Length)
                    {
                        throw new GiveUpException();
                    }

                    if (!int.TryParse(s.AsSpan(Position + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out int x))
                    {
                        throw new GiveUpException();
                    }

                    Position += 3;
                    return (char)x;
                case 't':
                    Position++;
                    return '\t';
                case 'n':
                    Position++;
                    return '\n';
                case 'r':
                    Position++;
                    return '\r';
                case 'f':
                    Position++;
                    return '\f';
                case 'v':
                    Position++;
                    return '\v';
                case 'e':
                    Position++;
                    return '\u001B';
                case 'a':
                    Position++;
                    return '\a';
                case 'c' or '0':
                    throw new GiveUpException();
                default:
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        throw new GiveUpException(); // an escape this analysis does not know
                    }

                    Position++;
                    return c;
            }
        }

        private static HashSet<string>? Multiply(HashSet<string> left, HashSet<string> right)
        {
            if ((long)left.Count * right.Count > MaxSet)
            {
                return null;
            }

            var result = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in left)
            {
                foreach (var b in right)
                {
                    if (a.Length + b.Length > MaxLength)
                    {
                        return null;
                    }

                    result.Add(a + b);
                }
            }

            return result;
        }

        private static bool Better(HashSet<string> candidate, HashSet<string>? best)
        {
            if (best is null)
            {
                return true;
            }

            int cm = candidate.Min(x => x.Length), bm = best.Min(x => x.Length);
            return cm != bm ? cm > bm : candidate.Count < best.Count;
        }
    }
}
