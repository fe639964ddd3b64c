using System.Text;
using System.Text.RegularExpressions;
using ContentReview.Checks.Lexicon;

namespace ContentReview.Tests.Checks.Lexicon;

/// <summary>
/// A randomized soundness test of <see cref="RegexPrefilter"/>: the prefilter may never hide a match, so for random
/// regexes and random texts every match must contain a literal of each required set.
/// </summary>
public class RegexPrefilterSoundnessTests
{
    [Fact]
    public void RequiredLiteralSets_EveryMatchContainsALiteralOfEachSet_OnRandomRegexesAndTexts()
    {
        // Random regexes from a grammar over a tiny alphabet, random texts over the same alphabet: wherever triggers are
        // derived, every match must contain one (the prefilter may never hide a match).
        var rng = new Random(20261122);
        int withTriggers = 0;
        for (int n = 0; n < 3000; n++)
        {
            string pattern = RandomRegex(rng, 3);
            Regex regex;
            try
            {
                regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException)
            {
                continue;
            }

            var clauses = RegexPrefilter.RequiredLiteralSets(pattern);
            if (clauses is null)
            {
                continue;
            }

            withTriggers++;
            for (int t = 0; t < 20; t++)
            {
                string text = RandomText(rng);
                for (var m = regex.Match(text); m.Success; m = m.NextMatch())
                {
                    foreach (var clause in clauses)
                    {
                        Assert.True(clause.Any(tr => m.Value.Contains(tr, StringComparison.Ordinal)),
                            $"pattern /{pattern}/ matched '{m.Value}' in '{text}' without any of [{string.Join(", ", clause)}]");
                    }

                    if (m.Length == 0)
                    {
                        break;
                    }
                }
            }
        }

        Assert.True(withTriggers > 500, $"only {withTriggers} random regexes got triggers: the generator or the analysis is off");
    }

    private static readonly string[] Atoms = ["a", "b", "c", "\\d", ".", "[ab]", "[^a]", "^", "$", "\\b"];

    private static string RandomRegex(Random rng, int depth)
    {
        var sb = new StringBuilder();
        int items = rng.Next(1, 4);
        for (int i = 0; i < items; i++)
        {
            string atom = depth > 0 && rng.Next(4) == 0
                ? "(" + (rng.Next(5) == 0 ? "?:" : rng.Next(6) == 0 ? "?=" : rng.Next(6) == 0 ? "?<!" : "") +
                  RandomRegex(rng, depth - 1) + (rng.Next(2) == 0 ? "|" + RandomRegex(rng, depth - 1) : "") + ")"
                : Atoms[rng.Next(Atoms.Length)];
            sb.Append(atom);
            if (atom is not ("^" or "$" or "\\b"))
            {
                sb.Append(rng.Next(8) switch { 0 => "?", 1 => "*", 2 => "+", 3 => "{2}", 4 => "{0,2}", 5 => "{1,3}?", _ => "" });
            }
        }

        if (depth == 3 && rng.Next(4) == 0)
        {
            sb.Append('|').Append(RandomRegex(rng, 1));
        }

        return sb.ToString();
    }

    private static string RandomText(Random rng)
    {
        const string alphabet = "abc1 ";
        var chars = new char[rng.Next(0, 12)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[rng.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
