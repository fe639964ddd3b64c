using ContentReview.Checks.NumberFormat;

namespace ContentReview.Checks.Secret;

/// <summary>
/// Finds classification markings and internal-only notices that must never reach a public website: 绝密/机密/秘密
/// with the ★ mark (秘密★1年, 绝密★启用前) or after a 密级 label (密级：机密), document numbers whose agency code holds
/// 密 (市委密电〔2021〕3号), and notices such as 内部资料, 注意保存, 不得外传, 内部文件. Every finding is an error.
/// </summary>
/// <remarks>
/// The words 保密 and 秘密 in prose (保密工作, 商业秘密, 国家秘密) are not markings and are not reported: a level word
/// is only a marking when ★ follows it or a 密级 label precedes it. 保密局/保密办 document numbers are not classified
/// numbers (the 密 belongs to 保密). Weaker notices that also occur in prose (内部文件, 内部材料, 注意保存, 内部传阅) are
/// reported only where they stand like a marking: alone on their line, in brackets, or next to another marking
/// (内部文件 注意保存); 加强内部文件管理 and 请注意保存好票据 are prose.
/// </remarks>
public sealed class SecretCheck : IReviewCheck
{
    internal const string RuleMarking = "secret-classification-marking";
    internal const string RuleDocumentNumber = "secret-classified-document-number";
    internal const string RuleInternalNotice = "secret-internal-notice";

    private const string SourceMarking =
        "《中华人民共和国保守国家秘密法》（国家秘密的密级分为绝密、机密、秘密，应当作出国家秘密标志）；《国家秘密文件、资料和其他物品标志的规定》（标志为★）；GB/T 9704-2012《党政机关公文格式》（密级和保密期限）";

    private const string SourceNotice =
        "《中华人民共和国政府信息公开条例》第十四条、第十六条（内部事务信息不予公开）；《中华人民共和国保守国家秘密法》";

    private static readonly string Secret = global::ContentReview.Categories.Secret;

    private static readonly string[] Levels = ["绝密", "机密", "秘密"];

    // Notices that are markings wherever they stand.
    private static readonly string[] StrongNotices =
        ["内部资料", "不得外传", "严禁外传", "请勿外传", "禁止外传", "不得翻印", "仅供内部参考", "仅限内部", "内部使用"];

    // Notices that are also ordinary prose; reported only where they stand like a marking.
    private static readonly string[] WeakNotices = ["内部文件", "内部材料", "注意保存", "内部传阅", "内部刊物"];

    /// <inheritdoc/>
    public string Name => "secret";

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Categories { get; } = [Secret];

    /// <inheritdoc/>
    public void Run(ReviewContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        if (!context.IsCategoryEnabled(Secret))
        {
            return;
        }

        string text = context.Text;
        var found = new List<Finding>();
        FindMarkings(text, found);
        FindDocumentNumbers(text, found);
        FindNotices(text, found);
        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        foreach (var f in found)
        {
            findings.Add(f);
        }
    }

    private static void FindMarkings(string text, List<Finding> found)
    {
        // 密级：秘密 first, so the level word it contains is not reported twice.
        int covered = -1;
        int at = text.IndexOf("密级", StringComparison.Ordinal);
        while (at >= 0)
        {
            int p = SkipSpaces(text, at + 2);
            if (p < text.Length && text[p] is '：' or ':')
            {
                p = SkipSpaces(text, p + 1);
            }

            int levelEnd = MatchLevel(text, p);
            if (levelEnd > 0)
            {
                int end = MarkEnd(text, levelEnd);
                found.Add(Marking(text, at, end));
                covered = end;
            }

            at = text.IndexOf("密级", at + 2, StringComparison.Ordinal);
        }

        foreach (string level in Levels)
        {
            int i = text.IndexOf(level, StringComparison.Ordinal);
            while (i >= 0)
            {
                int star = SkipSpaces(text, i + 2);
                if (i >= covered && star < text.Length && text[star] is '★' or '☆' && !IsInsideReported(found, i))
                {
                    found.Add(Marking(text, i, MarkEnd(text, i + 2)));
                }

                i = text.IndexOf(level, i + 2, StringComparison.Ordinal);
            }
        }
    }

    private static bool IsInsideReported(List<Finding> found, int index)
    {
        foreach (var f in found)
        {
            if (index >= f.Start && index < f.End)
            {
                return true;
            }
        }

        return false;
    }

    private static Finding Marking(string text, int start, int end) =>
        CheckText.Create(
            text, start, end - start, RuleMarking, Secret, Severity.Error,
            $"发现密级标志“{text[start..end]}”。标有密级的内容属于国家秘密，严禁在互联网和其他公开渠道发布；请核实来源，删除涉密内容并按保密规定处理。",
            SourceMarking);

    /// <summary>The end of the level word at <paramref name="p"/> (绝密, 机密, 秘密, 内部), or 0.</summary>
    private static int MatchLevel(string text, int p)
    {
        if (p + 2 > text.Length)
        {
            return 0;
        }

        foreach (string level in Levels)
        {
            if (string.CompareOrdinal(text, p, level, 0, 2) == 0)
            {
                return p + 2;
            }
        }

        return string.CompareOrdinal(text, p, "内部", 0, 2) == 0 ? p + 2 : 0;
    }

    /// <summary>Extends a marking over ★ and the secrecy period after the level word: ★1年, ★长期, ★启用前, ★6个月.</summary>
    private static int MarkEnd(string text, int levelEnd)
    {
        int p = SkipSpaces(text, levelEnd);
        if (p >= text.Length || text[p] is not ('★' or '☆'))
        {
            return levelEnd;
        }

        int end = p + 1;
        p = SkipSpaces(text, end);
        foreach (string word in new[] { "启用前", "长期", "永久" })
        {
            if (string.CompareOrdinal(text, p, word, 0, word.Length) == 0)
            {
                return p + word.Length;
            }
        }

        int q = p;
        while (q < text.Length && q - p < 4 && (CheckText.IsDigit(text[q]) || "一二三四五六七八九十两".Contains(text[q], StringComparison.Ordinal)))
        {
            q++;
        }

        if (q > p)
        {
            foreach (string unit in new[] { "个月", "年", "月", "天", "日" })
            {
                if (string.CompareOrdinal(text, q, unit, 0, unit.Length) == 0)
                {
                    return q + unit.Length;
                }
            }
        }

        return end;
    }

    private static int SkipSpaces(string text, int p)
    {
        while (p < text.Length && CheckText.IsInlineSpace(text[p]))
        {
            p++;
        }

        return p;
    }

    private static void FindDocumentNumbers(string text, List<Finding> found)
    {
        if (text.IndexOf('密') < 0)
        {
            return;
        }

        foreach (var doc in DocumentNumber.FindAll(text))
        {
            // 密 in the last three characters of the agency code, and not the 密 of 保密 (保密局, 保密办).
            int mi = -1;
            for (int k = doc.Open - 1; k >= Math.Max(0, doc.Open - 3) && CheckText.IsHan(text[k]); k--)
            {
                if (text[k] == '密' && (k == 0 || text[k - 1] != '保'))
                {
                    mi = k;
                    break;
                }
            }

            if (mi < 0)
            {
                continue;
            }

            int start = mi;
            while (start > 0 && mi - start < 2 && CheckText.IsHan(text[start - 1]))
            {
                start--;
            }

            found.Add(CheckText.Create(
                text, start, doc.End - start, RuleDocumentNumber, Secret, Severity.Error,
                $"发文字号“{text[start..doc.End]}”的机关代字含“密”，表明该文件为涉密文件。涉密文件及其内容不得公开发布；请核实来源并删除。",
                SourceMarking));
        }
    }

    private static void FindNotices(string text, List<Finding> found)
    {
        var candidates = new List<(int Start, int End, bool Strong)>();
        foreach (string notice in StrongNotices)
        {
            Collect(text, notice, strong: true, candidates);
        }

        foreach (string notice in WeakNotices)
        {
            Collect(text, notice, strong: false, candidates);
        }

        if (candidates.Count == 0)
        {
            return;
        }

        candidates.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var accepted = new List<(int Start, int End)>();
        for (int c = 0; c < candidates.Count; c++)
        {
            var (start, end, strong) = candidates[c];
            if (c > 0 && start < candidates[c - 1].End)
            {
                continue; // overlaps the previous notice
            }

            if (!strong && !StandsAlone(text, start, end, candidates, c))
            {
                continue;
            }

            // 内部资料 注意保存 is one notice: merge neighbours separated only by spaces, 、 or ，.
            if (accepted.Count > 0 && OnlySeparators(text, accepted[^1].End, start))
            {
                accepted[^1] = (accepted[^1].Start, end);
            }
            else
            {
                accepted.Add((start, end));
            }
        }

        foreach (var (start, end) in accepted)
        {
            found.Add(CheckText.Create(
                text, start, end - start, RuleInternalNotice, Secret, Severity.Error,
                $"发现内部资料标注“{text[start..end]}”。标注内部、不得外传的材料不应公开发布；请核实是否为内部文件并删除。",
                SourceNotice));
        }
    }

    private static bool OnlySeparators(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!CheckText.IsInlineSpace(text[k]) && text[k] is not ('、' or '，' or ','))
            {
                return false;
            }
        }

        return to - from <= 3;
    }

    private static void Collect(string text, string notice, bool strong, List<(int, int, bool)> candidates)
    {
        int i = text.IndexOf(notice, StringComparison.Ordinal);
        while (i >= 0)
        {
            candidates.Add((i, i + notice.Length, strong));
            i = text.IndexOf(notice, i + notice.Length, StringComparison.Ordinal);
        }
    }

    private static bool StandsAlone(string text, int start, int end, List<(int Start, int End, bool Strong)> candidates, int index)
    {
        // Left: line start, an opening bracket, ★, or right after another notice.
        int l = start;
        while (l > 0 && CheckText.IsInlineSpace(text[l - 1]))
        {
            l--;
        }

        bool leftOk = l == 0 || CheckText.IsLineBreak(text[l - 1]) || "【（(〔[「『★☆：:".Contains(text[l - 1], StringComparison.Ordinal) ||
                      (index > 0 && candidates[index - 1].End == l);

        // Right: line end, a closing bracket, ★, a separating mark, or another notice.
        int r = end;
        while (r < text.Length && CheckText.IsInlineSpace(text[r]))
        {
            r++;
        }

        bool rightOk = r == text.Length || CheckText.IsLineBreak(text[r]) || "】）)〕]」』★☆，、。；,;".Contains(text[r], StringComparison.Ordinal) ||
                       (index + 1 < candidates.Count && candidates[index + 1].Start == r);
        return leftOk && rightOk;
    }
}
