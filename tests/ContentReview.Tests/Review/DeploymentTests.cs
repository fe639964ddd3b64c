using ContentReview.Lexicons;

namespace ContentReview.Tests.Review;

/// <summary>Deployments add files, disable and override rules by id, and add allow terms without editing ours.</summary>
public class DeploymentTests
{
    private static ContentReviewerBuilder Base() =>
        ContentReviewer.CreateBuilder().UseBuiltInLexicon(false).AddLexicon("base.yaml", new StringReader(TestLexicon.Sample));

    [Fact]
    public void DisableRules_RemovesTheRule()
    {
        var reviewer = Base().DisableRules(["agency-2018-nongyebu"]).Build();
        Assert.DoesNotContain(reviewer.Lexicon.Rules, r => r.Id == "agency-2018-nongyebu");
        Assert.Empty(reviewer.Review("农业部").Findings);
        Assert.Single(reviewer.Review("国土资源部").Findings);
    }

    [Fact]
    public void DisableRules_UnknownId_FailsTheBuild()
    {
        var e = Assert.Throws<LexiconFormatException>(() => Base().DisableRules(["no-such-rule"]).Build());
        Assert.Equal("no-such-rule", e.RuleId);
    }

    [Fact]
    public void DisableList_InLaterFile_RemovesEarlierRule()
    {
        var reviewer = Base().AddLexicon("site.yaml", new StringReader("disable: [agency-2018-nongyebu]\n")).Build();
        Assert.Empty(reviewer.Review("农业部").Findings);
    }

    [Fact]
    public void DisableList_UnknownId_ReportsFileAndLine()
    {
        var e = Assert.Throws<LexiconFormatException>(() =>
            Base().AddLexicon("site.yaml", new StringReader("disable:\n  - agency-2018-nongyebu\n  - typo-id\n")).Build());
        Assert.Equal(("site.yaml", 3, "typo-id"), (e.File, e.Line, e.RuleId));
    }

    [Fact]
    public void Override_ReplacesEarlierRuleInPlace()
    {
        var reviewer = Base().AddLexicon("site.yaml", new StringReader("""
            category: agency-name
            rules:
              - id: agency-2018-nongyebu
                override: true
                severity: warning
                patterns: [农业部]
                suggestions: [农业农村部（本地说法）]
                message: 本地覆盖。
                source: 本地规定
            """)).Build();
        // The replacement has no not-followed-by, so 农业部 in 农业部门 fires too: the whole rule was replaced.
        var findings = reviewer.Review("农业部门和农业部").Findings;
        Assert.Equal([0, 5], findings.Select(f => f.Start));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.All(findings, f => Assert.Equal("农业农村部（本地说法）", f.Suggestions[0]));
        Assert.Equal(3, reviewer.Lexicon.Rules.Count);
        Assert.Equal("agency-2018-nongyebu", reviewer.Lexicon.Rules[1].Id);
        Assert.Equal("site.yaml", reviewer.Lexicon.Rules[1].File);
    }

    [Fact]
    public void DuplicateIdAcrossFiles_WithoutOverride_NamesBothPlaces()
    {
        var e = Assert.Throws<LexiconFormatException>(() => Base().AddLexicon("site.yaml", new StringReader("""
            category: agency-name
            rules:
              - id: agency-2018-nongyebu
                severity: info
                patterns: [农业部]
                message: m
                source: s
            """)).Build());
        Assert.Equal(("site.yaml", 3, "agency-2018-nongyebu"), (e.File, e.Line, e.RuleId));
        Assert.Contains("base.yaml", e.Problem, StringComparison.Ordinal);
        Assert.Contains("override: true", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_WithoutEarlierRule_IsAnError()
    {
        var e = Assert.Throws<LexiconFormatException>(() => Base().AddLexicon("site.yaml", new StringReader("""
            category: agency-name
            rules:
              - id: agency-2018-misspelt
                override: true
                severity: info
                patterns: [农业部]
                message: m
                source: s
            """)).Build());
        Assert.Equal("agency-2018-misspelt", e.RuleId);
    }

    [Fact]
    public void AllowOnlyFile_SuppressesFindings()
    {
        var reviewer = Base().AddLexicon("site.yaml", new StringReader("allow: [农业部长]\n")).Build();
        Assert.Empty(reviewer.Review("时任农业部长").Findings);
    }

    [Fact]
    public void AddLexiconDirectory_LoadsYamlAndYmlInNameOrder()
    {
        var dir = Directory.CreateTempSubdirectory("cr-lex-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.yaml"), TestLexicon.Sample);
            File.WriteAllText(Path.Combine(dir.FullName, "b.yml"), "disable: [agency-2018-nongyebu]\n");
            File.WriteAllText(Path.Combine(dir.FullName, "notes.txt"), "not a rule file: [");
            var reviewer = ContentReviewer.CreateBuilder().UseBuiltInLexicon(false).AddLexiconDirectory(dir.FullName).Build();
            Assert.Equal(2, reviewer.Lexicon.Rules.Count);
            Assert.All(reviewer.Lexicon.Rules, r => Assert.EndsWith("a.yaml", r.File, StringComparison.Ordinal));

            File.WriteAllText(Path.Combine(dir.FullName, "c.yaml"), "category: typo\nrules:\n  - id: x\n");
            var e = Assert.Throws<LexiconFormatException>(() =>
                ContentReviewer.CreateBuilder().UseBuiltInLexicon(false).AddLexiconDirectory(dir.FullName).Build());
            Assert.EndsWith("c.yaml", e.File, StringComparison.Ordinal);
            Assert.Equal("x", e.RuleId);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void AddLexiconDirectory_Missing_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => ContentReviewer.CreateBuilder().AddLexiconDirectory("/no/such/folder"));
        Assert.Throws<FileNotFoundException>(() => ContentReviewer.CreateBuilder().AddLexiconFile("/no/such/file.yaml"));
    }
}
