using System.IO.Compression;
using System.Text;
using ContentReview.Lexicons;

namespace ContentReview.Tests.Lexicons;

/// <summary>
/// The fast reader of the built-in rule files (<see cref="RuleYamlSubsetReader"/>) against YamlDotNet: the same
/// rules, to the line, on every built-in file; a fall-back to YamlDotNet on anything outside its subset.
/// </summary>
public class RuleYamlSubsetReaderTests
{
    public static TheoryData<string> BuiltInResources() => new(BuiltInLexicon.ResourceNames());

    private static string ReadResource(string resource)
    {
        using var stream = typeof(BuiltInLexicon).Assembly.GetManifestResourceStream(resource)!;
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [Theory]
    [MemberData(nameof(BuiltInResources))]
    public void BuiltInFile_SubsetReaderAcceptsIt_AndReadsTheSameRulesAsYamlDotNet(string resource)
    {
        var text = ReadResource(resource);
        var root = RuleYamlSubsetReader.TryRead(text);
        Assert.NotNull(root); // a built-in file that falls back to YamlDotNet costs the cold start; fix the generator or the reader

        var fast = RuleFileParser.Validate(resource, root);
        var full = RuleFileParser.Parse(resource, new StringReader(text));
        Assert.Equal(Dump(full), Dump(fast));
    }

    [Theory]
    [InlineData("tab", "category: typo\nrules:\n- id: a\n\tseverity: info\n")]
    [InlineData("double-quoted", "category: typo\nrules:\n- id: a\n  message: \"x\"\n")]
    [InlineData("block-scalar", "category: typo\nrules:\n- id: a\n  message: |\n    x\n")]
    [InlineData("flow-mapping", "category: typo\nrules:\n- {id: a}\n")]
    [InlineData("multi-line-plain", "category: typo\nrules:\n- id: a\n  message: one\n    two\n")]
    [InlineData("duplicate-key", "category: typo\ncategory: typo\n")]
    [InlineData("colon-in-plain", "category: typo\nrules:\n- id: a\n  message: a: b\n")]
    [InlineData("comment-after-value", "category: typo # c\n")]
    [InlineData("document-marker", "---\ncategory: typo\n")]
    [InlineData("unknown-alias", "category: typo\nallow: *x\n")]
    [InlineData("tag", "category: !!str typo\n")]
    [InlineData("unclosed-flow", "category: typo\nallow: [a, b\n")]
    [InlineData("empty", "")]
    public void OutsideTheSubset_GivesUp(string caseId, string yaml)
    {
        Assert.True(RuleYamlSubsetReader.TryRead(yaml) is null, caseId);
    }

    [Fact]
    public void Subset_FlowListsOverLines_QuotedScalars_AnchorsAndAliases()
    {
        const string yaml = """
            # comment
            category: cross-strait
            rules:

            - id: a
              severity: info
              patterns: [甲, 'it''s', '195',
                乙]
              message: 消息
              source: 《来源》2020
              nearby:
                all:
                - &id001 [台湾, 台北]
                - *id001
            """;
        var root = RuleYamlSubsetReader.TryRead(yaml);
        Assert.NotNull(root);
        var fast = RuleFileParser.Validate("t.yaml", root);
        var full = RuleFileParser.Parse("t.yaml", new StringReader(yaml));
        Assert.Equal(Dump(full), Dump(fast));
        var rule = Assert.Single(fast.Rules);
        Assert.Equal(["甲", "it's", "195", "乙"], rule.Patterns);
        Assert.Equal(5, rule.Line);
        Assert.Equal(2, rule.Nearby!.All.Count);
    }

    [Fact]
    public void BuiltInFileOutsideTheSubset_FallsBackToYamlDotNet_WithTheSameErrors()
    {
        // A quoted message is outside the subset: the full parser reads it, and reports errors with the file and line.
        const string yaml = "category: typo\nrules:\n- id: a\n  severity: bogus\n  message: \"x\"\n";
        var e = Assert.Throws<LexiconFormatException>(() => RuleFileParser.ParseBuiltIn("lexicons/rules/t.yaml", yaml));
        Assert.Contains("lexicons/rules/t.yaml", e.Message, StringComparison.Ordinal);
        Assert.Contains(":4", e.Message, StringComparison.Ordinal);
    }

    private static string Dump(RuleFile file)
    {
        var sb = new StringBuilder();
        sb.Append(file.Name).Append('|').Append(file.Category).Append('|').AppendJoin(',', file.Allow).Append('|')
            .AppendJoin(',', file.Disable.Select(d => $"{d.Id}@{d.Line}")).AppendLine();
        foreach (var r in file.Rules)
        {
            sb.Append(r.Id).Append('@').Append(r.Line).Append('|').Append(r.Category).Append('|').Append(r.Severity).Append('|')
                .AppendJoin(',', r.Patterns).Append('|').Append(r.Regex?.ToString()).Append('|').Append(r.Regex?.Options).Append('|')
                .AppendJoin(',', r.Suggestions).Append('|').Append(r.Message).Append('|').Append(r.Source).Append('|')
                .AppendJoin(',', r.NotPrecededBy).Append('|').AppendJoin(',', r.NotFollowedBy).Append('|')
                .Append(r.Nearby is null ? "-" : $"{string.Join(";", r.Nearby.All.Select(g => string.Join(",", g)))}/{string.Join(",", r.Nearby.None)}/{r.Nearby.Chars}/{r.Nearby.Direction}")
                .Append('|').Append(r.WholeWord).Append(r.Exact).Append(r.Override).Append('|').AppendJoin(',', r.Allow).Append('|')
                .Append(r.Effective).Append('|').AppendJoin(',', r.Tags).Append('|').Append(r.File).AppendLine();
        }

        return sb.ToString();
    }
}
