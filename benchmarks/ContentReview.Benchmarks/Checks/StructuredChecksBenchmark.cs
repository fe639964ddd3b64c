using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ContentReview.Checks;
using ContentReview.Checks.NumberFormat;
using ContentReview.Checks.Privacy;
using ContentReview.Checks.Punctuation;
using ContentReview.Checks.Secret;

namespace ContentReview.Benchmarks.Checks;

/// <summary>
/// What the structured checks (privacy, secret, number-format, punctuation) add to a review. LexiconOnly is the
/// default reviewer (built-in lexicon and built-in checks); LexiconPlusStructured is the same reviewer with the four
/// structured checks added; the other methods run the checks alone on a prepared context.
/// In-process (no separate build: the shared machine made BenchmarkDotNet's boilerplate build time out), one launch,
/// 3 warm-up and 10 measured iterations.
/// Run: dotnet run -c Release --project benchmarks/ContentReview.Benchmarks -- --filter '*StructuredChecksBenchmark*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortConfig))]
public class StructuredChecksBenchmark
{
    private ContentReviewer _lexiconOnly = null!;
    private ContentReviewer _lexiconPlusStructured = null!;
    private IReadOnlyList<IReviewCheck> _structured = null!;
    private string _article = null!;
    private readonly List<Finding> _sink = new(256);
    private readonly PrivacyCheck _privacy = new();
    private readonly SecretCheck _secret = new();
    private readonly NumberFormatCheck _numberFormat = new();
    private readonly PunctuationCheck _punctuation = new();

    [Params(5_000, 50_000)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _article = GovernmentArticle.Create(Length);
        _structured = StructuredChecks.CreateAll();
        _lexiconOnly = ContentReviewer.CreateDefault();
        var builder = ContentReviewer.CreateBuilder();
        foreach (var check in _structured)
        {
            builder.AddCheck(check);
        }

        _lexiconPlusStructured = builder.Build();

        // Warm the lazy parts (segmenter, matcher tables) outside the measurement.
        _lexiconOnly.Review(_article);
        _lexiconPlusStructured.Review(_article);
    }

    [Benchmark(Baseline = true)]
    public int LexiconOnly() => _lexiconOnly.Review(_article).Findings.Count;

    [Benchmark]
    public int LexiconPlusStructured() => _lexiconPlusStructured.Review(_article).Findings.Count;

    [Benchmark]
    public int StructuredChecksOnly()
    {
        var context = new ReviewContext(_article, ReviewOptions.Default);
        _sink.Clear();
        foreach (var check in _structured)
        {
            check.Run(context, _sink);
        }

        return _sink.Count;
    }

    [Benchmark]
    public int PrivacyOnly() => RunOne(_privacy);

    [Benchmark]
    public int SecretOnly() => RunOne(_secret);

    [Benchmark]
    public int NumberFormatOnly() => RunOne(_numberFormat);

    [Benchmark]
    public int PunctuationOnly() => RunOne(_punctuation);

    private int RunOne(IReviewCheck check)
    {
        _sink.Clear();
        check.Run(new ReviewContext(_article, ReviewOptions.Default), _sink);
        return _sink.Count;
    }

    private sealed class InProcessShortConfig : ManualConfig
    {
        public InProcessShortConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10)
                .WithToolchain(InProcessEmitToolchain.Instance));
        }
    }
}
