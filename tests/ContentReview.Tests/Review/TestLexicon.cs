namespace ContentReview.Tests.Review;

/// <summary>Builds reviewers from inline YAML for tests (the built-in lexicon off, so results do not depend on it).</summary>
internal static class TestLexicon
{
    public static ContentReviewer Build(string yaml, Action<ContentReviewerBuilder>? configure = null)
    {
        var builder = ContentReviewer.CreateBuilder().UseBuiltInLexicon(false).AddLexicon("test.yaml", new StringReader(yaml));
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>A small lexicon that exercises every rule feature.</summary>
    public const string Sample = """
        category: agency-name
        allow: [原国土资源部大楼]
        rules:
          - id: agency-2018-guotuziyuanbu
            severity: error
            patterns: [国土资源部]
            suggestions: [自然资源部]
            message: 2018年国务院机构改革组建自然资源部，不再保留国土资源部。
            source: 《国务院机构改革方案》，2018年3月17日
            not-preceded-by: [原, 前]
            effective: 2018-03-17
          - id: agency-2018-nongyebu
            severity: error
            patterns: [农业部]
            suggestions: [农业农村部]
            message: 2018年国务院机构改革组建农业农村部，不再保留农业部。
            source: 《国务院机构改革方案》，2018年3月17日
            not-preceded-by: [原]
            not-followed-by: [门]
          - id: agency-connective-fagaiwei
            severity: error
            patterns: [发展与改革委员会]
            suggestions: [发展和改革委员会]
            message: 机构名称中应为“发展和改革委员会”。
            source: 国家发展和改革委员会官方名称
        """;
}
