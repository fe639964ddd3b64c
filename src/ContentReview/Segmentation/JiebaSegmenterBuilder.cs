using System.Text.RegularExpressions;
using ContentReview.Lexicons;

namespace ContentReview.Segmentation;

/// <summary>
/// Builds a <see cref="JiebaSegmenter"/> over jieba's dictionary plus user words (jieba's <c>add_word</c> and
/// <c>load_userdict</c>). The builder is mutable and not thread-safe; what it builds is immutable.
/// </summary>
/// <remarks>
/// Words are added in order, as jieba adds them: a word without a frequency gets jieba's <c>suggest_freq</c> value
/// computed on the dictionary as it stands at that point (just enough for the word to be cut whole with the HMM off);
/// a frequency of 0 removes a word (jieba's <c>del_word</c>) and stops the HMM from producing it.
/// </remarks>
public sealed class JiebaSegmenterBuilder
{
    // jieba's re_userdict: word, optional " freq", optional " tag".
    private static readonly Regex UserDictLine = new("^(.+?)( [0-9]+)?( [a-z]+)?$", RegexOptions.CultureInvariant);

    private readonly List<(string Word, long? Frequency)> _words = [];
    private bool _hmm = true;

    internal JiebaSegmenterBuilder()
    {
    }

    /// <summary>Sets whether the built segmenter's <see cref="JiebaSegmenter.Cut(string)"/> uses the HMM (default true).</summary>
    /// <param name="enabled">Whether to use the HMM.</param>
    public JiebaSegmenterBuilder UseHmm(bool enabled)
    {
        _hmm = enabled;
        return this;
    }

    /// <summary>Adds a user word (jieba's <c>add_word</c>).</summary>
    /// <param name="word">The word; not empty, no line breaks.</param>
    /// <param name="frequency">Its frequency; null for jieba's suggested frequency; 0 deletes the word.</param>
    /// <exception cref="ArgumentException"><paramref name="word"/> is empty or contains a line break, or
    /// <paramref name="frequency"/> is negative.</exception>
    public JiebaSegmenterBuilder AddWord(string word, long? frequency = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        if (word.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("A word must not contain a line break.", nameof(word));
        }

        if (frequency < 0)
        {
            throw new ArgumentException("The frequency must not be negative.", nameof(frequency));
        }

        _words.Add((word, frequency));
        return this;
    }

    /// <summary>
    /// Adds the words of a jieba user dictionary: UTF-8 lines <c>word [frequency] [tag]</c> (jieba's
    /// <c>load_userdict</c>; the part-of-speech tag is accepted and ignored; blank lines are skipped).
    /// </summary>
    /// <param name="reader">The dictionary text.</param>
    /// <param name="name">The file name for error messages.</param>
    /// <exception cref="LexiconFormatException">A frequency is out of range.</exception>
    public JiebaSegmenterBuilder AddUserDictionary(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        int lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            string line = raw.Trim();
            if (lineNo == 1)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (line.Length == 0)
            {
                continue;
            }

            Match m = UserDictLine.Match(line);
            long? freq = null;
            if (m.Groups[2].Success)
            {
                if (!long.TryParse(m.Groups[2].ValueSpan.Trim(), out long f))
                {
                    throw new LexiconFormatException(name, lineNo, null, "the frequency is too large");
                }

                freq = f;
            }

            _words.Add((m.Groups[1].Value, freq));
        }

        return this;
    }

    /// <summary>Adds the words of a jieba user dictionary file (UTF-8); see <see cref="AddUserDictionary(TextReader, string)"/>.</summary>
    /// <param name="path">The file.</param>
    public JiebaSegmenterBuilder AddUserDictionary(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return AddUserDictionary(reader, path);
    }

    /// <summary>Builds the segmenter. The builder can be used again afterwards.</summary>
    public JiebaSegmenter Build()
    {
        JiebaSegmenter baseline = JiebaSegmenter.Default;
        if (_words.Count == 0)
        {
            return baseline.WithHmm(_hmm);
        }

        PrefixDictionary dict = baseline.Core.Dictionary.Clone();
        var forceSplit = new HashSet<string>(baseline.Core.ForceSplit, StringComparer.Ordinal);
        foreach ((string word, long? frequency) in _words)
        {
            long freq = frequency ?? new JiebaCore(dict, baseline.Core.Hmm, forceSplit).SuggestFrequency(word);
            dict.Add(word, freq);
            if (freq == 0)
            {
                forceSplit.Add(word);
            }
        }

        return new JiebaSegmenter(new JiebaCore(dict, baseline.Core.Hmm, forceSplit), _hmm);
    }
}
