namespace ContentReview.Checks;

/// <summary>
/// What a check sees: the plain text under review (for HTML input, the decoded text content with block elements turned
/// into line breaks) and the options of the call. Created by the pipeline once per review and shared by every check.
/// </summary>
public sealed class ReviewContext
{
    private IReadOnlyList<TextSpan>? _sentences;

    /// <summary>Creates a context.</summary>
    /// <param name="text">The plain text to check.</param>
    /// <param name="options">The options of this call.</param>
    public ReviewContext(string text, ReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        Text = text;
        Options = options;
    }

    /// <summary>The plain text to check; finding spans refer to it.</summary>
    public string Text { get; }

    /// <summary>The options of this call.</summary>
    public ReviewOptions Options { get; }

    /// <summary>Whether findings of <paramref name="category"/> are wanted in this call.</summary>
    /// <param name="category">A category name.</param>
    public bool IsCategoryEnabled(string category) =>
        Options.Categories is null || Options.Categories.Contains(category, StringComparer.Ordinal);

    /// <summary>
    /// The sentences of <see cref="Text"/>: spans ending after 。！？；, after a line break, or at the end of the text.
    /// Computed once, on first use.
    /// </summary>
    public IReadOnlyList<TextSpan> Sentences => _sentences ??= SplitSentences(Text);

    /// <summary>Returns the sentence that contains <paramref name="index"/>.</summary>
    /// <param name="index">A position in <see cref="Text"/>.</param>
    public TextSpan SentenceAt(int index)
    {
        var sentences = Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = sentences[mid];
            if (index < s.Start)
            {
                hi = mid - 1;
            }
            else if (index >= s.End && mid < sentences.Count - 1)
            {
                lo = mid + 1;
            }
            else
            {
                return s;
            }
        }

        return new TextSpan(0, Text.Length);
    }

    private static TextSpan[] SplitSentences(string text)
    {
        var list = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '。' or '！' or '？' or '；' or '!' or '?' or '\n' or '\r')
            {
                list.Add(new TextSpan(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length || list.Count == 0)
        {
            list.Add(new TextSpan(start, text.Length - start));
        }

        return list.ToArray();
    }
}

/// <summary>A half-open span of text: <see cref="Start"/> and <see cref="Length"/> in UTF-16 code units.</summary>
/// <param name="Start">The start.</param>
/// <param name="Length">The length.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The exclusive end.</summary>
    public int End => Start + Length;
}
