using System.Diagnostics;

namespace ContentReview;

/// <summary>
/// Merges overlapping findings so that the most specific one wins and nothing real is dropped.
/// </summary>
/// <remarks>
/// <para>The policy, in full:</para>
/// <list type="number">
/// <item>Findings are ranked by severity, then by whether they carry a suggestion, then by span length
/// (<see cref="Rank"/>).</item>
/// <item>A finding is dropped only when another finding of the <em>same category</em> covers its whole span and ranks
/// at least as high; between findings of equal span and rank, the first in output order (see <see cref="Order"/>) stays.
/// So 国家发展与改革委员会 (longer, error) absorbs 发展与改革委员会 (shorter, error) inside it, and of two rules that flag the
/// same span in the same category, the error with a suggestion stays.</item>
/// <item>Everything else is kept: findings of different categories (a sensitive word inside a cross-strait phrase says
/// two different things), partial overlaps (neither covers the other), and a shorter finding that ranks higher than the
/// longer one around it (a shorter error inside a longer warning; an error with a suggestion inside one without).</item>
/// </list>
/// <para>The result is sorted by start, then longer span first, then higher severity, then rule id.</para>
/// </remarks>
internal static class FindingMerger
{
    /// <summary>The output order: start, longer first, higher severity, with a suggestion first, rule id.</summary>
    public static int Order(Finding a, Finding b)
    {
        int c = a.Start.CompareTo(b.Start);
        if (c != 0)
        {
            return c;
        }

        c = b.Length.CompareTo(a.Length);
        if (c != 0)
        {
            return c;
        }

        c = b.Severity.CompareTo(a.Severity);
        if (c != 0)
        {
            return c;
        }

        c = (b.Suggestions.Count > 0).CompareTo(a.Suggestions.Count > 0);
        return c != 0 ? c : string.CompareOrdinal(a.RuleId, b.RuleId);
    }

    /// <summary>Compares how specific two findings are: severity, then having a suggestion, then length.</summary>
    public static int Rank(Finding a, Finding b)
    {
        int c = a.Severity.CompareTo(b.Severity);
        if (c != 0)
        {
            return c;
        }

        c = (a.Suggestions.Count > 0).CompareTo(b.Suggestions.Count > 0);
        return c != 0 ? c : a.Length.CompareTo(b.Length);
    }

    /// <summary>Merges <paramref name="findings"/> (spans on one text) and returns them sorted.</summary>
    public static List<Finding> Merge(List<Finding> findings)
    {
        findings.Sort(Order);
        if (findings.Count < 2)
        {
            return findings;
        }

        var result = new List<Finding>(findings.Count);

        // Every finding that could contain the current one started at or before it; keep those still open.
        var open = new List<Finding>();
        var dropped = new bool[findings.Count];
        for (int i = 0; i < findings.Count; i++)
        {
            var a = findings[i];
            open.RemoveAll(b => b.End <= a.Start);

            // Candidates before a in order: they start earlier, or at the same place and are at least as long.
            foreach (var b in open)
            {
                if (b.End >= a.End && b.Category == a.Category && Rank(b, a) >= 0)
                {
                    dropped[i] = true;
                    break;
                }
            }

            // A later finding can cover a only when it has the same span (it sorts after a only by severity/suggestion/id,
            // so it ranks no higher): nothing to look for ahead.
            open.Add(a);
            if (!dropped[i])
            {
                result.Add(a);
            }
        }

        Debug.Assert(result.Count > 0, "the first finding in order is never dropped");
        return result;
    }
}
