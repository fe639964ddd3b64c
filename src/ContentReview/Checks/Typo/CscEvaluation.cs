using ContentReview.Lexicons;

namespace ContentReview.Checks.Typo;

/// <summary>
/// Sentence-level evaluation of typo checks on a Chinese spelling check set (lines <c>wrong TAB correct</c>; equal
/// sentences have no error). An error sentence counts as detected when the flagged positions are exactly its error
/// positions, and as corrected when applying the first suggestions gives the correct sentence. The main figures follow
/// pycorrector's sentence-level evaluation (so they compare with its published F1): a false positive is a correct
/// sentence with any flag, precision = hits / (hits + false positives), recall = hits / error sentences. The strict
/// precision also counts error sentences flagged at the wrong positions as false positives.
/// </summary>
public static class CscEvaluation
{
    /// <summary>Reads a set: UTF-8 lines <c>wrong TAB correct</c> of equal length.</summary>
    /// <param name="reader">The set.</param>
    /// <param name="fileName">The file name for error messages.</param>
    /// <exception cref="LexiconFormatException">A line has no tab or its two sentences differ in length.</exception>
    public static IReadOnlyList<(string Wrong, string Correct)> Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var pairs = new List<(string, string)>();
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0)
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length < 2)
            {
                throw new LexiconFormatException(fileName, lineNo, null, "expected 'wrong sentence TAB correct sentence'");
            }

            if (f[0].Length != f[1].Length)
            {
                throw new LexiconFormatException(fileName, lineNo, null, "the wrong and the correct sentence differ in length");
            }

            pairs.Add((f[0], f[1]));
        }

        return pairs;
    }

    /// <summary>Runs <paramref name="checks"/> on every wrong sentence and scores the typo findings.</summary>
    /// <param name="pairs">The set.</param>
    /// <param name="checks">The checks to evaluate; only findings of category <c>typo</c> count.</param>
    public static CscReport Evaluate(IReadOnlyList<(string Wrong, string Correct)> pairs, IReadOnlyList<IReviewCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(checks);
        int errors = 0, flagged = 0, detected = 0, corrected = 0, flaggedCorrect = 0;
        var findings = new List<Finding>();
        foreach (var (wrong, correct) in pairs)
        {
            findings.Clear();
            var context = new ReviewContext(wrong, ReviewOptions.Default);
            foreach (IReviewCheck check in checks)
            {
                check.Run(context, findings);
            }

            var gold = new SortedSet<int>();
            for (int i = 0; i < wrong.Length; i++)
            {
                if (wrong[i] != correct[i])
                {
                    gold.Add(i);
                }
            }

            char[] fixedText = wrong.ToCharArray();
            var predicted = new SortedSet<int>();
            foreach (Finding f in findings.Where(f => f.Category == Categories.Typo).OrderBy(f => f.Start))
            {
                string? suggestion = f.Suggestions.Count > 0 ? f.Suggestions[0] : null;
                if (suggestion is not null && suggestion.Length == f.Length)
                {
                    for (int k = 0; k < f.Length; k++)
                    {
                        if (suggestion[k] != wrong[f.Start + k])
                        {
                            predicted.Add(f.Start + k);
                            fixedText[f.Start + k] = suggestion[k];
                        }
                    }
                }
                else
                {
                    for (int k = f.Start; k < f.End; k++)
                    {
                        predicted.Add(k);
                    }
                }
            }

            if (gold.Count > 0)
            {
                errors++;
            }

            if (predicted.Count == 0)
            {
                continue;
            }

            flagged++;
            if (gold.Count == 0)
            {
                flaggedCorrect++;
            }
            else if (gold.SetEquals(predicted))
            {
                detected++;
                if (new string(fixedText) == correct)
                {
                    corrected++;
                }
            }
        }

        return new CscReport(pairs.Count, errors, flagged, flaggedCorrect, detected, corrected);
    }
}

/// <summary>The figures of a <see cref="CscEvaluation"/> run (see <see cref="CscEvaluation"/> for the definitions).</summary>
/// <param name="Sentences">Sentences in the set.</param>
/// <param name="ErrorSentences">Sentences with at least one error.</param>
/// <param name="FlaggedSentences">Sentences with at least one typo finding.</param>
/// <param name="FlaggedCorrectSentences">Flagged sentences that have no error (false alarms on correct text).</param>
/// <param name="Detected">Error sentences whose flagged positions are exactly the error positions.</param>
/// <param name="Corrected">Detected sentences whose first suggestions give the correct sentence.</param>
public sealed record CscReport(int Sentences, int ErrorSentences, int FlaggedSentences, int FlaggedCorrectSentences, int Detected, int Corrected)
{
    /// <summary>Detection precision: <see cref="Detected"/> / (<see cref="Detected"/> + <see cref="FlaggedCorrectSentences"/>).</summary>
    public double DetectionPrecision => Ratio(Detected, Detected + FlaggedCorrectSentences);

    /// <summary>Strict detection precision: <see cref="Detected"/> / <see cref="FlaggedSentences"/>.</summary>
    public double StrictDetectionPrecision => Ratio(Detected, FlaggedSentences);

    /// <summary>F1 of <see cref="StrictDetectionPrecision"/> and <see cref="DetectionRecall"/>.</summary>
    public double StrictDetectionF1 => F1(StrictDetectionPrecision, DetectionRecall);

    /// <summary>Detection recall: <see cref="Detected"/> / <see cref="ErrorSentences"/>.</summary>
    public double DetectionRecall => Ratio(Detected, ErrorSentences);

    /// <summary>Detection F1.</summary>
    public double DetectionF1 => F1(DetectionPrecision, DetectionRecall);

    /// <summary>Correction precision: <see cref="Corrected"/> / (<see cref="Corrected"/> + <see cref="FlaggedCorrectSentences"/>).</summary>
    public double CorrectionPrecision => Ratio(Corrected, Corrected + FlaggedCorrectSentences);

    /// <summary>Correction recall: <see cref="Corrected"/> / <see cref="ErrorSentences"/>.</summary>
    public double CorrectionRecall => Ratio(Corrected, ErrorSentences);

    /// <summary>Correction F1.</summary>
    public double CorrectionF1 => F1(CorrectionPrecision, CorrectionRecall);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
