using System.Diagnostics;
using System.Reflection;

namespace ContentReview.Normalization;

/// <summary>
/// Traditional → simplified Chinese character map from OpenCC's TSCharacters dictionary (Apache-2.0, see
/// lexicons/README.md), embedded as a resource. Only the first target of each entry is used, and chains are closed
/// (薴→苧→苎 folds 薴 straight to 苎) so folding is idempotent: Fold(Fold(x)) == Fold(x).
/// </summary>
internal static class TraditionalChineseMap
{
    internal const string ResourceName = "ContentReview.Normalization.TSCharacters.txt";

    private static readonly Lazy<Map> s_map = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Number of entries in the map (BMP and supplementary keys).</summary>
    public static int Count => s_map.Value.Count;

    /// <summary>The simplified form of <paramref name="codePoint"/>, or the code point itself when it has none.</summary>
    public static int Fold(int codePoint)
    {
        var map = s_map.Value;
        if (codePoint < 0x10000)
        {
            int v = map.Bmp[codePoint];
            return v == 0 ? codePoint : v;
        }

        return map.Supplementary.TryGetValue(codePoint, out int s) ? s : codePoint;
    }

    /// <summary>Every (traditional, simplified) pair whose key is outside the BMP.</summary>
    public static IReadOnlyDictionary<int, int> SupplementaryEntries => s_map.Value.Supplementary;

    private sealed class Map(int[] bmp, Dictionary<int, int> supplementary, int count)
    {
        public int[] Bmp { get; } = bmp;

        public Dictionary<int, int> Supplementary { get; } = supplementary;

        public int Count { get; } = count;
    }

    private static Map Load()
    {
        using var stream = typeof(TraditionalChineseMap).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing from {typeof(TraditionalChineseMap).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var raw = new Dictionary<int, int>(4200);
        string? line;
        int lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0)
            {
                continue;
            }

            int tab = line.IndexOf('\t');
            if (tab <= 0 || !TryReadSingleCodePoint(line.AsSpan(0, tab), out int key))
            {
                throw new InvalidDataException($"{ResourceName} line {lineNo}: expected 'traditional<TAB>simplified ...'.");
            }

            var targets = line.AsSpan(tab + 1);
            int space = targets.IndexOf(' ');
            if (space >= 0)
            {
                targets = targets[..space];
            }

            if (!TryReadSingleCodePoint(targets, out int value))
            {
                throw new InvalidDataException($"{ResourceName} line {lineNo}: the first target is not a single character.");
            }

            raw[key] = value;
        }

        var bmp = new int[0x10000];
        var supplementary = new Dictionary<int, int>();
        foreach (var (key, _) in raw)
        {
            // Close chains; a cycle (none in OpenCC's data) stops after a bounded number of steps.
            int v = key;
            for (int step = 0; step < 8 && raw.TryGetValue(v, out int next) && next != v; step++)
            {
                v = next;
            }

            if (v == key)
            {
                continue;
            }

            if (key < 0x10000)
            {
                bmp[key] = v;
            }
            else
            {
                supplementary[key] = v;
            }
        }

        Debug.Assert(bmp[0] == 0, "NUL never folds.");
        return new Map(bmp, supplementary, raw.Count);
    }

    private static bool TryReadSingleCodePoint(ReadOnlySpan<char> s, out int codePoint)
    {
        codePoint = 0;
        if (s.Length == 1 && !char.IsSurrogate(s[0]))
        {
            codePoint = s[0];
            return true;
        }

        if (s.Length == 2 && char.IsSurrogatePair(s[0], s[1]))
        {
            codePoint = char.ConvertToUtf32(s[0], s[1]);
            return true;
        }

        return false;
    }
}
